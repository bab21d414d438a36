/**
 * Reading workbooks into Rasters (src/cli/werkmap/lees.ts): where the data
 * is, what cell values become, and a clear BanenFout for every file or sheet
 * that cannot be read. Fixtures are made in a temporary directory.
 */
import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import { leesWerkmap, werkmapBladen } from "../../../src/cli/werkmap";
import { leesInvoer } from "../../../src/core/invoer/invoer";
import { bewerkDeel, fout, leesVoorbeeldCsv, maakWerkmap, problemen, tijdelijkeMap, VOORBEELD_WERKMAP } from "./hulp";

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const PERSONEN_KOPPEN = ["id", "ministerie", "soort dienstverband", "uren per week"];

function personenBlad(wb: ExcelJS.Workbook, naam = "Personen"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(naam);
  ws.addRow(PERSONEN_KOPPEN);
  ws.addRow(["SYN-1", "AZ", "formeel", 20]);
  ws.addRow(["SYN-2", "BZ", "inleen", 12.5]);
  return ws;
}

describe("the bundled sample workbook", () => {
  test("every visible sheet in tab order; Personen and Fte 2023Q1 equal their CSV files cell for cell", async () => {
    const rasters = await leesWerkmap(VOORBEELD_WERKMAP);
    expect(rasters.map((r) => r.blad)).toEqual(["Over dit bestand", "Personen", "Fte 2023Q1"]);
    const [kop, ...rijen] = leesVoorbeeldCsv("personen-2023Q2.csv");
    const personen = rasters[1]!;
    expect(personen.koppen).toEqual(kop);
    expect(personen.rijen).toHaveLength(4813);
    expect(personen.rijen).toEqual(rijen);
    expect([personen.rijIndex, personen.kolomIndex, personen.verborgenRijen]).toEqual([0, 0, []]);
    const [fteKop, ...fteRijen] = leesVoorbeeldCsv("fte-2023Q1.csv");
    expect([rasters[2]!.koppen, rasters[2]!.rijen]).toEqual([fteKop, fteRijen]);
  });

  test("sheets by name: one, several (in the order asked), without regard to case; the names without reading cells", async () => {
    expect((await leesWerkmap(VOORBEELD_WERKMAP, { blad: "personen" })).map((r) => r.blad)).toEqual(["Personen"]);
    expect((await leesWerkmap(VOORBEELD_WERKMAP, { blad: ["Fte 2023Q1", "Personen"] })).map((r) => r.blad)).toEqual([
      "Fte 2023Q1",
      "Personen",
    ]);
    expect(await werkmapBladen(VOORBEELD_WERKMAP)).toEqual(["Over dit bestand", "Personen", "Fte 2023Q1"]);
  });

  test("a sheet name that does not exist: ONBEKEND_BLAD listing the sheets there are", async () => {
    const e = await fout(leesWerkmap(VOORBEELD_WERKMAP, { blad: "Medewerkers" }));
    expect(e.code).toBe("ONBEKEND_BLAD");
    expect(e.message).toBe('Blad "Medewerkers" bestaat niet; de werkmap heeft: "Over dit bestand", "Personen", "Fte 2023Q1".');
  });
});

