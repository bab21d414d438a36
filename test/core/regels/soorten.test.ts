/**
 * What counts, per person, in the sources' own words: detachering and uitzend
 * forms are inleen (seed 004), SROI, Social Return, inkoop, the Groeituin and
 * werkervaringsplaatsen are read, reported as "telt niet mee" with their
 * source and never counted (seeds 003, 004, 002); the side figure "inclusief
 * SROI/inkoop" reproduces what the sectors print (seed 002).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bouwTabel1, herkenSoort, leesInvoer, type Raster, realisatieInclusief, soortWoorden } from "../../../src/core";
import { REGISTER_BRON } from "../../../src/core/regels/soorten";
import { SEEDS } from "./seeds-map";

const normaal = (t: string) => t.replace(/\s+/g, " ");
const document = (naam: string) => normaal(fs.readFileSync(path.join(SEEDS, naam), "utf8"));

test.each(soortWoorden().filter((w) => w.soort.bron !== null))("the source of “$woord” contains its quote", ({ soort }) => {
  expect(document(soort.bron!.document)).toContain(normaal(soort.bron!.citaat));
});

test("the register rule's quote is in its document", () => {
  expect(document(REGISTER_BRON.document)).toContain(normaal(REGISTER_BRON.citaat));
});

test("seed 004: inleenverbanden are uitzendrelaties and Wsw-detacheringen, so these words are inleen", () => {
  for (const woord of ["detachering", "Wsw-detachering", "uitzendkracht", "Uitzendrelatie", "uitzend", "Inleenverband"]) {
    expect([woord, herkenSoort(woord)]).toMatchObject([woord, { telt: true, deel: "inleen" }]);
  }
  expect(herkenSoort("detachering")!.bron!.citaat).toContain("uitzendrelaties als detacheringen vanuit de sociale werkvoorziening");
});

test("seeds 003, 004, 002: SROI, Social Return, inkoop, Groeituin and werkervaringsplaats are known and do not count", () => {
  const verwacht: Array<[string, string, string]> = [
    ["SROI", "sroi", "niet mee voor het quotum van de sector Rijk"],
    ["Social Return", "sroi", "niet mee voor het quotum van de sector Rijk"],
    ["inkoop", "inkoop", "tellen ze mee bij de gerealiseerde banen in de marktsector"],
    ["Groeituin", "groeituin", "Groeituin Social Return bij Rijkswaterstaat"],
    ["werkervaringsplaats", "werkervaringsplaats", "Wat niet meetelt voor de banenafspraak"],
  ];
  for (const [woord, categorie, citaat] of verwacht) {
    const s = herkenSoort(woord);
    expect([woord, s?.telt, s && !s.telt ? s.categorie : null]).toEqual([woord, false, categorie]);
    expect(s!.bron!.citaat).toContain(citaat);
  }
  expect(herkenSoort("constructor")).toBeUndefined();
  expect(herkenSoort("stagiair")).toBeUndefined();
});

const hoofd = (rijen: unknown[][], koppen = ["ministerie", "soort dienstverband", "uren per week"]): Raster => ({
  blad: "personen-2023Q2.csv",
  rijIndex: 0,
  kolomIndex: 0,
  koppen,
  rijen,
});
const fte: Raster = {
  blad: "fte-2023Q1.csv",
  rijIndex: 0,
  kolomIndex: 0,
  koppen: ["ministerie", "fte"],
  rijen: [
    ["AZ", 100],
    ["BZ", 200],
  ],
};

describe("person rows", () => {
  const gelezen = leesInvoer({
    kwartaal: "2023Q2",
    hoofd: hoofd([
      ["AZ", "formeel", 25.5],
      ["AZ", "detachering", 25.5],
      ["AZ", "Uitzendkracht", 51],
      ["AZ", "SROI", 25.5],
      ["BZ", "Social Return", 51],
      ["BZ", "inkoop", 25.5],
      ["BZ", "werkervaringsplaats", 25.5],
      ["BZ", "Groeituin", 25.5],
    ]),
    fte,
  });

  test("detachering and uitzendkracht count as inleen; the rest is never counted", () => {
    if (!gelezen.ok) throw new Error(gelezen.fouten.map((f) => f.message).join("\n"));
    const [az, bz] = gelezen.invoer.ministeries;
    expect(az).toMatchObject({ ministerie: "AZ" });
    const tabel = bouwTabel1(gelezen.invoer);
    const rij = (naam: string) => tabel.rijen.find((r) => r.naam === naam)!;
    expect([rij("AZ").formeel.toString(), rij("AZ").inleen.toString(), rij("AZ").totaal.toString()]).toEqual(["1", "3", "4"]);
    expect(rij("BZ").totaal.toString()).toBe("0");
    expect(bz).toBeDefined();
  });

  test("rows that do not count are in the reading report (weggelaten) with the source, and in the summary", () => {
    if (!gelezen.ok) throw new Error("expected ok");
    const weggelaten = gelezen.verslagen!.flatMap((v) => v.weggelaten);
    expect(weggelaten.map((w) => [w.rijen, w.reden.split(":")[0]])).toEqual([
      [[5, 6], "Social Return (SROI)"],
      [[7], "baan via inkoop"],
      [[8], "werkervaringsplaats"],
      [[9], "Groeituin Social Return"],
    ]);
    for (const w of weggelaten)
      expect(w.reden).toMatch(/telt niet mee voor het quotum \(bron: (Kamerstuk 34 352, nr\. \d+|Kamerbrief) .*\[seed 00\d[^\]]*\]: “/);
    expect(gelezen.samenvatting).toContain("5 rijen tellen niet mee voor het quotum");
  });

  test("the side figure inclusief SROI/inkoop: the banen of SROI, inkoop and Groeituin, not werkervaringsplaats; never in the totals", () => {
    if (!gelezen.ok) throw new Error("expected ok");
    const tabel = bouwTabel1(gelezen.invoer);
    const naast = tabel.naastQuotum!;
    expect(naast.rijen.map((r) => [r.naam, r.buitenQuotum.toString()])).toEqual([
      ["AZ", "1"],
      ["BZ", "4"],
    ]);
    expect(naast.totaal.buitenQuotum.toString()).toBe("5");
    expect(tabel.totaal.totaal.toString()).toBe("4");
    expect(naast.totaal.realisatieInclusief!.equals(tabel.totaal.totaal.plus(5).dividedBy(tabel.totaal.doel))).toBe(true);
  });

  test("where a register column is given, a row not in the doelgroepregister (nee or empty) is reported and not counted", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: hoofd(
        [
          ["AZ", "formeel", 25.5, "ja"],
          ["AZ", "formeel", 25.5, "nee"],
          ["AZ", "formeel", 25.5, ""],
        ],
        ["ministerie", "soort dienstverband", "uren per week", "doelgroepregister"],
      ),
      fte,
    });
    if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
    expect(bouwTabel1(g.invoer).rijen[0]!.totaal.toString()).toBe("1");
    const weggelaten = g.verslagen!.flatMap((v) => v.weggelaten);
    expect(weggelaten).toHaveLength(1);
    expect(weggelaten[0]!.rijen).toEqual([3, 4]);
    expect(weggelaten[0]!.reden).toContain("niet in het doelgroepregister");
  });
});

test("seed 002: the sectors' figures inclusief SROI/inkoop are (realisatie + banen via SROI/inkoop) / doel", () => {
  const procent = (r: number, b: number, d: number, dp = 0) => realisatieInclusief(r, b, d)!.times(100).toDecimalPlaces(dp).toNumber();
  // Defensie 2024: doel 899, realisatie 595,4, SROI 230,9 fta: "Het realisatiepercentage inclusief SROI is 91,9%."
  expect(procent(595.4, 230.9, 899, 1)).toBe(91.9);
  // PO 2024: 1.372 fta, 184 banen via inkoop, doel 5.858: "inclusief inkoop bedraagt daarmee 27%"
  expect(procent(1372, 184, 5858)).toBe(27);
  // VO 2024: 750 fta, 668 via inkoop, doel 3.842: "37% in 2024"
  expect(procent(750, 668, 3842)).toBe(37);
  // HBO 2024: "de totale realisatie 605 fta, 36%" of doel 1.668
  expect(procent(605, 0, 1668)).toBe(36);
  // WO 2024: "met een totaal van 1207 fta een realisatie hebben van 44%" of doel 2.716
  expect(procent(1207, 0, 2716)).toBe(44);
  const d = document("002_1f91600690bf5597.txt");
  for (const citaat of [
    "Het realisatiepercentage inclusief SROI is 91,9%",
    "inclusief inkoop bedraagt daarmee 27%",
    "de totale realisatie 605 fta, 36%",
  ]) {
    expect(d).toContain(citaat);
  }
});
