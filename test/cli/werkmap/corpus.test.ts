/**
 * The streaming reader (src/cli/werkmap/lees.ts) against the former exceljs
 * reader (exceljs-lezer.ts) on a corpus of workbooks: written by exceljs, by
 * LibreOffice (skipped visibly without soffice), and hand-written XML for the
 * odd cases (namespace prefixes, cells without r, single quotes, shared
 * formulas without a value, phonetic runs, _x000D_ escapes, the 1904 date
 * system, inline rich text, a table without a header row). Every sheet must
 * give the same cells, the same hidden rows and the same problems.
 * Files exceljs cannot read (an absolute relationship target, as openpyxl
 * writes it for tables: exceljs #1468) are read to the cells written.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { leesWerkmap, leesWerkmapBladen } from "../../../src/cli/werkmap/lees";
import { BanenFout } from "../../../src/core/basis/fouten";
import type { Raster } from "../../../src/core/invoer/raster";
import { leesWerkmapExceljs } from "./exceljs-lezer";
import { isLegeRij } from "../../../src/core/invoer/cel";
import { maakWerkmap, tijdelijkeMap } from "./hulp";

jest.setTimeout(120_000);
const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

type Uitkomst = { rasters: Raster[] } | { fout: string[] };

function foutTekst(e: unknown): string[] {
  if (e instanceof BanenFout)
    return e.code === "ONGELDIGE_INVOER" ? e.fouten.map((f) => `${f.code} ${f.message}`) : [`${e.code} ${e.message}`];
  throw e;
}

async function lees(lezer: typeof leesWerkmap, pad: string, heelBlad = false): Promise<Uitkomst> {
  try {
    const rasters = await lezer(pad, { heelBlad });
    return { rasters: rasters.map((r) => ({ ...r, verslag: undefined })) };
  } catch (e) {
    return { fout: foutTekst(e) };
  }
}

/** The reader in its compact mode (banen tabel1's: rows in a row source), its rows made into arrays again. */
const compacteLezer: typeof leesWerkmap = async (pad, opties = {}) =>
  (await leesWerkmap(pad, { ...opties, compact: true })).map(({ bron, ...r }) => {
    expect(r.rijen).toEqual([]);
    const b = bron!;
    for (let i = 0; i < b.aantal; i++) {
      expect(b.isLeeg(i)).toBe(isLegeRij(b.rij(i)));
      b.rij(i).forEach((w, k) => expect(b.cel(i, k)).toEqual(w));
    }
    return { ...r, rijen: Array.from({ length: b.aantal }, (_, i) => [...b.rij(i)]) };
  });

async function zelfdeAlsExceljs(pad: string): Promise<Uitkomst> {
  for (const heelBlad of [false, true]) {
    const nieuw = await lees(leesWerkmap, pad, heelBlad);
    const oud = await lees(leesWerkmapExceljs, pad, heelBlad);
    expect(nieuw).toEqual(oud);
    expect(await lees(compacteLezer, pad, heelBlad)).toEqual(oud);
  }
  return lees(leesWerkmap, pad);
}