describe("where the data is", () => {
  test("the first Excel table: its header and data rows, not the title above it nor its total row", async () => {
    const pad = await maakWerkmap(tmp.pad("tabel.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.getCell("A1").value = "Personeel 2023Q2 (titel boven de tabel)";
      ws.addTable({
        name: "Personen",
        ref: "B3",
        totalsRow: true,
        // A SUM in the total row, with the cached result Excel would have saved.
        columns: PERSONEN_KOPPEN.map((name, i) =>
          i === 0
            ? { name, totalsRowLabel: "Totaal" }
            : i === 3
              ? { name, totalsRowFunction: "sum", totalsRowResult: 32.5 }
              : { name, totalsRowFunction: "none" },
        ) as ExcelJS.TableColumnProperties[],
        rows: [
          ["SYN-1", "AZ", "formeel", 20],
          ["SYN-2", "BZ", "inleen", 12.5],
        ],
      });
      ws.getCell("H20").value = "opmerking naast de tabel";
    });
    const [r] = await leesWerkmap(pad);
    expect(r).toEqual({
      blad: "Blad1",
      rijIndex: 2,
      kolomIndex: 1,
      koppen: PERSONEN_KOPPEN,
      rijen: [
        ["SYN-1", "AZ", "formeel", 20],
        ["SYN-2", "BZ", "inleen", 12.5],
      ],
      verborgenRijen: [],
      verslag: expect.objectContaining({
        bron: "tabel.xlsx",
        beslissingen: [expect.objectContaining({ vraag: "bereik", onderwerp: 'blad "Blad1"', antwoord: 'Excel-tabel "Personen" (B3:E5)' })],
      }),
    });
    // heelBlad: the used range instead (a printed Tabel 1 has its title and notes outside the table).
    const [heel] = await leesWerkmap(pad, { heelBlad: true });
    expect([heel!.rijIndex, heel!.kolomIndex, heel!.koppen[0], heel!.rijen.length]).toEqual([
      0,
      0,
      "Personeel 2023Q2 (titel boven de tabel)",
      19,
    ]);
  });

  test("a table without a header row: its column names are the headers, every row of it is data", async () => {
    const pad = await maakWerkmap(tmp.pad("zonder-kop.xlsx"), (wb) => {
      wb.addWorksheet("T").addTable({
        name: "ZonderKop",
        ref: "A5",
        headerRow: false,
        columns: PERSONEN_KOPPEN.map((name) => ({ name })),
        rows: [["SYN-1", "AZ", "formeel", 20]],
      });
    });
    const [r] = await leesWerkmap(pad);
    expect([r!.rijIndex, r!.koppen, r!.rijen]).toEqual([3, PERSONEN_KOPPEN, [["SYN-1", "AZ", "formeel", 20]]]);
  });

  test("without a table: the used range from the first non-empty row and column; trailing empty cells dropped, gaps kept", async () => {
    const pad = await maakWerkmap(tmp.pad("bereik.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Data");
      ws.getCell("C3").value = "ministerie";
      ws.getCell("D3").value = "fte";
      ws.getCell("C4").value = "AZ";
      ws.getCell("D4").value = 485;
      ws.getCell("C6").value = "BZ";
      ws.getCell("E6").value = "  "; // whitespace only: not data, does not widen the range
      ws.getCell("C20").numFmt = "0.0"; // formatted, never filled
    });
    const [r] = await leesWerkmap(pad);
    expect(r).toEqual({
      blad: "Data",
      rijIndex: 2,
      kolomIndex: 2,
      koppen: ["ministerie", "fte"],
      rijen: [
        ["AZ", 485],
        [null, null],
        ["BZ", null],
      ],
      verborgenRijen: [],
      verslag: expect.objectContaining({ beslissingen: [expect.objectContaining({ vraag: "bereik", antwoord: "C3:D6" })] }),
    });
  });

  test("hidden and filtered-out rows are reported as 1-based sheet rows (the header row is not data)", async () => {
    const pad = await maakWerkmap(tmp.pad("verborgen.xlsx"), (wb) => {
      const ws = personenBlad(wb);
      ws.addRow(["SYN-3", "BZK", "formeel", 36]);
      ws.getRow(1).hidden = true;
      ws.getRow(3).hidden = true;
    });
    const [r] = await leesWerkmap(pad);
    expect(r!.verborgenRijen).toEqual([3]);
    expect(r!.rijen).toHaveLength(3);
  });

  test("hidden sheets and empty sheets are skipped when no sheet is named", async () => {
    const pad = await maakWerkmap(tmp.pad("bladen.xlsx"), (wb) => {
      wb.addWorksheet("Leeg");
      personenBlad(wb);
      personenBlad(wb, "Verborgen").state = "hidden";
    });
    expect((await leesWerkmap(pad)).map((r) => r.blad)).toEqual(["Personen"]);
    expect((await leesWerkmap(pad, { blad: "Verborgen" })).map((r) => r.blad)).toEqual(["Verborgen"]);
  });
});

