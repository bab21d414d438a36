/**
 * Writing: Tabel 1 as the pane lays it out (round trip through exceljs, cell
 * by cell against the one layout definition), the problem list, and the
 * guarantees of every write: atomic, no partial file, never an unasked overwrite.
 */
import * as fs from "node:fs";
import { promises as fsp } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  type Bestandssysteem,
  leesWerkmap,
  PROBLEMEN_KOPPEN,
  schrijfAtomair,
  schrijfProblemenWerkmap,
  schrijfTabel1Werkmap,
} from "../../../src/cli/werkmap";
import { BanenFout } from "../../../src/core/basis/fouten";
import { leesGedrukteTabel1 } from "../../../src/core/invoer/gedrukt";
import {
  TABEL1_AFDRUK,
  TABEL1_TABELSTIJL,
  TABEL1_TITELGROOTTE,
  TEKST_FORMAAT,
  tabel1Bladnaam,
  tabel1Indeling,
  tabel1Raster,
  tabel1Tabelnaam,
} from "../../../src/core/tabel1/opmaak";
import { voorbeeldTabel } from "../../taskpane/hulp";
import { fout, tijdelijkeMap, WORTEL } from "./hulp";

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const gepubliceerd = JSON.parse(fs.readFileSync(`${WORTEL}/seeds/tabel1-2023Q2.json`, "utf8"));