/** An .xlsx from raw parts: workbook, sheets (and their rels), optional shared strings, styles, tables. */
async function ruweWerkmap(naam: string, delen: Record<string, string>, bladen: string[] = ["Blad1"]): Promise<string> {
  const zip = new JSZip();
  const soorten = Object.keys(delen)
    .filter((d) => d.startsWith("xl/"))
    .map((d) => {
      const type = d.startsWith("xl/worksheets/sheet")
        ? "worksheet"
        : d === "xl/sharedStrings.xml"
          ? "sharedStrings"
          : d === "xl/styles.xml"
            ? "styles"
            : d.startsWith("xl/tables/")
              ? "table"
              : null;
      return type
        ? `<Override PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}${type === "worksheet" ? "" : ""}+xml"/>`
        : "";
    })
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${soorten}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const werkmapRels = bladen.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (delen["xl/sharedStrings.xml"]) werkmapRels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (delen["xl/styles.xml"]) werkmapRels.push(`<Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${werkmapRels.join("")}</Relationships>`,
  );
  if (!delen["xl/workbook.xml"]) {
    zip.file(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${bladen
        .map((b, i) => `<sheet name="${b}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    );
  }
  for (const [deel, inhoud] of Object.entries(delen)) zip.file(deel, inhoud);
  const pad = tmp.pad(naam);
  fs.writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return pad;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const STIJLEN = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe("workbooks written by exceljs", () => {
  test("values of every kind, dates, formulas with cached results, error values, hidden rows, gaps", async () => {
    const pad = await maakWerkmap(tmp.pad("exceljs-soorten.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Soorten");
      ws.addRow(["tekst", "getal", "datum", "logisch", "formule", "rijk"]);
      ws.addRow([
        "AZ",
        485,
        new Date(Date.UTC(2023, 5, 30)),
        true,
        { formula: "B2*2", result: 970 },
        { richText: [{ text: "Fin" }, { text: "anciën" }] },
      ]);
      ws.addRow([
        "  spaties  ",
        0.1 + 0.2,
        null,
        false,
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { text: "link", hyperlink: "https://example.org" },
      ]);
      ws.addRow([]);
      ws.addRow(["a & b <c>", -3.5e-7, new Date(Date.UTC(1900, 0, 1)), null, { formula: 'IF(1,"","x")', result: "" }, "é€–‘’“”"]);
      ws.getRow(5).hidden = true;
      ws.getCell("C2").numFmt = "dd-mm-yyyy";
      ws.getCell("C5").numFmt = "d/m/yy h:mm";
      const leeg = wb.addWorksheet("Leeg");
      leeg.getCell("B3").numFmt = "0.00";
      const verborgen = wb.addWorksheet("Verborgen", { state: "hidden" });
      verborgen.getCell("A1").value = "niet lezen";
      const titel = wb.addWorksheet("Titel");
      titel.getCell("B2").value = "Personeel 2023Q2";
      titel.getCell("B4").value = "ministerie";
      titel.getCell("C4").value = "fte";
      titel.getCell("B5").value = "AZ";
      titel.getCell("C5").value = 485;
      titel.getCell("D9").value = "  ";
    });
    const u = await zelfdeAlsExceljs(pad);
    expect("rasters" in u && u.rasters.map((r) => r.blad)).toEqual(["Soorten", "Titel"]);
  });

  test("Excel tables: with a total row, without a header row; the first table wins over the used range", async () => {
    const pad = await maakWerkmap(tmp.pad("exceljs-tabellen.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Met totaal");
      ws.getCell("A1").value = "titel boven de tabel";
      ws.addTable({
        name: "Personen",
        ref: "B3",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "id" }, { name: "ministerie" }, { name: "uren per week", totalsRowFunction: "sum" }],
        rows: [
          ["SYN-1", "AZ", 20],
          ["SYN-2", "BZ", 12.5],
        ],
      });
      const zonder = wb.addWorksheet("Zonder kop");
      zonder.addTable({
        name: "Kaal",
        ref: "A1",
        headerRow: false,
        columns: [{ name: "ministerie" }, { name: "fte" }],
        rows: [
          ["AZ", 485],
          ["BZ", 1234.5],
        ],
      });
    });
    await zelfdeAlsExceljs(pad);
  });

  test("merged cells and formulas without a cached value: the same problems, in the same words", async () => {
    const pad = await maakWerkmap(tmp.pad("exceljs-problemen.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Problemen");
      ws.addRow(["ministerie", "fte", "doel"]);
      ws.addRow(["AZ", 485, { formula: "B2*36/25.5*0.0276" }]);
      ws.addRow(["BZ", 1200, { formula: "B3*36/25.5*0.0276" }]);
      ws.mergeCells("A5:B5");
      ws.getCell("A5").value = "samengevoegd";
      ws.mergeCells("H20:I20");
    });
    const u = await zelfdeAlsExceljs(pad);
    expect(u).toEqual({ fout: expect.arrayContaining([expect.stringMatching(/^FORMULE_ZONDER_WAARDE .*=B2\*36/)]) });
  });
});

describe("hand-written XML for the odd cases", () => {
  test("single quotes, inline and rich strings, phonetic runs, escapes; the same without r and with namespace prefixes", async () => {
    const sst = `<sst ${NS}><si><t>ministerie</t></si><si><r><t>Fin</t></r><r><rPr><b/></rPr><t xml:space="preserve">anciën </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>regel_x000D_twee &amp; €</t></si><si/></sst>`;
    const blad = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r='B1' t='inlineStr'><is><t>fte</t></is></c></row><row r='2'><c r='A2' t='s'><v>1</v></c><c r='B2'><v>485.5</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><r><t>12</t></r><r><t>3</t></r></is></c></row><row r="5"><c r="A5" s="0"/><c r="C5"><v>7</v></c></row></sheetData></worksheet>`;
    // Rows and cells without r (their place follows from the one before), as some writers save them.
    const zonderR = blad.replace(/ r=(["'])[A-Z]*[1-3]\1/g, "");
    const pad = await ruweWerkmap("ruw-vreemd.xlsx", { "xl/sharedStrings.xml": sst, "xl/worksheets/sheet1.xml": blad });
    const u = await zelfdeAlsExceljs(pad);
    expect(u).toEqual({
      rasters: [
        expect.objectContaining({
          koppen: ["ministerie", "fte", null],
          rijen: [
            ["Financiën ", 485.5, null],
            ["regel\rtwee & €", "123", null],
            [null, null, null],
            [null, null, 7],
          ],
        }),
      ],
    });
    // Without r, and with a namespace prefix on every element (valid XML that exceljs cannot read): the same cells.
    const metVoorvoegsel = (xml: string) => xml.replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, "<$1x:$2").replace(`xmlns="`, `xmlns:x="`);
    const pad2 = await ruweWerkmap("ruw-voorvoegsel.xlsx", {
      "xl/sharedStrings.xml": metVoorvoegsel(sst),
      "xl/worksheets/sheet1.xml": metVoorvoegsel(zonderR),
    });
    expect(await lees(leesWerkmapExceljs, pad2)).toEqual({ fout: [expect.stringMatching(/kan niet worden gelezen als Excel-werkmap/)] });
    expect(await lees(leesWerkmap, pad2)).toEqual(u);
  });

  test("shared formulas without a cached value name each cell's own formula; a text formula with an empty result is empty text", async () => {
    const pad = await ruweWerkmap("ruw-formules.xlsx", {
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>fte</t></is></c><c r="B1" t="inlineStr"><is><t>doel</t></is></c><c r="C1" t="inlineStr"><is><t>opmerking</t></is></c></row><row r="2"><c r="A2"><v>10</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$2</f></c><c r="C2" t="str"><f>IF(A2&gt;5,"","klein")</f><v></v></c></row><row r="3"><c r="A3"><v>20</v></c><c r="B3"><f t="shared" si="0"/></c></row><row r="4"><c r="A4"><v>30</v></c><c r="B4"><f t="shared" si="0"/><v>70</v></c></row></sheetData></worksheet>`,
    });
    const u = await zelfdeAlsExceljs(pad);
    expect(u).toEqual({
      fout: [
        expect.stringMatching(/^FORMULE_ZONDER_WAARDE .*\(=A2\*2\+\$A\$2\)/),
        expect.stringMatching(/^FORMULE_ZONDER_WAARDE .*\(=A3\*2\+\$A\$2\)/),
      ],
    });
    const [blad] = await leesWerkmapBladen(pad);
    expect(blad!.raster!.rijen[0]![2]).toBe("");
  });

  test("dates in the 1900 and the 1904 date system, by custom and built-in date formats", async () => {
    const blad = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>datum</t></is></c><c r="B1" t="inlineStr"><is><t>getal</t></is></c></row><row r="2"><c r="A2" s="1"><v>45107</v></c><c r="B2"><v>45107</v></c></row><row r="3"><c r="A3" s="2"><v>45107.5</v></c><c r="B3" s="0"><v>1</v></c></row></sheetData></worksheet>`;
    for (const [naam, werkmapPr] of [
      ["ruw-1900.xlsx", ""],
      ["ruw-1904.xlsx", '<workbookPr date1904="1"/>'],
    ] as const) {
      const pad = await ruweWerkmap(naam, {
        "xl/styles.xml": STIJLEN,
        "xl/worksheets/sheet1.xml": blad,
        "xl/workbook.xml": `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${werkmapPr}<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      });
      const u = await zelfdeAlsExceljs(pad);
      const eerste = "rasters" in u ? u.rasters[0]!.rijen[0]![0] : null;
      // Serial 45107 is 30-6-2023 counted from 1900, 1462 days later counted from 1904.
      expect(eerste).toEqual(werkmapPr ? new Date(Date.UTC(2027, 6, 1)) : new Date(Date.UTC(2023, 5, 30)));
    }
  });
});

describe("what exceljs cannot read", () => {
  test("a table whose relationship target is absolute (as openpyxl writes it, exceljs #1468) is read", async () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const pad = await ruweWerkmap("openpyxl-tabel.xlsx", {
      "xl/worksheets/sheet1.xml": `<worksheet ${NS} xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Personeel 2023Q2</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>ministerie</t></is></c><c r="B3" t="inlineStr"><is><t>fte</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>AZ</t></is></c><c r="B4"><v>485</v></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>BZ</t></is></c><c r="B5"><v>1234.5</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
      "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/table" Target="/xl/tables/table1.xml"/></Relationships>`,
      "xl/tables/table1.xml": `<table ${NS} id="1" name="Fte" displayName="Fte" ref="A3:B5"><autoFilter ref="A3:B5"/><tableColumns count="2"><tableColumn id="1" name="ministerie"/><tableColumn id="2" name="fte"/></tableColumns><tableStyleInfo name="TableStyleMedium9" showRowStripes="1"/></table>`,
    });
    expect(await lees(leesWerkmapExceljs, pad)).toEqual({ fout: [expect.stringMatching(/kan niet worden gelezen als Excel-werkmap/)] });
    const [r] = await leesWerkmap(pad);
    expect(r).toMatchObject({
      rijIndex: 2,
      koppen: ["ministerie", "fte"],
      rijen: [
        ["AZ", 485],
        ["BZ", 1234.5],
      ],
    });
    expect(r!.verslag!.beslissingen).toEqual([expect.objectContaining({ vraag: "bereik", antwoord: 'Excel-tabel "Fte" (A3:B5)' })]);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
if (!soffice) console.warn("Corpus: werkmappen van LibreOffice overgeslagen: soffice staat niet op PATH (installeer libreoffice-calc).");
const metLibreOffice = soffice ? test : test.skip;

metLibreOffice("workbooks saved by LibreOffice Calc read the same", async () => {
  const bron = await maakWerkmap(tmp.pad("voor-lo.xlsx"), (wb) => {
    const ws = wb.addWorksheet("Personen");
    ws.addRow(["id", "ministerie", "soort dienstverband", "uren per week", "datum"]);
    for (let i = 1; i <= 40; i++)
      ws.addRow([`SYN-${i}`, i % 3 ? "AZ" : "BZ", i % 2 ? "formeel" : "Binnenwerk", 8 + i / 2, new Date(Date.UTC(2023, 3, (i % 28) + 1))]);
    for (let i = 2; i <= 41; i++) ws.getCell(`E${i}`).numFmt = "dd-mm-yyyy";
    ws.getRow(7).hidden = true;
    ws.getCell("F2").value = { formula: "D2*2", result: 17 };
    ws.getCell("G3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    const fte = wb.addWorksheet("Fte");
    fte.addRow(["ministerie", "fte"]);
    fte.addRow(["AZ", 485]);
    fte.addRow(["BZ", 1234.5]);
  });
  const uit = tmp.pad("lo");
  fs.mkdirSync(uit, { recursive: true });
  const profiel = `file://${tmp.pad("lo-profiel")}`;
  execFileSync(
    soffice!,
    [`-env:UserInstallation=${profiel}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", uit, bron],
    {
      stdio: "pipe",
      timeout: 90_000,
    },
  );
  const pad = path.join(uit, "voor-lo.xlsx");
  const u = await zelfdeAlsExceljs(pad);
  expect("rasters" in u && u.rasters.map((r) => [r.blad, r.rijen.length])).toEqual([
    ["Personen", 40],
    ["Fte", 2],
  ]);
});