describe("cell values", () => {
  test("numbers, text, booleans, Dates, rich text, hyperlinks, empty cells as plain values", async () => {
    const datum = new Date(Date.UTC(2023, 3, 1));
    const pad = await maakWerkmap(tmp.pad("waarden.xlsx"), (wb) => {
      const ws = wb.addWorksheet("W");
      ws.addRow(["getal", "tekst", "waar", "datum", "opgemaakt", "link", "leeg"]);
      ws.addRow([
        1399.5,
        "JenV (excl. RS)",
        true,
        datum,
        { richText: [{ text: "Bin" }, { font: { bold: true }, text: "nenwerk" }] },
        { text: "AZ", hyperlink: "https://example.invalid/az" },
        null,
      ]);
      ws.getCell("G2").numFmt = "0.0"; // styled but empty
    });
    const [r] = await leesWerkmap(pad);
    expect(r!.rijen).toEqual([[1399.5, "JenV (excl. RS)", true, datum, "Binnenwerk", "AZ", null]]);
    expect(r!.rijen[0]![3]).toBeInstanceOf(Date);
  });

  test("dates in a workbook with the 1904 date system (Excel for Mac) are the same dates", async () => {
    const datum = new Date(Date.UTC(2023, 3, 1));
    const pad = await maakWerkmap(tmp.pad("1904.xlsx"), (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("D");
      ws.addRow(["datum", "formule"]);
      ws.addRow([datum, { formula: "DATE(2023,4,1)", result: 45017 - 1462 }]);
      ws.getCell("B2").numFmt = "d-m-yyyy";
    });
    const [r] = await leesWerkmap(pad);
    expect(r!.rijen).toEqual([[datum, datum]]);
  });

  test("formulas give their cached result (number, text, boolean, date, empty text); error values become Dutch Excel's text", async () => {
    const pad = await maakWerkmap(tmp.pad("formules.xlsx"), (wb) => {
      const ws = wb.addWorksheet("F");
      ws.addRow(["som", "tekst", "waar", "datum", "leeg", "deling", "zoek", "fout"]);
      ws.addRow([
        { formula: "SUM(1,2)", result: 3 },
        { formula: 'CONCAT("A","Z")', result: "AZ" },
        { formula: "1=1", result: true },
        { formula: "DATE(2023,4,1)", result: 45017 },
        { formula: 'IF(TRUE,"","x")', result: "" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { formula: "NA()", result: { error: "#N/A" } },
        { error: "#VALUE!" },
      ]);
      ws.getCell("D2").numFmt = "d-m-yyyy";
    });
    // Excel saves an empty text result as <v></v>; exceljs would read that as "not calculated".
    await bewerkDeel(pad, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/(<c r="E2"[^>]*t="str"[^>]*>\s*<f>[^<]*<\/f>)\s*<v>[^<]*<\/v>/, "$1<v></v>"),
    );
    const [r] = await leesWerkmap(pad);
    expect(r!.rijen).toEqual([[3, "AZ", true, new Date(Date.UTC(2023, 3, 1)), "", "#DEEL/0!", "#N/B", "#WAARDE!"]]);
  });

  test("the shared reader reports FORMULEFOUT for an error value and DATUM_IN_GETAL for a date in a number column", async () => {
    const pad = await maakWerkmap(tmp.pad("fouten.xlsx"), (wb) => {
      personenBlad(wb).addRow(["SYN-3", "AZ", "formeel", { formula: "1/0", result: { error: "#DIV/0!" } }]);
      const ws = wb.getWorksheet("Personen")!;
      ws.addRow(["SYN-4", "AZ", "formeel", new Date(Date.UTC(2023, 3, 1))]);
      const fte = wb.addWorksheet("Fte");
      fte.addRow(["ministerie", "fte"]);
      fte.addRow(["AZ", 485]);
      fte.addRow(["BZ", 3370]);
    });
    const [hoofd, fte] = await leesWerkmap(pad);
    const gelezen = leesInvoer({ kwartaal: "2023Q2", hoofd: hoofd!, fte: fte! });
    expect(gelezen.ok).toBe(false);
    const fouten = gelezen.ok ? [] : gelezen.fouten;
    expect(fouten.map((f) => [f.code, f.plaats.cel])).toEqual([
      ["FORMULEFOUT", "D4"],
      ["DATUM_IN_GETAL", "D5"],
    ]);
    expect(fouten[0]!.message).toMatch(/#DEEL\/0!/);
  });

  test("a formula without a cached result is refused, naming the cell; several are all listed", async () => {
    const pad = await maakWerkmap(tmp.pad("niet-berekend.xlsx"), (wb) => {
      const ws = personenBlad(wb);
      ws.getCell("D3").value = { formula: "SUM(D2:D2)" } as ExcelJS.CellFormulaValue;
    });
    const e = await fout(leesWerkmap(pad));
    expect(e.code).toBe("FORMULE_ZONDER_WAARDE");
    expect(e.plaats).toEqual({ blad: "Personen", rij: 3, cel: "D3" });
    expect(e.message).toBe(
      "Blad Personen, rij 3 (D3): formule zonder berekende waarde (=SUM(D2:D2)); sla het bestand op in Excel of plak als waarden.",
    );

    const twee = await maakWerkmap(tmp.pad("niet-berekend-2.xlsx"), (wb) => {
      const ws = personenBlad(wb);
      ws.getCell("D2").value = { formula: "10*2" } as ExcelJS.CellFormulaValue;
      ws.getCell("B3").value = { formula: 'UPPER("bz")' } as ExcelJS.CellFormulaValue;
    });
    const alle = await fout(leesWerkmap(twee));
    expect(alle.code).toBe("ONGELDIGE_INVOER");
    expect(problemen(alle).map((f) => [f.code, f.plaats.cel])).toEqual([
      ["FORMULE_ZONDER_WAARDE", "D2"],
      ["FORMULE_ZONDER_WAARDE", "B3"],
    ]);
  });
});

describe("sheets that cannot be read as a grid", () => {
  test("merged header cells: SAMENGEVOEGDE_CELLEN naming the range; merged data cells too; merges elsewhere do not matter", async () => {
    const kop = await maakWerkmap(tmp.pad("samengevoegd.xlsx"), (wb) => {
      const ws = personenBlad(wb);
      ws.mergeCells("C1:D1");
    });
    const e = await fout(leesWerkmap(kop));
    expect(e.code).toBe("SAMENGEVOEGDE_CELLEN");
    expect(e.message).toBe(
      "Blad Personen, rij 1 (C1:D1): de cellen C1:D1 zijn samengevoegd (in de kolomkoppen); maak het samenvoegen ongedaan zodat elke kolom een eigen kop en elke cel een eigen waarde heeft.",
    );

    const data = await maakWerkmap(tmp.pad("samengevoegd-data.xlsx"), (wb) => {
      personenBlad(wb).mergeCells("B2:B3");
    });
    expect((await fout(leesWerkmap(data))).params.deel).toBe("de gegevens");

    const ernaast = await maakWerkmap(tmp.pad("samengevoegd-ernaast.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Personen");
      ws.addTable({ name: "P", ref: "A3", columns: PERSONEN_KOPPEN.map((name) => ({ name })), rows: [["SYN-1", "AZ", "formeel", 20]] });
      ws.getCell("A1").value = "Titel";
      ws.mergeCells("A1:D1"); // a merged title above the table is outside what is read
    });
    expect((await leesWerkmap(ernaast))[0]!.rijen).toEqual([["SYN-1", "AZ", "formeel", 20]]);
  });

  test("an empty sheet asked for by name: LEEG_BLAD; a workbook with only empty sheets: ONGELDIG_BESTAND", async () => {
    const pad = await maakWerkmap(tmp.pad("leeg-blad.xlsx"), (wb) => {
      wb.addWorksheet("Blad1");
      wb.addWorksheet("Blad2").getCell("B5").numFmt = "0.0";
    });
    const e = await fout(leesWerkmap(pad, { blad: "Blad2" }));
    expect([e.code, e.message]).toEqual(["LEEG_BLAD", "Blad Blad2: het blad is leeg; verwacht een rij kolomkoppen met gegevens eronder."]);
    const alle = await fout(leesWerkmap(pad));
    expect([alle.code, alle.message]).toEqual(["ONGELDIG_BESTAND", '"leeg-blad.xlsx" bevat geen gegevens: elk zichtbaar blad is leeg.']);
  });
});

