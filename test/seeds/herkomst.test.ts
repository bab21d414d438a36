/**
 * Provenance of the published figures: every value in every seeds/*.json
 * cites a document in ../shared/seeds that prints it, on the cited line, in
 * the cited quote, at the cited place in that quote. The checker is also run
 * on corrupted copies, so each of its rules is shown to fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { controleerBron, controleerSeed, controleerTabel1, controleerWaarde, type Documenten, type Tabel1Seed } from "./herkomst";

const WORTEL = path.resolve(__dirname, "..", "..");
const SEEDS = path.join(WORTEL, "seeds");
const DOCUMENTEN = path.resolve(__dirname, "../../../shared/seeds");

const cache = new Map<string, string | undefined>();
const documenten: Documenten = (naam) => {
  if (!cache.has(naam)) {
    const bestand = path.join(DOCUMENTEN, naam);
    cache.set(naam, fs.existsSync(bestand) ? fs.readFileSync(bestand, "utf8") : undefined);
  }
  return cache.get(naam);
};

const lees = (naam: string) => JSON.parse(fs.readFileSync(path.join(SEEDS, naam), "utf8"));
const kopie = <T>(x: T): T => structuredClone(x);
const isTabel1 = (seed: Record<string, unknown>) => Array.isArray(seed.rijen) && typeof seed.totaal === "object" && "kolommen" in seed;

const seedBestanden = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".json"));

test("the shared documents are there (the provenance tests need ../shared/seeds)", () => {
  expect(fs.readdirSync(DOCUMENTEN).filter((f) => f.endsWith(".txt")).length).toBeGreaterThanOrEqual(5);
});

test("every seed file is checked: the published tables", () => {
  expect(seedBestanden.sort()).toEqual(["landelijk-2021.json", "reeks-rijk.json", "sectoren-2023-2024.json", "tabel1-2023Q2.json"]);
});

describe.each(seedBestanden)("%s", (bestand) => {
  const seed = lees(bestand);
  const gevonden = isTabel1(seed) ? controleerTabel1(seed, documenten, bestand) : controleerSeed(seed, documenten, bestand);

  test("every value is printed where its herkomst says", () => {
    expect(gevonden.problemen).toEqual([]);
  });

  test("it has the expected number of values (a new seed file must be added here)", () => {
    const aantal: Record<string, number> = {
      // 13 sectors × 2 years × (doel, realisatie, %), plus SROI/inkoop, Politie's parts, Gemeenten's grondslag
      "sectoren-2023-2024.json": 13 * 2 * 3 + 21,
      // 4 rows × 3 columns, plus 8 kerncijfers
      "landelijk-2021.json": 4 * 3 + 8,
      // 14 rows × 6 columns, plus DJI doel and fte
      "tabel1-2023Q2.json": 14 * 6 + 2,
      // 4 moments with doel and realisatie, Binnenwerk at 2023Q2, begin and end 2024, one conflicting figure
      "reeks-rijk.json": 4 * 2 + 1 + 2 + 1,
    };
    expect(gevonden.waarden).toBe(aantal[bestand]);
  });
});

describe("seed 002: every sector table of the document is in sectoren-2023-2024.json", () => {
  const seed = lees("sectoren-2023-2024.json");
  const tekst = documenten(seed.document)!;
  // The lines "Doel …", "Realisatie …", "Realisatiepercentage …" of each "Cijfermatige realisatie" block.
  const tabelregels = tekst
    .split("\n")
    .map((r, i) => ({ r: r.trim(), nr: i + 1 }))
    .filter(({ r }) => /^(Doel|Realisatie|Realisatiepercentage) (\+\/- )?\d/.test(r));

  test("13 sectors, 3 lines each, in the order of the document", () => {
    expect(tabelregels).toHaveLength(13 * 3);
    const geciteerd = seed.sectoren.flatMap((s: { jaren: Record<string, { herkomst: Record<string, { regel: number }> }> }) =>
      ["doel", "realisatie", "realisatiePercentage"].map((k) => s.jaren["2023"]!.herkomst[k]!.regel),
    );
    expect(geciteerd).toEqual(tabelregels.map((t) => t.nr));
  });

  test("2023 is the first column and 2024 the second on every line", () => {
    for (const s of seed.sectoren) {
      for (const [jaar, positie] of [
        ["2023", 0],
        ["2024", 1],
      ] as const) {
        for (const k of ["doel", "realisatie", "realisatiePercentage"]) expect([s.sector, jaar, k, s.jaren[jaar].herkomst[k].positie]).toEqual([s.sector, jaar, k, positie]);
      }
    }
  });
});

describe("the checker fails on corrupted seeds", () => {
  const sectoren = lees("sectoren-2023-2024.json");
  const landelijk = lees("landelijk-2021.json");
  const tabel1: Tabel1Seed = lees("tabel1-2023Q2.json");
  const rijk = (s: typeof sectoren) => s.sectoren[0].jaren;

  test("a changed value: Rijk doel 2023 5.637 → 5.638", () => {
    const s = kopie(sectoren);
    rijk(s)["2023"].doel = 5638;
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      's.sectoren[0].jaren.2023.doel: expected "5.638" at positie 0 of "Doel 5.637 fta 5.994 fta", found "5.637"',
    ]);
  });

  test("swapped years: Rijk realisatie 2023 ↔ 2024", () => {
    const s = kopie(sectoren);
    [rijk(s)["2023"].realisatie, rijk(s)["2024"].realisatie] = [rijk(s)["2024"].realisatie, rijk(s)["2023"].realisatie];
    expect(controleerSeed(s, documenten, "s").problemen).toHaveLength(2);
  });

  test("a quote that is not in the document, or not on its line", () => {
    const s = kopie(sectoren);
    rijk(s)["2023"].herkomst.doel.citaat = "Doel 5.637 fte 5.994 fta";
    rijk(s)["2024"].herkomst.doel.regel = 70;
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      's.sectoren[0].jaren.2023.doel: quote "Doel 5.637 fte 5.994 fta" is not in 002_1f91600690bf5597.txt',
      's.sectoren[0].jaren.2024.doel: quote "Doel 5.637 fta 5.994 fta" is in 002_1f91600690bf5597.txt, but does not start on line 70',
    ]);
  });

  test("a quote that starts on the next line is not on the cited line", () => {
    const b = { document: "002_1f91600690bf5597.txt", regel: 180, citaat: "medewerkers bij gemeenten is in 2024 gestegen naar 200.750 fte." };
    expect(controleerBron(b, documenten, "b")).toHaveLength(1);
    expect(controleerBron({ ...b, regel: 181 }, documenten, "b")).toEqual([]);
  });

  test("a document that does not exist, or a path instead of a file name", () => {
    const h = { document: "009_bestaat_niet.txt", regel: 1, citaat: "5" };
    expect(controleerWaarde(5, h, documenten, "x")).toEqual(['x: document "009_bestaat_niet.txt" does not exist']);
    expect(controleerWaarde(5, { ...h, document: "../domain.md" }, documenten, "x")[0]).toMatch(/not a file name/);
  });

  test("a quote with several numbers needs positie", () => {
    const s = kopie(sectoren);
    delete rijk(s)["2023"].herkomst.doel.positie;
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      "s.sectoren[0].jaren.2023.doel: quote prints 2 numbers (5.637, 5.994); say which with positie",
    ]);
  });

  test("a value without herkomst, and a herkomst without a value", () => {
    const s = kopie(sectoren);
    delete rijk(s)["2023"].herkomst.realisatie;
    rijk(s)["2023"].herkomst.tekort = rijk(s)["2023"].herkomst.doel;
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      "s.sectoren[0].jaren.2023.herkomst.tekort: there is no number tekort beside it",
      "s.sectoren[0].jaren.2023.realisatie: value 4517 has no herkomst",
    ]);
  });

  test("gedrukt must read as the value: WO 1207 printed without thousands dot", () => {
    const s = kopie(sectoren);
    const wo = s.sectoren.find((x: { sector: string }) => x.sector === "WO").jaren["2024"].inclusief[0];
    wo.realisatie = 1208;
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      's.sectoren[11].jaren.2024.inclusief[0].realisatie: gedrukt "1207" does not read as 1208',
    ]);
    delete wo.herkomst.realisatie.gedrukt;
    wo.realisatie = 1207;
    expect(controleerSeed(s, documenten, "s").problemen[0]).toMatch(/expected "1.207" at positie 0/);
  });

  test("approximations: 'zo’n 5.540' must be marked, '+/-' cannot be unmarked, and a marked value must be printed so", () => {
    const s = kopie(sectoren);
    const gemeenten = s.sectoren[2].jaren;
    delete gemeenten["2024"].benaderd;
    delete s.sectoren[9].jaren["2023"].benadering; // MBO "+/- 1.900"
    rijk(s)["2023"].benaderd = ["realisatie"];
    expect(controleerSeed(s, documenten, "s").problemen).toEqual([
      "s.sectoren[0].jaren.2023.realisatie: marked as approximation, but no quote prints it as one",
      "s.sectoren[2].jaren.2024.doel: printed as an approximation, but not marked benadering/benaderd",
      "s.sectoren[9].jaren.2023.doel: printed as an approximation, but not marked benadering/benaderd",
      "s.sectoren[9].jaren.2023.realisatie: printed as an approximation, but not marked benadering/benaderd",
      "s.sectoren[9].jaren.2023.realisatiePercentage: printed as an approximation, but not marked benadering/benaderd",
    ]);
  });

  test("a table cell with a footnote marker: '59.9281' is 59.928 only with voetnootteken 1", () => {
    const l = kopie(landelijk);
    delete l.tabel.rijen[0].herkomst.markt.voetnootteken;
    expect(controleerSeed(l, documenten, "l").problemen).toEqual([
      'l.tabel.rijen[0].markt: expected "59.928" at positie 0 of "den 59.9281 7.094 67.0212", found "59.9281"',
    ]);
  });

  test("a confirming quote elsewhere is checked too", () => {
    const l = kopie(landelijk);
    l.tabel.rijen[2].herkomst.totaal.ook[1].regel = 76;
    expect(controleerSeed(l, documenten, "l").problemen).toEqual([
      'l.tabel.rijen[2].totaal (ook 2): quote "is met 72.809 extra banen niet gehaald." is in 004_45ed410054f52706.txt, but does not start on line 76',
    ]);
  });

  test("a number in a list has no place for a herkomst", () => {
    expect(controleerSeed({ a: [1] }, documenten, "x").problemen).toEqual(["x.a[0]: number 1 in a list cannot have a herkomst"]);
  });

  test("Tabel 1: a changed cell, swapped columns, a wrong line, the DJI figures", () => {
    const t = kopie(tabel1);
    const fin = t.rijen.find((r) => r.naam === "Fin")!;
    fin.doel = 1398;
    [fin.formeel, fin.binnenwerk] = [fin.binnenwerk, fin.formeel];
    t.rijen.find((r) => r.naam === "AZ")!.bron.regel = 63;
    t.nietToegedeeld[0]!.fte = 409;
    expect(controleerTabel1(t, documenten, "t").problemen).toEqual([
      "t.AZ: line 63 is not the row AZ",
      't.AZ.doel: expected "19" at positie 1 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "131"',
      't.AZ.formeel: expected "5" at positie 2 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "50"',
      't.AZ.binnenwerk: expected "4" at positie 3 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "39"',
      't.AZ.inleen: expected "0" at positie 4 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "4"',
      't.AZ.totaal: expected "9" at positie 5 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "93"',
      't.AZ.realisatiePercentage: expected "47" at positie 6 of "BZ <sup>4</sup> 131 50 39 4 93 70%", found "70"',
      't.Fin.doel: expected "1.398" at positie 0 of "Fin 1.399 946 17 256 1.219 87%", found "1.399"',
      't.Fin.formeel: expected "17" at positie 1 of "Fin 1.399 946 17 256 1.219 87%", found "946"',
      't.Fin.binnenwerk: expected "946" at positie 2 of "Fin 1.399 946 17 256 1.219 87%", found "17"',
      't.nietToegedeeld[0].fte: expected "409" at positie 1 of "Hierdoor missen er nog 409 doelbanen (o.b.v. 10.491 fte)", found "10.491"',
    ]);
  });
});
