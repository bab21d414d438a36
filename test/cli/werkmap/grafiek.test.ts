/**
 * The chart in the CLI's Tabel 1 workbook: the pane's chart (core/tabel1/grafiek, the one plan) written as
 * DrawingML parts after exceljs (cli/werkmap/grafiek-delen). The zip stays valid: every new part is well-formed
 * XML (xmllint, where installed), exceljs still reads the workbook, `banen controleer` still accepts it, and the
 * parts are linked as ECMA-376 wants (relationships, content types, <drawing> in CT_Worksheet's order).
 * The LibreOffice rendering of the chart: weergave.test.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { schrijfTabel1Werkmap } from "../../../src/cli/werkmap";
import { legacyDrawingOpZijnPlaats, metTekeningElement, xmlTekst } from "../../../src/cli/werkmap/grafiek-delen";
import { waardenIn } from "../../../src/core/blad/blad-plan";
import type { GrafiekSoort } from "../../../src/core/tabel1/grafiek";
import { tabel1Indeling, tabel1Plan, tabel1Raster } from "../../../src/core/tabel1/opmaak";
import { voorbeeldTabel } from "../../taskpane/hulp";
import { banen, VOORBEELD } from "../hulp";
import { tijdelijkeMap } from "./hulp";

// Whole CLI runs and workbook writes: seconds each on a machine shared by parallel runs.
jest.setTimeout(60_000);

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const xmllint = (process.env.PATH ?? "")
  .split(path.delimiter)
  .map((m) => path.join(m, "xmllint"))
  .find((p) => fs.existsSync(p));
if (!xmllint)
  console.warn(
    "xmllint staat niet op PATH: de delen van de grafiek worden niet op welgevormdheid gecontroleerd (installeer libxml2-utils).",
  );

const tabel = voorbeeldTabel();

async function schrijf(soort: GrafiekSoort): Promise<{ pad: string; zip: JSZip; deel: (naam: string) => Promise<string> }> {
  const pad = tmp.pad(`tabel1-${soort}.xlsx`);
  await schrijfTabel1Werkmap(tabel, pad, { overschrijf: false, grafiek: soort });
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  return { pad, zip, deel: (naam) => zip.file(naam)!.async("string") };
}

/** "'Tabel 1 2023Q2'!$G$4:$G$16" for "G4:G16". */
const absoluut = (adres: string) => `'Tabel 1 2023Q2'!${adres.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;

/** The c:pt values of the first c:strCache / c:numCache after `f` in a chart's XML. */
function cache(xml: string, f: string): string[] {
  const na = xml.slice(xml.indexOf(`<c:f>${xmlTekst(f)}</c:f>`));
  const eind = na.search(/<\/c:(strCache|numCache)>/);
  return [...na.slice(0, eind).matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => m[1]!);
}

describe.each(["realisatie", "doel-gerealiseerd"] as const)("--grafiek %s", (soort) => {
  const plan = tabel1Plan(tabel, [], soort);
  const g = plan.grafiek!;
  let w: Awaited<ReturnType<typeof schrijf>>;
  beforeAll(async () => {
    w = await schrijf(soort);
  });

  test("the chart, its drawing and their relationships are in the zip, linked and declared", async () => {
    const namen = Object.keys(w.zip.files);
    for (const n of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]) expect(namen).toContain(n);
    expect(await w.deel("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const bladRels = await w.deel("xl/worksheets/_rels/sheet1.xml.rels");
    const id = /Id="(rId\d+)" Type="[^"]*\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/.exec(bladRels)?.[1];
    expect(id).toBeDefined();
    const typen = await w.deel("[Content_Types].xml");
    expect(typen).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(typen).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // CT_Worksheet: … pageSetup, headerFooter?, rowBreaks?, …, drawing, legacyDrawing (the note), …, tableParts, extLst.
    const blad = await w.deel("xl/worksheets/sheet1.xml");
    const volgorde = [...blad.matchAll(/<(pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)[\s>/]/g)].map(
      (m) => m[1],
    );
    expect(volgorde).toEqual(["pageMargins", "pageSetup", "drawing", "tableParts"]);
    expect(blad).toContain(`<drawing r:id="${id}"/>`);
  });

  test("every new or changed part is well-formed XML", async () => {
    if (!xmllint) return;
    const delen = [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ];
    for (const d of [...delen, "xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/workbook.xml"]) {
      const bestand = tmp.pad(`${soort}-${d.replace(/[/[\]]/g, "_")}`);
      fs.writeFileSync(bestand, await w.deel(d));
      expect([d, execFileSync(xmllint, ["--noout", bestand], { encoding: "utf8", stdio: "pipe" })]).toEqual([d, ""]);
    }
  });

  test("the chart is the plan's: title, series on the sheet's ranges with their values cached, axes, place", async () => {
    const xml = await w.deel("xl/charts/chart1.xml");
    expect(xml).toContain(`<a:t>${xmlTekst(g.titel)}</a:t>`);
    expect(xml).toContain(`<a:t>${xmlTekst(g.waardeAs.titel)}</a:t>`);
    expect(xml).toContain(`<a:t>${xmlTekst(g.categorieAs.titel)}</a:t>`);
    expect(xml).toContain(`<c:numFmt formatCode="${g.waardeAs.numberFormat}" sourceLinked="0"/>`);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml.includes("<c:lineChart>")).toBe(soort === "realisatie");
    const raster = tabel1Raster(tabel);
    for (const r of g.reeksen) {
      expect(xml).toContain(`<c:tx><c:v>${xmlTekst(r.naam)}</c:v></c:tx>`);
      expect(cache(xml, absoluut(r.x))).toEqual(raster.namen);
      expect(cache(xml, absoluut(r.waarden))).toEqual(waardenIn(plan, r.waarden).map(String));
    }
    // The values the pane's chart shows: Fin's realisatie 87 %, its doel 1.399 and 1.219 banen gerealiseerd.
    expect(cache(xml, absoluut(g.reeksen[0]!.waarden))[4]).toBe(soort === "realisatie" ? "0.87" : "1399");
    // From the top-left of I3 to the bottom-right of P22 (0-based columns 8–16, rows 2–22).
    const tekening = await w.deel("xl/drawings/drawing1.xml");
    expect(tekening).toMatch(/<xdr:from><xdr:col>8<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>2<\/xdr:row>/);
    expect(tekening).toMatch(/<xdr:to><xdr:col>16<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>22<\/xdr:row>/);
    expect(tekening).toContain(`descr="${xmlTekst(g.titel)}"`);
  });

  test("exceljs still reads the workbook: the table, the chart data under the footnotes", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(w.pad);
    const ws = wb.getWorksheet("Tabel 1 2023Q2")!;
    const ind = tabel1Indeling(tabel1Raster(tabel));
    expect(ws.getRow(ind.totaalRij + 1).values).toEqual([undefined, "Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
    expect(ws.getCell(ind.laatsteRij + 3, 1).value).toBe("Gegevens voor de grafiek");
  });

  test("banen controleer accepts the written workbook as it accepts one without the chart", async () => {
    const r = await banen("controleer", w.pad);
    expect([r.code, r.fout]).toEqual([0, ""]);
  });
});

test("--grafiek geen: no chart, no chart data, only the table printed", async () => {
  const w = await schrijf("geen");
  expect(Object.keys(w.zip.files).filter((n) => /chart|drawing\d/.test(n))).toEqual([]);
  const blad = await w.deel("xl/worksheets/sheet1.xml");
  expect(blad).not.toContain("<drawing ");
  expect(blad).not.toContain("Gegevens voor de grafiek");
  expect(await w.deel("xl/sharedStrings.xml")).not.toContain("Gegevens voor de grafiek");
  expect(await w.deel("xl/workbook.xml")).toContain(">'Tabel 1 2023Q2'!$A$1:$G$38</definedName>".replace(/'/g, "&apos;"));
});

describe("banen tabel1 --grafiek", () => {
  const invoer = [path.join(VOORBEELD, "personen-2023Q2.csv"), "--fte", path.join(VOORBEELD, "fte-2023Q1.csv")];

  test("doel-gerealiseerd in the workbook; without --grafiek the pane's default (realisatie)", async () => {
    const metKeuze = tmp.pad("cli-dg.xlsx");
    expect((await banen("tabel1", ...invoer, "-o", metKeuze, "--grafiek", "doel-gerealiseerd")).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(metKeuze))).file("xl/charts/chart1.xml")!.async("string");
    expect(xml).toContain("Doel en gerealiseerde banen per ministerie 2023Q2");
    const standaard = tmp.pad("cli-standaard.xlsx");
    expect((await banen("tabel1", ...invoer, "-o", standaard)).code).toBe(0);
    const xml2 = await (await JSZip.loadAsync(fs.readFileSync(standaard))).file("xl/charts/chart1.xml")!.async("string");
    expect(xml2).toContain("Realisatie per ministerie 2023Q2 (100 % = doel)");
    // With the reading report as a note on the title: its legacyDrawing after the drawing, before tableParts (CT_Worksheet).
    const blad = await (await JSZip.loadAsync(fs.readFileSync(standaard))).file("xl/worksheets/sheet1.xml")!.async("string");
    const volgorde = [...blad.matchAll(/<(pageSetup|drawing|legacyDrawing|tableParts|extLst)[\s>/]/g)].map((m) => m[1]);
    expect(volgorde).toEqual(["pageSetup", "drawing", "legacyDrawing", "tableParts"]);
  });

  test("a choice it does not know, or a chart without an .xlsx to put it in, is refused before any work", async () => {
    const onbekend = await banen("tabel1", ...invoer, "-o", tmp.pad("x.xlsx"), "--grafiek", "taart");
    expect(onbekend.code).not.toBe(0);
    expect(onbekend.fout).toContain('--grafiek: "taart" is geen geldige keuze; verwacht realisatie, doel-gerealiseerd of geen.');
    expect(fs.existsSync(tmp.pad("x.xlsx"))).toBe(false);
    const zonderXlsx = await banen("tabel1", ...invoer, "-o", tmp.pad("x.csv"), "--grafiek", "realisatie");
    expect(zonderXlsx.code).not.toBe(0);
    expect(zonderXlsx.fout).toContain("--grafiek samen met -o <bestand>.xlsx");
  });

  test("the help names the option and its choices", async () => {
    const r = await banen("tabel1", "--help");
    expect(r.uit + r.fout).toMatch(/--grafiek <soort>[\s\S]*realisatie[\s\S]*doel-gerealiseerd[\s\S]*geen/);
  });
});

describe("sheet XML in CT_Worksheet's order", () => {
  const blad = (staart: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><pageSetup/>${staart}</worksheet>`;

  test("<drawing> before legacyDrawing, tableParts and extLst; the r namespace declared when missing", () => {
    expect(metTekeningElement(blad('<tableParts count="0"/><extLst/>'), "rId9")).toContain('<pageSetup/><drawing r:id="rId9"/><tableParts');
    expect(metTekeningElement(blad("<extLst/>"), "rId9")).toContain('<drawing r:id="rId9"/><extLst/>');
    const zonder = metTekeningElement(blad(""), "rId9");
    expect(zonder).toContain('<pageSetup/><drawing r:id="rId9"/></worksheet>');
    expect(zonder).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  });

  test("exceljs' legacyDrawing after tableParts moves before them", () => {
    expect(
      legacyDrawingOpZijnPlaats(blad('<tableParts count="1"><tablePart r:id="rId3"/></tableParts><legacyDrawing r:id="rId2"/>')),
    ).toContain('<pageSetup/><legacyDrawing r:id="rId2"/><tableParts count="1">');
  });
});