describe("files that are no workbook: one Dutch sentence, never a stack trace", () => {
  const gevallen: Array<[string, Buffer | string, RegExp]> = [
    ["leeg.xlsx", Buffer.alloc(0), /^"leeg\.xlsx" is leeg \(0 bytes\); verwacht een Excel-werkmap \(\.xlsx\)\.$/],
    [
      "ruis.xlsx",
      Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)),
      /^"ruis\.xlsx" is geen Excel-werkmap \(\.xlsx\)/,
    ],
    [
      "personen.csv.xlsx",
      fs.readFileSync(`${__dirname}/../../../seeds/voorbeeld/personen-2023Q2.csv`),
      /geen Excel-werkmap maar tekst \(CSV\?\)/,
    ],
    ["oud.xlsx", cfb(false), /ouder Excel-bestand \(\.xls\).*sla het op als Excel-werkmap \(\.xlsx\)/],
    ["geheim.xlsx", cfb(true), /is beveiligd met een wachtwoord en kan niet worden gelezen; .*sla het op zonder wachtwoord/],
    [
      "half.xlsx",
      fs.readFileSync(VOORBEELD_WERKMAP).subarray(0, 40_000),
      /^"half\.xlsx" is geen geldige Excel-werkmap: het zip-bestand is beschadigd of onvolledig/,
    ],
  ];
  test.each(gevallen)("%s", async (naam, inhoud, melding) => {
    const pad = tmp.pad(naam);
    fs.writeFileSync(pad, inhoud);
    const e = await fout(leesWerkmap(pad));
    expect(e.code).toBe("ONGELDIG_BESTAND");
    expect(e.message).toMatch(melding);
  });

  test("a zip that is another document (.docx, .ods) or has no workbook part", async () => {
    const JSZip = (await import("jszip")).default;
    const zipMet = async (naam: string, delen: Record<string, string>) => {
      const z = new JSZip();
      for (const [p, inhoud] of Object.entries(delen)) z.file(p, inhoud);
      fs.writeFileSync(tmp.pad(naam), await z.generateAsync({ type: "nodebuffer" }));
      return (await fout(leesWerkmap(tmp.pad(naam)))).message;
    };
    expect(await zipMet("brief.xlsx", { "word/document.xml": "<w/>" })).toMatch(/Word- of PowerPoint-bestand/);
    expect(await zipMet("calc.xlsx", { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" })).toMatch(
      /OpenDocument-bestand \(\.ods\)/,
    );
    expect(await zipMet("los.xlsx", { "a.txt": "a" })).toMatch(/xl\/workbook\.xml ontbreekt/);
  });

  test("a path that does not exist, or is a directory", async () => {
    const weg = await fout(leesWerkmap(tmp.pad("bestaat-niet.xlsx")));
    expect([weg.code, weg.params.verwacht]).toEqual(["BESTAND_ONTBREEKT", "een Excel-werkmap (.xlsx)"]);
    expect((await fout(leesWerkmap(tmp.map))).message).toMatch(/is een map, geen Excel-werkmap/);
  });
});

/**
 * An OLE compound file ([MS-CFB]) as far as our check looks: the signature, and for an
 * encrypted workbook ([MS-OFFCRYPTO] 2.3.4.4) a directory entry named "EncryptedPackage".
 */
function cfb(versleuteld: boolean): Buffer {
  const kop = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(kop, 0);
  Buffer.from(versleuteld ? "EncryptedPackage" : "Workbook", "utf16le").copy(kop, 1024);
  return kop;
}