async function open(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

/** Files left in the temporary directory (a failed write must leave none, also no hidden temporary file). */
const inhoudMap = (map: string) => fs.readdirSync(map).sort();

describe("Tabel 1 2023Q2 as a workbook, read back with exceljs", () => {
  const tabel = voorbeeldTabel();
  const raster = tabel1Raster(tabel);
  const ind = tabel1Indeling(raster);
  const pad = tmp.pad("tabel1-2023Q2.xlsx");
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    await schrijfTabel1Werkmap(tabel, pad, { overschrijf: false });
    const wb = await open(pad);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel 1 2023Q2"]);
    ws = wb.getWorksheet(tabel1Bladnaam(tabel.kwartaal))!;
  });

  test("every cell on the sheet is the layout's cell: title, headers, ministries, total, source line, footnotes — and nothing else", () => {
    const verwacht = new Map<string, string | number>();
    const zet = (rij: number, kolom: number, w: string | number) => {
      if (w !== "") verwacht.set(`${rij + 1}:${kolom + 1}`, w);
    };
    zet(ind.titelRij, 0, raster.titel);
    raster.koppen.forEach((k, c) => zet(ind.kopRij, c, k));
    raster.rijen.forEach((r, i) => r.forEach((w, c) => zet(ind.eersteDataRij + i, c, w)));
    raster.totaal.forEach((w, c) => zet(ind.totaalRij, c, w));
    zet(ind.bronRij, 0, raster.bronregel);
    ind.voetnootRegels.forEach((v, i) => zet(ind.eersteVoetnootRij + i, 0, v));
    // Under the footnotes the chart's data (the CLI writes the pane's default chart, STANDAARD_GRAFIEK).
    zet(ind.laatsteRij + 2, 0, "Gegevens voor de grafiek");
    zet(ind.laatsteRij + 3, 0, "Ministerie");
    zet(ind.laatsteRij + 3, 1, "Norm");
    raster.namen.forEach((naam, i) => (zet(ind.laatsteRij + 4 + i, 0, naam), zet(ind.laatsteRij + 4 + i, 1, 1)));

    const gelezen = new Map<string, unknown>();
    ws.eachRow((rij, r) => rij.eachCell((cel, c) => gelezen.set(`${r}:${c}`, cel.value)));
    expect(Object.fromEntries(gelezen)).toEqual(Object.fromEntries(verwacht));
    // Spot checks against the publication (seed 003, Tabel 1), so the test does not only compare the layout with itself.
    expect(ws.getCell("A1").value).toBe("Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹");
    expect(ws.getRow(ind.totaalRij + 1).values).toEqual([undefined, "Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
  });

  test("number formats: #,##0 for the five amounts, 0% for realisatie, text for title, headers, source line and notes", () => {
    for (let i = 0; i < raster.rijen.length; i++) {
      expect(raster.formaten.map((_, c) => ws.getCell(ind.eersteDataRij + 1 + i, c + 1).numFmt ?? "General")).toEqual(raster.formaten);
    }
    expect(raster.formaten.map((_, c) => ws.getCell(ind.totaalRij + 1, c + 1).numFmt ?? "General")).toEqual(raster.formaten);
    expect(raster.formaten).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0%"]);
    expect(raster.koppen.map((_, c) => ws.getCell(ind.kopRij + 1, c + 1).numFmt)).toEqual(raster.koppen.map(() => TEKST_FORMAAT));
    const tekstRijen = [ind.titelRij, ind.bronRij, ...ind.voetnootRegels.map((_, i) => ind.eersteVoetnootRij + i)];
    expect(tekstRijen.map((r) => ws.getCell(r + 1, 1).numFmt)).toEqual(tekstRijen.map(() => TEKST_FORMAAT));
  });

  test("bold title (12 pt: 13 would be wider than the table), bold wrapped headers, bold total row; ministry rows not bold; always in the default font", () => {
    // A font without a name would print in LibreOffice's serif fallback.
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: TABEL1_TITELGROOTTE - 1, name: "Calibri" });
    expect(ws.getCell(ind.kopRij + 1, 2).font).toMatchObject({ bold: true, size: 11, name: "Calibri" });
    for (let c = 1; c <= ind.kolommen; c++) {
      expect([c, ws.getCell(ind.kopRij + 1, c).font?.bold, ws.getCell(ind.kopRij + 1, c).alignment?.wrapText]).toEqual([c, true, true]);
      expect([c, ws.getCell(ind.totaalRij + 1, c).font?.bold]).toEqual([c, true]);
      expect([c, ws.getCell(ind.eersteDataRij + 1, c).font?.bold ?? false]).toEqual([c, false]);
    }
  });

  test("an Excel table over headers, ministries and the total row, with the published headers, the pane's name and style", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(pad));
    const tabelXml = await zip.file("xl/tables/table1.xml")!.async("string");
    const bereik = `A${ind.kopRij + 1}:G${ind.totaalRij + 1}`;
    expect(bereik).toBe("A3:G17");
    expect(tabelXml).toContain(`ref="${bereik}"`);
    expect(tabelXml).toContain('totalsRowCount="1"');
    expect(tabelXml).toContain(`name="${tabel1Tabelnaam(tabel.kwartaal)}"`);
    expect(tabelXml).toContain(`<tableStyleInfo name="${TABEL1_TABELSTIJL}"`);
    const kolommen = [...tabelXml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(kolommen).toEqual(raster.koppen);
    // The total row holds the published totals as values, not formulas (rounded per cell, they are not sums).
    expect(tabelXml).not.toMatch(/totalsRowFunction="(sum|custom)"/);
    expect(tabelXml).toContain('totalsRowLabel="Totaal Rijk⁷"');
  });

  test("column widths, the wrapped header's height and print setup from the layout", async () => {
    expect(raster.breedtes.map((_, c) => ws.getColumn(c + 1).width)).toEqual(raster.breedtes);
    expect(ws.getRow(ind.kopRij + 1).height).toBe(ind.kopHoogte);
    expect(ind.kopHoogte).toBe(45);
    // Portrait A4 (paperSize 9), one page wide; the print area is the table's columns from the title to the last footnote
    // line, and the chart beside the table on a page of its own (exceljs reads back only the first range: the XML below).
    expect(TABEL1_AFDRUK).toEqual({ liggend: false, paginasBreed: 1, papier: "A4" });
    expect(ws.pageSetup).toMatchObject({
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printArea: `A1:G${ind.laatsteRij + 1}`,
    });
    const werkboek = await (await JSZip.loadAsync(fs.readFileSync(pad))).file("xl/workbook.xml")!.async("string");
    expect(werkboek.match(/<definedName [^>]*>[^<]*<\/definedName>/g)).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Tabel 1 2023Q2&apos;!$A$1:$G$${ind.laatsteRij + 1},&apos;Tabel 1 2023Q2&apos;!$I$3:$P$22</definedName>`,
    ]);
  });

  test("the footnotes in lines no wider than the table, in column A only (no merged cells)", async () => {
    const breedte = raster.breedtes.reduce((a, b) => a + b, 0);
    const regels: string[] = [];
    for (let r = ind.eersteVoetnootRij + 1; r <= ind.laatsteRij + 1; r++) {
      expect(ws.getRow(r).cellCount).toBe(1);
      regels.push(String(ws.getCell(r, 1).value));
    }
    expect(regels.filter((r) => [...r].length > breedte)).toEqual([]);
    expect(regels.join(" ")).toBe(raster.voetnoten.join(" "));
    const zip = await JSZip.loadAsync(fs.readFileSync(pad));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("<mergeCell");
  });

  test("read back as a printed Tabel 1 (the whole sheet, as `banen controleer` reads it), every cell is the published cell", async () => {
    const [blad] = await leesWerkmap(pad, { heelBlad: true });
    const gedrukt = leesGedrukteTabel1(blad!);
    const zonderBron = ({ naam, doel, formeel, binnenwerk, inleen, totaal, realisatiePercentage }: Record<string, unknown>) => ({
      naam,
      doel,
      formeel,
      binnenwerk,
      inleen,
      totaal,
      realisatiePercentage,
    });
    expect(gedrukt.rijen).toEqual(gepubliceerd.rijen.map(zonderBron));
    expect(gedrukt.totaal).toEqual(zonderBron(gepubliceerd.totaal));
    // Footnote 7 over several rows, read as one: the 409 doelbanen that belong to no ministry.
    expect(gedrukt.nietToegedeeld).toEqual([{ omschrijving: "Niet toegedeeld doel (voetnoot 7)", doel: 409 }]);
  });

  test("sluitend rounding writes the rounded cells that add up", async () => {
    const sluitend = voorbeeldTabel("sluitend");
    const p = tmp.pad("sluitend.xlsx");
    await schrijfTabel1Werkmap(sluitend, p, { overschrijf: false });
    const [blad] = await leesWerkmap(p); // the Excel table: headers and ministries
    const r = tabel1Raster(sluitend);
    expect(blad!.rijen).toEqual(r.rijen.map((rij) => rij.map((w) => (w === "" ? null : w))));
    for (const k of [2, 3, 4, 5]) expect(blad!.rijen.reduce((s, rij) => s + (rij[k] as number), 0)).toBe(r.totaal[k]);
  });
});

describe("never overwrite unasked, never leave a partial file", () => {
  const tabel = voorbeeldTabel();

  test("an existing file stays as it is without overschrijf (BESTAND_BESTAAT_AL); with overschrijf it is replaced", async () => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      const doel = pad("uit.xlsx");
      fs.writeFileSync(doel, "gegevens van de gebruiker");
      const e = await fout(schrijfTabel1Werkmap(tabel, doel, { overschrijf: false }));
      expect(e.code).toBe("BESTAND_BESTAAT_AL");
      expect(fs.readFileSync(doel, "utf8")).toBe("gegevens van de gebruiker");
      expect(inhoudMap(map)).toEqual(["uit.xlsx"]);

      await schrijfTabel1Werkmap(tabel, doel, { overschrijf: true });
      expect((await open(doel)).worksheets[0]!.name).toBe("Tabel 1 2023Q2");
      expect(inhoudMap(map)).toEqual(["uit.xlsx"]);
    } finally {
      opruimen();
    }
  });

  test("a directory that does not exist, or a directory at the path: SCHRIJFFOUT, nothing created", async () => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      const e = await fout(schrijfTabel1Werkmap(tabel, pad("bestaat-niet/uit.xlsx"), { overschrijf: false }));
      expect([e.code, e.params.reden]).toEqual(["SCHRIJFFOUT", "de map bestaat niet"]);
      fs.mkdirSync(pad("map.xlsx"));
      const m = await fout(schrijfTabel1Werkmap(tabel, pad("map.xlsx"), { overschrijf: true }));
      expect(m.message).toMatch(
        /is mislukt \(er staat een map met die naam\); er is niets geschreven en geen half bestand achtergelaten\.$/,
      );
      expect(inhoudMap(map)).toEqual(["map.xlsx"]);
    } finally {
      opruimen();
    }
  });

  /** The real file system, but the write fails after half the bytes are on disk. */
  function halverwegeKapot(): Bestandssysteem {
    return {
      ...fsp,
      open: (async (p: string, vlag: string) => {
        const echt = await fsp.open(p, vlag);
        return Object.assign(Object.create(echt), {
          writeFile: async (inhoud: Uint8Array) => {
            await echt.write(inhoud.subarray(0, inhoud.length >> 1));
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          },
          close: () => echt.close(),
        });
      }) as unknown as Bestandssysteem["open"],
    } as Bestandssysteem;
  }

  test.each([false, true])("a write that fails halfway (disk full) leaves no file at all (overschrijf %s)", async (overschrijf) => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      const e = await fout(schrijfAtomair(pad("uit.xlsx"), async () => Buffer.alloc(100_000, 1), { overschrijf }, halverwegeKapot()));
      expect([e.code, e.message]).toEqual([
        "SCHRIJFFOUT",
        `Schrijven naar "${pad("uit.xlsx")}" is mislukt (de schijf is vol); er is niets geschreven en geen half bestand achtergelaten.`,
      ]);
      expect(inhoudMap(map)).toEqual([]);
    } finally {
      opruimen();
    }
  });

  test("a failing final rename leaves the existing file untouched and no temporary file", async () => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      fs.writeFileSync(pad("uit.xlsx"), "oud");
      const kapot: Bestandssysteem = { ...fsp, rename: async () => Promise.reject(Object.assign(new Error("EBUSY"), { code: "EBUSY" })) };
      const e = await fout(schrijfAtomair(pad("uit.xlsx"), async () => Buffer.from("nieuw"), { overschrijf: true }, kapot));
      expect(e.params.reden).toBe("het bestand is in gebruik; is het geopend in Excel?");
      expect(fs.readFileSync(pad("uit.xlsx"), "utf8")).toBe("oud");
      expect(inhoudMap(map)).toEqual(["uit.xlsx"]);
    } finally {
      opruimen();
    }
  });

  test("a name taken between the check and the final step is not overwritten either (the hard link refuses)", async () => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      const doel = pad("uit.xlsx");
      // lstat says "free"; by the time the file is complete, someone else has created it.
      const traag: Bestandssysteem = {
        ...fsp,
        lstat: (async () => Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }))) as unknown as Bestandssysteem["lstat"],
      };
      const e = await fout(
        schrijfAtomair(
          doel,
          async () => {
            fs.writeFileSync(doel, "van een ander");
            return Buffer.from("van ons");
          },
          { overschrijf: false },
          traag,
        ),
      );
      expect(e.code).toBe("BESTAND_BESTAAT_AL");
      expect(fs.readFileSync(doel, "utf8")).toBe("van een ander");
      expect(inhoudMap(map)).toEqual(["uit.xlsx"]);
    } finally {
      opruimen();
    }
  });

  test("an error while making the bytes touches nothing on disk", async () => {
    const { map, pad, opruimen } = tijdelijkeMap();
    try {
      const e = await fout(schrijfAtomair(pad("uit.xlsx"), async () => Promise.reject(new Error("kapot")), { overschrijf: false }));
      expect([e.code, e.params.reden]).toEqual(["SCHRIJFFOUT", "kapot"]);
      expect(inhoudMap(map)).toEqual([]);
    } finally {
      opruimen();
    }
  });
});

describe("the problem list", () => {
  test("one row per problem (ONGELDIGE_INVOER unpacked): blad, rij, kolom, cel, melding, code, in an Excel table", async () => {
    const p = tmp.pad("problemen.xlsx");
    const fouten = [
      new BanenFout("ONGELDIGE_INVOER", { aantal: 2 }, {}, [
        new BanenFout("LEEG", {}, { blad: "Personen", rij: 7, kolom: "uren per week", cel: "D7" }),
        new BanenFout("ONBEKEND_DIENSTVERBAND", { waarde: "stage" }, { blad: "Personen", rij: 9, kolom: "soort dienstverband", cel: "C9" }),
      ]),
      new BanenFout("GEEN_RIJEN", {}, { blad: "Fte 2023Q1" }),
    ];
    await schrijfProblemenWerkmap(fouten, p, { overschrijf: false });
    const [blad] = await leesWerkmap(p);
    expect(blad!.blad).toBe("Problemen");
    expect(blad!.koppen).toEqual([...PROBLEMEN_KOPPEN]);
    expect(blad!.rijen).toEqual([
      ["Personen", 7, "uren per week", "D7", "Is leeg; verwacht een getal.", "LEEG"],
      [
        "Personen",
        9,
        "soort dienstverband",
        "C9",
        'Soort dienstverband "stage" is onbekend; verwacht formeel, Binnenwerk of inleen.',
        "ONBEKEND_DIENSTVERBAND",
      ],
      ["Fte 2023Q1", null, null, null, "Er zijn geen gegevensrijen onder de kolomkoppen.", "GEEN_RIJEN"],
    ]);
    expect((await open(p)).getWorksheet("Problemen")!.getTables()).toHaveLength(1);
    expect((await fout(schrijfProblemenWerkmap(fouten, p, { overschrijf: false }))).code).toBe("BESTAND_BESTAAT_AL");
  });
});
