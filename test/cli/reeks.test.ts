import * as fs from "node:fs";
import * as path from "node:path";
import { banen, tijdelijkeMap, WORTEL } from "./hulp";

describe("banen reeks", () => {
  const { schrijf } = tijdelijkeMap();
  test("the Rijk's sourced points, a chart of realisatie %, the recorded conflict", async () => {
    const r = await banen("reeks");
    expect(r.code).toBe(0);
    for (const regel of [
      /2022\s+5\.144\s+3\.749\s+73%\s+1\.395\s+jaar\s+seed 003, regel 57/,
      /2023Q2\s+5\.591\s+4\.175\s+75%/,
      /2024\s+5\.994\s+5\.078\s+85%/,
    ]) {
      expect(r.uit).toMatch(regel);
    }
    expect(r.uit).toMatch(/Realisatie %/);
    expect(r.uit).toMatch(/Afwijkend gedrukt \(2023Q2, realisatie\): 3\.995/);
  });

  test("--tot 2026: banen per year, rounded up, with the assumption", async () => {
    const r = await banen("reeks", "--tot", "2026", "--json");
    const j = JSON.parse(r.uit);
    expect(j.benodigd).toMatchObject({ totJaar: 2026, vanaf: "2024", tekort: "916", banenPerJaar: "458" });
  });

  test("a ministry from the published Tabel 1, any spelling", async () => {
    const r = await banen("reeks", "--ministerie", "Ministerie van Financiën", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.punten.map((p: { moment: string }) => p.moment)).toEqual(["2023Q2"]);
  });

  test("a quarter added from a Tabel 1 file; the same quarter twice is refused", async () => {
    const seed = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));
    const nieuw = { ...seed, titel: seed.titel.replace("2023Q2", "2024Q2"), kwartaal: "2024Q2" };
    const bestand = schrijf("tabel1-2024Q2.json", JSON.stringify(nieuw));
    const r = await banen("reeks", "--tabel1", bestand, "--json");
    expect(r.fout).toBe("");
    const j = JSON.parse(r.uit);
    expect(j.punten.map((p: { moment: string }) => p.moment)).toEqual(["2022", "2023Q2", "2023", "2024Q2", "2024"]);
    const dubbel = await banen("reeks", "--tabel1", path.join(WORTEL, "seeds", "tabel1-2023Q2.json"));
    expect(dubbel.code).toBe(2);
    expect(dubbel.fout).toMatch(/2023Q2 komt twee keer voor/);
  });
});

describe("banen landelijk", () => {
  test("reproduces the national 2021 figures within rounding, and says the measures differ", async () => {
    const r = await banen("landelijk");
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/Inleenverbanden\s+overheid\s+4\.748,32\s+4\.748\s+klopt/);
    expect(r.uit).toMatch(/Totaal\s+totaal\s+72\.808,00\s+72\.809\s+klopt/);
    expect(r.uit).toMatch(/Twee verschillende maten/);
    const j = JSON.parse((await banen("landelijk", "--json")).uit);
    expect(j.klopt).toBe(true);
    expect(j.cellen).toHaveLength(6);
  });
});
