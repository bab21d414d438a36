/**
 * The Excel module against (a) the fake Excel host (an in-memory workbook with
 * office.js' request model: queued operations, sync, payload limits, failures
 * midway) and (b) office-addin-mock, Microsoft's mock for unit tests.
 */
import { OfficeMockObject } from "office-addin-mock";
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { EXCEL_WEB_PAYLOADLIMIET_BYTES, rijenPerBrok } from "../../src/taskpane/brokken";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { isPaneFout, PaneFout } from "../../src/taskpane/pane-fout";
import { voorbeeldTabel } from "./hulp";

// office-addin-mock needs only the OfficeApp host names from its copy of office-addin-manifest,
// whose dependency chain loads an ES module (strip-bom 5) that jest on Node 20 cannot require.
jest.mock(require.resolve("office-addin-manifest", { paths: [require.resolve("office-addin-mock")] }), () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

const nep = require("./fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;

function personen(aantal: number): unknown[][] {
  const ministeries = ["AZ", "BZ", "BZK", "Fin"];
  const rijen: unknown[][] = [["id", "ministerie", "soort dienstverband", "uren per week"]];
  for (let i = 1; i <= aantal; i++) rijen.push([`SYN-${i}`, ministeries[i % 4], i % 3 === 0 ? "inleen" : "formeel", 8 + (i % 29)]);
  return rijen;
}

beforeEach(() => nep.leegmaken());

describe("lees (fake host)", () => {
  test("a table: header, rows, one request for the place and one per chunk", async () => {
    nep.laadBlad("Personen", personen(10));
    nep.laadTabel("Personen", "TabelPersonen", "A1:D11");
    const voortgang: Array<[number, number]> = [];
    const gelezen = await maakExcelToegang(excel()).lees(
      { soort: "tabel", naam: "TabelPersonen" },
      { voortgang: (a, b) => voortgang.push([a, b]) },
    );
    expect(gelezen.blad).toBe("Personen");
    expect(gelezen.koppen).toEqual(["id", "ministerie", "soort dienstverband", "uren per week"]);
    expect(gelezen.rijen).toHaveLength(10);
    expect(gelezen.rijen[0]).toEqual(["SYN-1", "BZ", "formeel", 9]);
    expect(gelezen.verborgenRijen).toEqual([]);
    expect(gelezen.adres).toBe("Personen!A1:D11");
    expect(gelezen.verzoeken).toBe(2);
    // Data rows, without the header row: 10 of 10.
    expect(voortgang).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });

  test("30.000 person rows: chunks from the column count, every request and response under 5 MB", async () => {
    nep.laadBlad("Personen", personen(30_000));
    nep.resetStatistiek();
    const gelezen = await maakExcelToegang(excel()).lees({ soort: "blad", naam: "Personen" });
    expect(gelezen.rijen).toHaveLength(30_000);
    expect(gelezen.rijen[29_999]).toEqual(["SYN-30000", "AZ", "inleen", 8 + (30_000 % 29)]);
    const per = rijenPerBrok(4);
    expect(per).toBeGreaterThanOrEqual(5000);
    expect(per).toBeLessThanOrEqual(10_000);
    const stat = nep.statistiek();
    expect(stat.syncs).toBe(1 + Math.ceil(30_001 / per));
    expect(stat.maxAntwoordBytes).toBeLessThan(EXCEL_WEB_PAYLOADLIMIET_BYTES);
    expect(stat.maxVerzoekBytes).toBeLessThan(EXCEL_WEB_PAYLOADLIMIET_BYTES);
  });

  test("hidden and filtered rows are found (sheet row numbers), with few extra requests", async () => {
    nep.laadBlad("Personen", personen(12_000), { verborgen: [5, 7, 11_500], gefilterd: [9000] });
    nep.resetStatistiek();
    const gelezen = await maakExcelToegang(excel()).lees({ soort: "blad", naam: "Personen" });
    expect(gelezen.verborgenRijen).toEqual([5, 7, 9000, 11_500]);
    expect(nep.statistiek().syncs).toBeLessThan(60);
  });

  test("a chunk whose response is too large is halved and read again", async () => {
    nep.laadBlad("Personen", personen(2000));
    nep.zetLimiet(20_000);
    const gelezen = await maakExcelToegang(excel()).lees({ soort: "blad", naam: "Personen" }, { rijenPerBrok: 2000 });
    expect(gelezen.rijen).toHaveLength(2000);
    expect(nep.statistiek().geweigerd).toBeGreaterThan(0);
    expect(nep.statistiek().maxAntwoordBytes).toBeLessThanOrEqual(20_000);
  });

  test("cancel stops before the next request", async () => {
    nep.laadBlad("Personen", personen(5000));
    let chunks = 0;
    const lezen = maakExcelToegang(excel()).lees(
      { soort: "blad", naam: "Personen" },
      { rijenPerBrok: 1000, voortgang: () => chunks++, geannuleerd: () => chunks >= 2 },
    );
    await expect(lezen).rejects.toMatchObject({ soort: "geannuleerd" });
    expect(chunks).toBe(2);
  });

  test("a selection of whole columns is clipped to the used range; one cell means the used range", async () => {
    nep.laadBlad("Personen", personen(3));
    nep.zetSelectie("Personen", "B:C");
    const t = maakExcelToegang(excel());
    const gelezen = await t.lees({ soort: "selectie" });
    expect(gelezen.adres).toBe("Personen!B1:C4");
    expect(gelezen.koppen).toEqual(["ministerie", "soort dienstverband"]);
    nep.zetSelectie("Personen", "C2");
    expect((await t.lees({ soort: "selectie" })).adres).toBe("Personen!A1:D4");
  });

  test("a table or sheet that is gone gives a pane error, not a crash", async () => {
    const t = maakExcelToegang(excel());
    await expect(t.lees({ soort: "tabel", naam: "Weg" })).rejects.toMatchObject({ soort: "bron" });
    await expect(t.lees({ soort: "blad", naam: "Weg" })).rejects.toMatchObject({ soort: "bron" });
  });

  test("overzicht lists sheets with used ranges, tables and the selection", async () => {
    nep.laadBlad("Personen", personen(3));
    nep.laadBlad("Leeg", []);
    nep.laadTabel("Personen", "TabelPersonen", "A1:D4");
    nep.zetSelectie("Personen", "A1:D4");
    const o = await maakExcelToegang(excel()).overzicht();
    expect(o.bladen).toEqual([
      { naam: "Personen", gebruikt: "A1:D4" },
      { naam: "Leeg", gebruikt: null },
    ]);
    expect(o.tabellen).toEqual([{ naam: "TabelPersonen", blad: "Personen" }]);
    expect(o.selectie).toEqual({ blad: "Personen", adres: "A1:D4" });
  });
});

test("bladBestaat compares sheet names without case (fake host)", async () => {
  nep.laadBlad("Tabel 1 2023Q2", [["x"]]);
  const t = maakExcelToegang(excel());
  await expect(t.bladBestaat("TABEL 1 2023q2")).resolves.toBe(true);
  await expect(t.bladBestaat("Tabel 1 2023Q3")).resolves.toBe(false);
});

describe("schrijf (fake host)", () => {
  const plan = () => maakUitvoerPlan(voorbeeldTabel(), { grafiek: "realisatie" });

  test("a new sheet with the table, total row, formats and chart, in three requests", async () => {
    nep.laadBlad("Personen", personen(3));
    nep.resetStatistiek();
    const uit = await maakExcelToegang(excel()).schrijf(plan());
    expect(uit).toEqual({
      blad: "Tabel 1 2023Q2",
      tabel: "Tabel1_2023Q2",
      grafiek: true,
      grafiekOvergeslagen: false,
      afdruk: true,
      verzoeken: 3,
    });
    expect(nep.statistiek().syncs).toBe(3);
    const blad = nep.blad("Tabel 1 2023Q2");
    expect(blad.waarden[0][0]).toMatch(/^Tabel 1 Aantal voltijdswaarden .* 2023Q2¹$/);
    expect(blad.waarden[2]).toEqual([
      "Ministerie",
      "Doel (voorlopig)²",
      "Formele dienstverbanden, excl. Binnenwerk",
      "Formele dienstverbanden: Binnenwerk³",
      "Inleenverbanden",
      "Totaal banen gerealiseerd",
      "Realisatie %",
    ]);
    expect(blad.waarden[7]).toEqual(["Fin", 1399, 946, 17, 256, 1219, 0.87]);
    expect(blad.formaten[7]).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0%"]);
    expect(blad.waarden[16]).toEqual(["Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
    expect(blad.vet[16].every(Boolean)).toBe(true);
    expect(blad.tabellen).toEqual([{ naam: "Tabel1_2023Q2", adres: "A3:G17", totaalrij: true, stijl: "TableStyleMedium2" }]);
    expect(blad.grafieken).toHaveLength(1);
    expect(blad.grafieken[0].reeksen.map((r: { naam: string }) => r.naam)).toEqual(["Realisatie %", "Norm 100 %"]);
    expect(blad.grafieken[0].positie).toEqual({ van: "I3", tot: "P22" });
    expect(blad.grafieken[0].assen).toEqual({
      "valueAxis.numberFormat": "0%",
      "valueAxis.minimum": 0,
      "valueAxis.title": "Realisatie (% van het doel)",
      "categoryAxis.title": "Ministerie",
    });
    // Widths (characters → points), the wrapped header's height and the print setup, as planned.
    expect(blad.kolombreedtes).toEqual({ 0: 114, 1: 68.25, 2: 91, 3: 91, 4: 91, 5: 79.75, 6: 62.75 });
    expect(blad.rijhoogtes).toEqual({ 2: 45 });
    expect(blad.afdruk).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:G38,I3:P22", // the table, and the chart on a page of its own
    });
  });

  test("an Excel without ExcelApi 1.9 gets the same sheet without the print setup (no error, nothing half)", async () => {
    nep.zetExcelApi("1.8");
    const uit = await maakExcelToegang(excel()).schrijf(plan());
    expect([uit.blad, uit.afdruk]).toEqual(["Tabel 1 2023Q2", false]);
    const blad = nep.blad("Tabel 1 2023Q2");
    expect(blad.afdruk).toBeNull();
    expect(blad.waarden[16]).toEqual(["Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
  });

  test("an Excel without ExcelApi 1.8 gets the table without the chart, and says it skipped it", async () => {
    nep.zetExcelApi("1.7");
    const uit = await maakExcelToegang(excel()).schrijf(plan());
    expect([uit.grafiek, uit.grafiekOvergeslagen, uit.afdruk]).toEqual([false, true, false]);
    expect(nep.blad("Tabel 1 2023Q2").waarden[16]).toEqual(["Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
    nep.zetExcelApi("1.8");
    const metGrafiek = await maakExcelToegang(excel()).schrijf(plan());
    expect([metGrafiek.grafiek, metGrafiek.grafiekOvergeslagen]).toEqual([true, false]);
  });

  test("the fake host refuses pageLayout below ExcelApi 1.9 and bad values, as Excel does (so the check above means something)", async () => {
    nep.laadBlad("Blad", [["x"]]);
    nep.zetExcelApi("1.8");
    const zet = (doe: (p: Excel.PageLayout) => void) =>
      excel().run(async (context) => {
        doe(context.workbook.worksheets.getItem("Blad").pageLayout);
        await context.sync();
      });
    await expect(zet((p) => (p.orientation = "Portrait"))).rejects.toMatchObject({ code: "ApiNotFound" });
    nep.zetExcelApi("1.9");
    await expect(zet((p) => (p.orientation = "Schuin" as "Portrait"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(zet((p) => (p.zoom = { horizontalFitToPages: -1 }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await zet((p) => p.setPrintArea("A1:C3"));
    expect(nep.blad("Blad").afdruk).toEqual({ printArea: "A1:C3" });
  });

  test("never overwrites: an existing 'Tabel 1 2023Q2' stays as it was, the new sheet gets '(2)'", async () => {
    nep.laadBlad("Tabel 1 2023Q2", [["mijn eigen werk"]]);
    nep.laadTabel("Tabel 1 2023Q2", "Tabel1_2023Q2", "A1:A1");
    const voor = JSON.stringify(nep.blad("Tabel 1 2023Q2"));
    const uit = await maakExcelToegang(excel()).schrijf(plan());
    expect(uit.blad).toBe("Tabel 1 2023Q2 (2)");
    expect(uit.tabel).toBe("Tabel1_2023Q2_2");
    expect(JSON.stringify(nep.blad("Tabel 1 2023Q2"))).toBe(voor);
  });

  test.each([1, 5, 20, 40])("a failure midway (after %i operations of the write request) removes the half-written sheet", async (na) => {
    nep.laadBlad("Personen", personen(3));
    const voor = nep.snapshot();
    nep.faalBijVerzoek(3, { naOperaties: na });
    const fout = await maakExcelToegang(excel())
      .schrijf(plan())
      .catch((e: unknown) => e);
    expect(isPaneFout(fout)).toBe(true);
    expect((fout as PaneFout).soort).toBe("schrijven");
    expect((fout as PaneFout).message).toMatch(/halverwege mislukt .*verwijderd; de werkmap is weer zoals hij was/);
    expect(nep.snapshot()).toBe(voor);
  });

  test("a failure when adding the sheet changes nothing", async () => {
    const voor = nep.snapshot();
    nep.faalBijVerzoek(2);
    await expect(maakExcelToegang(excel()).schrijf(plan())).rejects.toThrow(/kon niet worden gemaakt.*Er is niets veranderd/);
    expect(nep.snapshot()).toBe(voor);
  });
});

describe("with office-addin-mock", () => {
  const run = async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
    return cb(this.context);
  };

  test("a selection that is no range (a chart) gives a Dutch message, not an exception", async () => {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          getSelectedRange: function () {
            throw Object.assign(new Error("The current selection is invalid for this operation."), { code: "InvalidSelection" });
          },
        },
      },
      run,
    });
    const fout = await maakExcelToegang(mock as unknown as ExcelRun)
      .lees({ soort: "selectie" })
      .catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(PaneFout);
    expect((fout as PaneFout).message).toBe("Lezen uit Excel is mislukt: de huidige selectie is geen celbereik.");
  });

  test("lees of a table: header and data body geometry, then the values with rowHidden", async () => {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          tables: {
            tabel: {
              name: "Fte",
              worksheet: { name: "Fte" },
              kop: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 2 },
              romp: { rowCount: 2 },
              getHeaderRowRange: function () {
                return this.kop;
              },
              getDataBodyRange: function () {
                return this.romp;
              },
            },
            getItem: function () {
              return this.tabel;
            },
          },
          worksheets: {
            blad: {
              brok: {
                values: [
                  ["ministerie", "fte"],
                  ["AZ", 485],
                  ["BZ", 3370],
                ],
                rowHidden: false,
              },
              getRangeByIndexes: function () {
                return this.brok;
              },
            },
            getItem: function () {
              return this.blad;
            },
          },
        },
      },
      run,
    });
    const gelezen = await maakExcelToegang(mock as unknown as ExcelRun).lees({ soort: "tabel", naam: "Fte" });
    expect(gelezen.blad).toBe("Fte");
    expect(gelezen.koppen).toEqual(["ministerie", "fte"]);
    expect(gelezen.rijen).toEqual([
      ["AZ", 485],
      ["BZ", 3370],
    ]);
    expect(gelezen.verborgenRijen).toEqual([]);
    expect(gelezen.adres).toBe("Fte!A1:B3");
  });

  test("without Excel the pane says so in Dutch", async () => {
    const g = globalThis as { Excel?: unknown };
    const bewaard = g.Excel;
    delete g.Excel;
    try {
      await expect(maakExcelToegang().bladBestaat("x")).rejects.toThrow(/Excel is niet beschikbaar/);
    } finally {
      g.Excel = bewaard;
    }
  });
});
