/** controleer finds the cells of the published tables that do not add up. */
import * as fs from "node:fs";
import * as path from "node:path";
import { beschrijfAfwijking, controleer, controleTabel1, type ControleTabel } from "../../../src/core";

const WORTEL = path.resolve(__dirname, "..", "..", "..");
const tabel1 = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));

describe("published Tabel 1 2023Q2 (seed 003)", () => {
  const afwijkingen = controleer(controleTabel1(tabel1));
  const samengevat = afwijkingen.map((a) => [a.cel, a.gepubliceerd, a.berekend, a.verschil, a.verklaarbaarDoorAfronding]);

  test("finds exactly the cells that do not follow from the others", () => {
    expect(samengevat).toEqual([
      ["BZ / realisatie %", 70, 71, -1, true], // 93 / 131 = 71,0 %
      ["BZK / totaal", 471, 472, -1, true], // 272 + 192 + 8
      ["OCW / totaal", 202, 203, -1, true], // 131 + 55 + 17
      ["VWS / totaal", 184, 185, -1, true], // 81 + 78 + 26
      ["Totaal Rijk / totaal", 4175, 4176, -1, true], // 3.000 + 755 + 421
      ["Totaal Rijk / doel", 5591, 5592, -1, true], // 5.183 over the ministries + 409 DJI
      ["Totaal Rijk / formeel", 3000, 3002, -2, true], // domain.md: "the formele column sums to 3.002 but shows 3.000"
      ["Totaal Rijk / binnenwerk", 755, 756, -1, true],
      ["Totaal Rijk / inleen", 421, 422, -1, true],
      ["Totaal Rijk / totaal", 4175, 4177, -2, true],
    ]);
  });

  test("all of them are explained by the rounding its footnote 1 announces", () => {
    expect(afwijkingen.every((a) => a.verklaarbaarDoorAfronding)).toBe(true);
    expect(beschrijfAfwijking(afwijkingen[0]!)).toBe(
      "BZ / realisatie %: gepubliceerd 70, berekend 71 (verschil -1; verklaarbaar door afronding) — BZ / realisatie % = BZ / totaal / BZ / doel × 100%",
    );
  });

  test("without the 409 DJI doelbanen of footnote 7 the doel total is off by far more than rounding", () => {
    const zonder = controleer(controleTabel1({ ...tabel1, nietToegedeeld: [] })).find((a) => a.cel === "Totaal Rijk / doel")!;
    expect(zonder.verschil).toBe(408);
    expect(zonder.verklaarbaarDoorAfronding).toBe(false);
  });
});

describe("the rule engine", () => {
  const tabel = (cellen: ControleTabel["cellen"], regels: ControleTabel["regels"]): ControleTabel => ({ naam: "t", cellen, regels });

  test("a consistent table has no afwijkingen; a wrong percentage beyond rounding is flagged", () => {
    const c = { r: { waarde: 329 }, d: { waarde: 552 }, p: { waarde: 59.6, decimalen: 1 } };
    expect(controleer(tabel(c, [{ soort: "percentage", resultaat: "p", teller: "r", noemer: "d" }]))).toEqual([]);
    const [a] = controleer(
      tabel({ ...c, p: { waarde: 56.6, decimalen: 1 } }, [{ soort: "percentage", resultaat: "p", teller: "r", noemer: "d" }]),
    );
    expect(a).toMatchObject({ cel: "p", gepubliceerd: 56.6, berekend: 59.6, verschil: -3, verklaarbaarDoorAfronding: false });
  });

  test("approximate figures (+/-) are not checked; a missing cell is a programming error", () => {
    const c = { a: { waarde: 1 }, b: { waarde: 5, benadering: true } };
    expect(controleer(tabel(c, [{ soort: "som", resultaat: "b", termen: ["a"] }]))).toEqual([]);
    expect(() => controleer(tabel(c, [{ soort: "som", resultaat: "x", termen: ["a"] }]))).toThrow(RangeError);
  });

  test("a sum of many rounded cells may differ by up to half a unit per cell", () => {
    const cellen = Object.fromEntries([...Array(10)].map((_, i) => [`c${i}`, { waarde: 1 }]));
    const regel = { soort: "som" as const, resultaat: "s", termen: Object.keys(cellen) };
    expect(controleer(tabel({ ...cellen, s: { waarde: 15 } }, [regel]))[0]!.verklaarbaarDoorAfronding).toBe(true);
    expect(controleer(tabel({ ...cellen, s: { waarde: 16 } }, [regel]))[0]!.verklaarbaarDoorAfronding).toBe(false);
  });
});
