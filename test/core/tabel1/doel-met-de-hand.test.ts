/**
 * The doel column checked without the core. The golden test (tabel1.test.ts)
 * compares the sample's Tabel 1 with the published one, but the sample
 * generator backs each ministry's fte out of the published doel with the
 * core's own functions, so that comparison shows generator and core agree.
 * Here the expected numbers are literals, worked out by hand (exact fractions,
 * outside this project's code) from the rule
 *
 *   doel = fte × 36 / 25,5 × 2,76 %  (= fte × 9.936 / 255.000)
 *
 * with 36 hours per Rijk fte (afgeleid, shared/domain.md), 25,5 hours a baan
 * (seed 004) and 2,76 % for 2023 (seed 003, footnote 2). The anchor is the one
 * fte figure the source prints itself: seed 003, footnote 6/7, DJI's executive
 * staff, 10.491 fte, "missen er nog 409 doelbanen (o.b.v. 10.491 fte)":
 * 10.491 × 36 / 25,5 × 2,76 % = 408,77872941… → 409.
 */
import { bouwTabel1, doel } from "../../../src/core";
import { voorbeeldInvoer } from "../../taskpane/hulp";

/** Ministry, fte in the sample (seeds/voorbeeld/fte-2023Q1.csv), exact doel to 10 decimals, printed doel (seed 003). */
const MET_DE_HAND: ReadonlyArray<readonly [string, number, string, number]> = [
  ["AZ", 485, "18.8978823529", 19],
  ["BZ", 3370, "131.3110588235", 131],
  ["BZK", 12855, "500.8912941176", 501],
  ["EZK", 10340, "402.8950588235", 403],
  ["Fin", 35902, "1398.9108705882", 1399],
  ["IenW", 14857, "578.8986352941", 579],
  ["JenV (excl. RS)", 23583, "918.9046588235", 919],
  ["LNV", 4078, "158.8980705882", 159],
  ["OCW", 5823, "226.8914823529", 227],
  ["SZW", 4694, "182.9003294118", 183],
  ["VWS", 6362, "247.8934588235", 248],
  ["HCvS", 1846, "71.9288470588", 72],
  ["Rechtspraak", 8801, "342.9283764706", 343],
];

test("the source's own anchor: DJI's 10.491 fte give 408,7787294118 doelbanen, printed 409 (seed 003, footnote 7)", () => {
  expect(doel(10491, 2023).toFixed(10)).toBe("408.7787294118");
  expect(doel(10491, 2023).toDecimalPlaces(0).toNumber()).toBe(409);
});

describe("the sample's Tabel 1 2023Q2: every doel equals the hand-computed value", () => {
  const tabel = bouwTabel1(voorbeeldInvoer(), "per-cel");

  test.each(MET_DE_HAND.map((r) => [...r]))("%s: %d fte → %s → %d", (naam, fte, exact, gedrukt) => {
    const i = tabel.rijen.findIndex((r) => r.naam === naam);
    expect(tabel.rijen[i]!.fte?.toNumber()).toBe(fte);
    expect(tabel.rijen[i]!.doel.toFixed(10)).toBe(exact);
    expect(tabel.weergave.rijen[i]!.doel).toBe(gedrukt);
  });

  test("the niet-toegedeeld DJI doel is 408,7787294118 (printed 409), the total 5.590,9287529412 (printed 5.591)", () => {
    expect(tabel.nietToegedeeld.map((n) => [n.fte?.toNumber(), n.doel.toFixed(10)])).toEqual([[10491, "408.7787294118"]]);
    expect(tabel.weergave.nietToegedeeld).toEqual([409]);
    expect(tabel.totaal.doel.toFixed(10)).toBe("5590.9287529412");
    expect(tabel.weergave.totaal.doel).toBe(5591);
  });
});
