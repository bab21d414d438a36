/**
 * `banen herkomst` (issue 17): golden output on the sample files (a person
 * list with its fte table, and one row per ministry), --json, --alle, -o CSV
 * with every row, and a wrong column name. Regenerate the golden files after
 * an intended change with GOUDEN=schrijf npx jest test/cli/herkomst.test.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { banen, tijdelijkeMap, VOORBEELD } from "./hulp";

const PERSONEN = path.join(VOORBEELD, "personen-2023Q2.csv");
const FTE = path.join(VOORBEELD, "fte-2023Q1.csv");
const MINISTERIES = path.join(VOORBEELD, "ministeries-2023Q2.csv");
const GOUDEN = path.join(__dirname, "gouden");

async function gouden(naam: string, ...argv: string[]): Promise<void> {
  const r = await banen("herkomst", ...argv);
  expect(r.fout).toBe("");
  expect(r.code).toBe(0);
  const bestand = path.join(GOUDEN, naam);
  if (process.env.GOUDEN === "schrijf") fs.writeFileSync(bestand, r.uit);
  expect(r.uit).toBe(fs.readFileSync(bestand, "utf8"));
}

describe("banen herkomst: gouden uitvoer op de voorbeeldbestanden", () => {
  test("personenlijst, Fin formeel: de eerste 20 rijen, de som, ÷ 25,5 en de afronding", () =>
    gouden("herkomst-personen-fin-formeel.txt", PERSONEN, "--fte", FTE, "--ministerie", "Fin", "--kolom", "formeel"));
  test("personenlijst, AZ totaal met --alle", () =>
    gouden("herkomst-personen-az-totaal.txt", PERSONEN, "--fte", FTE, "--ministerie", "AZ", "--kolom", "totaal", "--alle"));
  test("één rij per ministerie, Totaal Rijk doel: elke fte-rij en de DJI-regel", () =>
    gouden("herkomst-ministeries-totaal-doel.txt", MINISTERIES, "--ministerie", "Totaal Rijk", "--kolom", "doel"));
  test("één rij per ministerie, BZ realisatie %", () =>
    gouden("herkomst-ministeries-bz-realisatie.txt", MINISTERIES, "--ministerie", "BZ", "--kolom", "realisatie"));
});

describe("banen herkomst: JSON, bestand en fouten", () => {
  const tmp = tijdelijkeMap();

  test("--json: exact, gedrukt, rijen en of ze volledig zijn", async () => {
    const r = await banen("herkomst", PERSONEN, "--fte", FTE, "--ministerie", "Fin", "--kolom", "formeel", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j).toMatchObject({ ministerie: "Fin", kolom: "formeel", gedrukt: 946, aantalRijen: 1101, volledig: false });
    expect(j.rijen).toHaveLength(20);
    expect(j.omrekeningen[0]).toMatchObject({ som: "24122", deler: "25.5", eenheid: "uren per week" });
  });

  test("-o schrijft alle rijen als CSV; hun uren tellen op tot de som", async () => {
    const uit = tmp.pad("fin.csv");
    const r = await banen("herkomst", PERSONEN, "--fte", FTE, "--ministerie", "Fin", "--kolom", "formeel", "-o", uit);
    expect(r.code).toBe(0);
    const regels = fs.readFileSync(uit, "utf8").trim().split(/\r\n/).slice(1);
    expect(regels).toHaveLength(1101);
    const som = regels.reduce((a, r) => a + Number(r.split(";")[4]!.replace(",", ".")), 0);
    expect(som).toBe(24122);
  });

  test("een onbekende kolom: exit 2 met de kolommen die bestaan", async () => {
    const r = await banen("herkomst", MINISTERIES, "--ministerie", "BZ", "--kolom", "fte");
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(/doel, formeel, binnenwerk, inleen, totaal, realisatie/);
  });
});

describe("banen tabel1 --herkomst", () => {
  const tmp = tijdelijkeMap();

  test('-o tabel1.xlsx --herkomst: blad "Herkomst" per ministerie en soort, met rijen, exacte uren, banen voor en na afronding en regel', async () => {
    const uit = tmp.pad("tabel1.xlsx");
    const r = await banen("tabel1", PERSONEN, "--fte", FTE, "-o", uit, "--herkomst");
    expect(r.code).toBe(0);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(uit);
    expect(w.worksheets.map((b) => b.name)).toEqual(["Tabel 1 2023Q2", "Herkomst"]);
    const blad = w.getWorksheet("Herkomst")!;
    const rijen = blad
      .getSheetValues()
      .slice(2)
      .map((v) => (v as unknown[]).slice(1));
    expect(rijen.find((x) => x[0] === "Fin" && x[1] === "formeel")).toEqual([
      "Fin",
      "formeel",
      1101,
      "24.122",
      "uren per week",
      "945,9607843137",
      946,
      expect.stringContaining("25,5"),
    ]);
    expect(rijen.find((x) => x[0] === "Totaal Rijk" && x[1] === "doel")).toEqual(expect.arrayContaining([14, "fte", 5591]));
  });

  test("--herkomst zonder -o .xlsx: exit 2, niets geschreven", async () => {
    const r = await banen("tabel1", PERSONEN, "--fte", FTE, "--herkomst");
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(/--herkomst samen met -o/);
  });
});
