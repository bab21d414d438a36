import fc from "fast-check";
import { Decimal } from "../../../src/core/basis/decimaal";
import { BanenFout } from "../../../src/core/basis/fouten";
import { benodigdPerJaar, bouwReeks, ministerieReeks, momentEinde, type ReeksPunt } from "../../../src/core/reeks/reeks";
import { landelijkeToename, landelijkInvoer } from "../../../src/core/reeks/landelijk";

const punt = (moment: string, doel: number, realisatie: number, extra: Partial<ReeksPunt> = {}): ReeksPunt => ({
  moment,
  omschrijving: moment,
  doelsoort: "jaar",
  doelBanen: new Decimal(doel),
  realisatieBanen: new Decimal(realisatie),
  bron: "test",
  ...extra,
});

describe("moments", () => {
  test("a year ends after its quarters; CBS-style quarters read too", () => {
    expect(momentEinde("2023Q2")).toBeLessThan(momentEinde("2023"));
    expect(momentEinde("2022")).toBeLessThan(momentEinde("2023Q1"));
    expect(momentEinde("2023K2")).toBe(momentEinde("2023Q2"));
  });
});

describe("the series from the sources' figures", () => {
  // seed 003 l.57 (2022), Tabel 1 2023Q2 (seed 003 l.75), seed 002 l.71-72 (2023, 2024)
  const reeks = bouwReeks([
    punt("2024", 5994, 5078),
    punt("2022", 5144, 3749),
    punt("2023Q2", 5591, 4175, { doelsoort: "voorlopig" }),
    punt("2023", 5637, 4517),
  ]);

  test("in time order, with the printed percentages (75% Tabel 1; 80% and 85% seed 002 l.73)", () => {
    expect(reeks.map((p) => p.moment)).toEqual(["2022", "2023Q2", "2023", "2024"]);
    const procent = reeks.map((p) => p.realisatieFractie!.times(100).toDecimalPlaces(0).toNumber());
    expect(procent).toEqual([73, 75, 80, 85]);
    expect(reeks.map((p) => p.tekortBanen!.toNumber())).toEqual([1395, 1416, 1120, 916]);
  });

  test("banen per year to the end of 2026: 916 over 2 years = 458", () => {
    const b = benodigdPerJaar(reeks, 2026);
    expect(b.vanaf.moment).toBe("2024");
    expect(b.jaren.toNumber()).toBe(2);
    expect(b.banenPerJaar.toNumber()).toBe(458);
  });

  test("from a quarter, the rest of its year counts as quarters: 2023Q2 to the end of 2024 is 1,5 years", () => {
    const b = benodigdPerJaar(bouwReeks([punt("2023Q2", 5591, 4175)]), 2024);
    expect(b.jaren.toString()).toBe("1.5");
    expect(b.banenPerJaar.toString()).toBe(new Decimal(1416).dividedBy("1.5").toString());
  });

  test("a year not after the last moment, and two points for one moment, are refused", () => {
    expect(() => benodigdPerJaar(reeks, 2024)).toThrow(BanenFout);
    expect(() => bouwReeks([punt("2023Q2", 1, 1), punt("2023K2", 2, 2)])).toThrow(/2023K2 komt twee keer voor/);
  });

  test("a ministry's series takes only the moments that print it, by the one name key", () => {
    const metFin = bouwReeks([
      punt("2023Q2", 5591, 4175, { ministeries: [{ naam: "Fin", doelBanen: new Decimal(545), realisatieBanen: new Decimal(468) }] }),
      punt("2024", 5994, 5078),
    ]);
    const fin = ministerieReeks(metFin, "Ministerie van Financiën");
    expect(fin.map((p) => [p.moment, p.doelBanen!.toNumber(), p.realisatieBanen!.toNumber()])).toEqual([["2023Q2", 545, 468]]);
  });

  test("property: tekort × years ÷ years is the tekort, and never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 2025, max: 2040 }),
        (doel, realisatie, jaar) => {
          const r = bouwReeks([punt("2024", doel, realisatie)]);
          expect(r[0]!.tekortBanen!.isNegative()).toBe(false);
          const b = benodigdPerJaar(r, jaar);
          expect(b.banenPerJaar.times(b.jaren).toDecimalPlaces(20).equals(b.tekortBanen)).toBe(true);
        },
      ),
    );
  });
});

describe("national frame end 2021 (seed 004)", () => {
  const uit = landelijkeToename(
    landelijkInvoer({ inleenNulmeting: 36206, inleenEind: 41993, formeel: { markt: 59928, overheid: 7094, totaal: 67021 } }),
  );
  test("inleen by the verdeelsleutel: 4.748,32 government and 1.038,68 market, printed 4.748 and 1.039", () => {
    expect(uit.inleen.overheid.toString()).toBe("4748.32");
    expect(uit.inleen.markt.toString()).toBe("1038.68");
    expect(uit.inleen.totaal.toString()).toBe("5787");
    expect(uit.inleen.overheid.toDecimalPlaces(0).toNumber()).toBe(4748);
    expect(uit.inleen.markt.toDecimalPlaces(0).toNumber()).toBe(1039);
  });
  test("totals: government 11.842,32 (printed 11.842)", () => {
    expect(uit.totaal.overheid.toString()).toBe("11842.32");
  });
});
