/**
 * Excel workbooks through the CLI (the xlsx module itself is tested in
 * test/cli/werkmap): person rows and fte on two sheets of one workbook give
 * the published table; -o .xlsx writes Tabel 1, which `controleer` reads back;
 * an existing workbook is never replaced without --overschrijf.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { banen, tijdelijkeMap, VOORBEELD } from "./hulp";

jest.setTimeout(60_000);
const map = tijdelijkeMap();

/** A sample CSV as Excel would hold it after opening: numbers as numbers. */
function csvRijen(bestand: string): unknown[][] {
  return fs
    .readFileSync(path.join(VOORBEELD, bestand), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((r, i) => r.split(";").map((w) => (i > 0 && /^\d+(,\d+)?$/.test(w) ? Number(w.replace(",", ".")) : w)));
}

async function werkmapMet(naam: string, bladen: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [blad, rijen] of Object.entries(bladen)) wb.addWorksheet(blad).addRows(rijen);
  const pad = map.pad(naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

test("person rows and fte on two sheets of one workbook: the published Tabel 1 2023Q2", async () => {
  const pad = await werkmapMet("personen-2023Q2.xlsx", { Personen: csvRijen("personen-2023Q2.csv"), Fte: csvRijen("fte-2023Q1.csv") });
  const r = await banen("tabel1", pad, "--json");
  expect(r.fout).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.uit);
  expect(j.invoer).toBe("4.813 medewerkers in 13 ministeries en 1 niet toegedeelde rij.");
  expect(j.controle.gepubliceerd.vergelijking).toMatchObject({ rijen: 14, verschillen: [], alleenEigen: [], alleenGepubliceerd: [] });
});

test("errors in a workbook name the sheet, row, column and cell; --blad picks a sheet", async () => {
  const rijen = csvRijen("ministeries-2023Q2.csv");
  rijen[3]![1] = "#DEEL/0!";
  const pad = await werkmapMet("fout-2023Q2.xlsx", { Uitleg: [["Zie blad Gegevens"]], Gegevens: rijen });
  const r = await banen("tabel1", pad, "--blad", "gegevens");
  expect(r.code).toBe(2);
  expect(r.fout).toContain("  - Blad Gegevens, rij 4, kolom fte (B4): de cel bevat de foutwaarde #DEEL/0!; verwacht een getal.");
  expect((await banen("tabel1", pad, "--blad", "Nergens")).fout).toMatch(
    /^fout: Blad "Nergens" bestaat niet; de werkmap heeft: "Uitleg", "Gegevens"\./,
  );
});

test("-o .xlsx: Tabel 1 in a workbook that controleer reads back; no overwrite without --overschrijf", async () => {
  const uit = map.pad("tabel1.xlsx");
  const r = await banen("tabel1", path.join(VOORBEELD, "ministeries-2023Q2.csv"), "-o", uit);
  expect(r.code).toBe(0);
  expect(fs.existsSync(uit)).toBe(true);
  const terug = await banen("controleer", uit, "--json");
  expect(terug.fout).toBe("");
  const j = JSON.parse(terug.uit);
  expect(j.tabellen[0]).toMatchObject({ cellen: 85, regels: 33 });
  expect(j.tabellen[0].afwijkingen).toHaveLength(10);

  const voor = fs.readFileSync(uit);
  const nogmaals = await banen("tabel1", path.join(VOORBEELD, "ministeries-2023Q2.csv"), "-o", uit);
  expect(nogmaals.code).toBe(2);
  expect(nogmaals.fout).toMatch(/bestaat al en wordt niet overschreven/);
  expect(fs.readFileSync(uit).equals(voor)).toBe(true);
});

test("--problemen .xlsx: the error list as a workbook, and no table", async () => {
  const rijen = csvRijen("ministeries-2023Q2.csv");
  rijen[2]![0] = "AZ";
  const pad = await werkmapMet("dubbel-2023Q2.xlsx", { Gegevens: rijen });
  const problemen = map.pad("problemen.xlsx");
  const uit = map.pad("niet.xlsx");
  const r = await banen("tabel1", pad, "-o", uit, "--problemen", problemen);
  expect(r.code).toBe(2);
  expect(fs.existsSync(uit)).toBe(false);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(problemen);
  const tekst = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join("\n");
  expect(tekst).toContain('Ministerie "AZ" komt dubbel voor (ook in rij 2).');
  expect(tekst).toContain("DUBBEL_MINISTERIE");
});
