/**
 * Issue 12, class 11: every Tabel 1 the tool writes passes its own
 * `controleer`. Property over random inputs, both roundings: the model as
 * printed, and the written CSV read back as `banen controleer` reads it, give
 * no difference that rounding cannot explain (per cel), and no difference at
 * all (sluitend, whose promise is that the table adds up). A few runs through
 * the CLI itself write .xlsx, .csv and .json and run `banen controleer` on them.
 */
import fc from "fast-check";
import { alsGedrukt, bouwTabel1, controleer, controleTabel1, leesGedrukteTabel1, type Tabel1, type Tabel1Invoer } from "../../src/core";
import { csvTekst, leesCsv } from "../../src/cli/csv";
import { tabel1Blad } from "../../src/cli/tabel1-blad";
import { opties } from "../fuzz/instellingen";
import { banen, tijdelijkeMap } from "./hulp";

const NAMEN = ["AZ", "BZ", "BZK", "EZK", "Fin", "IenW", "JenV", "LNV", "OCW", "SZW", "VWS", "HCvS", "Rechtspraak"];

/** Hundredths as a Dutch decimal text: 12345 → "123,45". */
const honderdsten = (max: number) => fc.integer({ min: 0, max }).map((n) => `${Math.floor(n / 100)},${String(n % 100).padStart(2, "0")}`);

const invoerArb: fc.Arbitrary<Tabel1Invoer> = fc
  .record({
    aantal: fc.integer({ min: 1, max: NAMEN.length }),
    rijen: fc.array(
      fc.record({
        fte: honderdsten(2_000_000),
        formeel: honderdsten(50_000),
        binnenwerk: honderdsten(20_000),
        inleenUren: fc.integer({ min: 0, max: 300_000 }),
      }),
      { minLength: NAMEN.length, maxLength: NAMEN.length },
    ),
    niet: fc.array(honderdsten(2_000_000), { maxLength: 2 }),
  })
  .map(({ aantal, rijen, niet }) => ({
    kwartaal: "2023Q2",
    ministeries: rijen.slice(0, aantal).map((r, i) => ({
      ministerie: NAMEN[i]!,
      fte: r.fte,
      formeel: r.formeel,
      binnenwerk: r.binnenwerk,
      inleen: { uren: r.inleenUren, periode: "kwartaal" },
    })),
    nietToegedeeld: niet.map((fte, i) => ({ omschrijving: `Niet toegedeeld ${i + 1}`, fte })),
    // Random rows can have a realisatie above 1.000 %: acknowledged, since this test is about rounding.
    bevestigd: ["REALISATIE_BOVEN_1000"],
  }));

/** The differences `controleer` may not find in a table of ours. */
function teVeel(tabel: Tabel1, afwijkingen: ReturnType<typeof controleer>) {
  return afwijkingen.filter((a) => tabel.afronding === "sluitend" || !a.verklaarbaarDoorAfronding);
}

describe("every table the tool writes passes its own controleer", () => {
  test.each(["per-cel", "sluitend"] as const)("%s: the model as printed, and the written CSV read back", (afronding) => {
    fc.assert(
      fc.property(invoerArb, (invoer) => {
        const tabel = bouwTabel1(invoer, afronding);
        expect(teVeel(tabel, controleer(controleTabel1(alsGedrukt(tabel))))).toEqual([]);
        const terug = leesGedrukteTabel1(leesCsv(csvTekst(tabel1Blad(tabel)), "tabel1.csv"));
        expect(teVeel(tabel, controleer(controleTabel1(terug)))).toEqual([]);
        // What was read back is what was printed: every cell, and the niet-toegedeeld doel of the footnote.
        expect(terug.totaal.doel).toBe(tabel.weergave.totaal.doel);
        expect(terug.nietToegedeeld.map((n) => n.doel)).toEqual(tabel.weergave.nietToegedeeld);
      }),
      opties(60),
    );
  });

  test("sluitend: realisatie % follows from the printed cells (issue: AZ 8 / 19 printed as 47 %)", () => {
    fc.assert(
      fc.property(invoerArb, (invoer) => {
        const w = bouwTabel1(invoer, "sluitend").weergave;
        for (const r of [...w.rijen, w.totaal]) {
          if (r.doel > 0) expect([r.naam, r.realisatiePercentage]).toEqual([r.naam, Math.round((r.totaal / r.doel) * 100 + 1e-9)]);
        }
      }),
      opties(60),
    );
  });
});

describe("through the CLI: tabel1 -o, then controleer on the written file", () => {
  const tmp = tijdelijkeMap();
  const VOORBEELD = "seeds/voorbeeld/ministeries-2023Q2.csv";

  test.each([
    ["per-cel", "xlsx"],
    ["sluitend", "xlsx"],
    ["per-cel", "csv"],
    ["sluitend", "csv"],
    ["per-cel", "json"],
    ["sluitend", "json"],
  ])("--afronding %s -o tabel1.%s: controleer exits 0", async (afronding, soort) => {
    const uit = tmp.pad(`tabel1-${afronding}.${soort}`);
    const r = await banen("tabel1", VOORBEELD, "--afronding", afronding, "-o", uit);
    expect(r.fout).toBe("");
    expect(r.code).toBe(0);
    const c = await banen("controleer", uit);
    expect(c.fout).toBe("");
    expect(c.code).toBe(0);
    if (afronding === "sluitend") expect(c.uit).toMatch(/alle cellen tellen op\.\n$/);
  });

  test("the footnote names the niet-toegedeeld doel that the doel column uses (409 = 5.591 − the ministries)", async () => {
    const r = await banen("tabel1", VOORBEELD, "--afronding", "sluitend", "--json");
    const j = JSON.parse(r.uit);
    const ministeries = j.rijen.reduce((s: number, x: { doel: number }) => s + x.doel, 0);
    expect(j.nietToegedeeld[0].doelAfgerond).toBe(409);
    expect(ministeries + 409).toBe(j.totaal.doel);
    expect(j.voetnoten.at(-1).tekst).toContain("missen er nog 409 doelbanen");
    const az = j.rijen.find((x: { naam: string }) => x.naam === "AZ");
    expect([az.totaal, az.doel, az.realisatiePercentage]).toEqual([8, 19, 42]);
  });
});
