import * as fc from "fast-check";
import { verdeel } from "../../../src/core";

test("409 doelbanen over three equal parties: remainder to the first in the list", () => {
  const v = verdeel(409, [1, 1, 1]);
  expect(v.aandelen).toEqual([137, 136, 136]);
  expect(v.restOntvangers).toEqual([0]);
});

test("largest remainder, then larger weight, then list order", () => {
  expect(verdeel(10, [3.5, 3.5, 3]).aandelen).toEqual([4, 3, 3]);
  expect(verdeel(2, [1, 2, 1]).aandelen).toEqual([1, 1, 0]);
  expect(verdeel(0, [0, 0]).aandelen).toEqual([0, 0]);
});

test("bad input", () => {
  expect(() => verdeel(10.5, [1])).toThrow(expect.objectContaining({ code: "GEEN_GEHEEL_GETAL" }));
  expect(() => verdeel(10, [])).toThrow(expect.objectContaining({ code: "GEEN_GEWICHTEN" }));
  expect(() => verdeel(10, [0, 0])).toThrow(expect.objectContaining({ code: "GEWICHTEN_NUL" }));
  expect(() => verdeel(10, [1, -1])).toThrow("Gewicht 2: -1 is negatief; verwacht 0 of meer.");
  expect(() => verdeel("tien", [1])).toThrow(expect.objectContaining({ code: "GEEN_GETAL" }));
});

const gewichten = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0));

test("property: the parts add up to the total exactly", () => {
  fc.assert(fc.property(fc.nat(1_000_000), gewichten, (totaal, w) => verdeel(totaal, w).aandelen.reduce((a, b) => a + b, 0) === totaal));
});

test("property: each part is its exact share rounded down or up", () => {
  fc.assert(
    fc.property(fc.nat(100_000), gewichten, (totaal, w) => {
      const v = verdeel(totaal, w);
      return v.aandelen.every((a, i) => a === v.exact[i]!.floor().toNumber() || a === v.exact[i]!.floor().toNumber() + 1);
    }),
  );
});

test("property: a larger weight never gets fewer units (order of the weights is respected)", () => {
  fc.assert(
    fc.property(fc.nat(100_000), gewichten, (totaal, w) => {
      const a = verdeel(totaal, w).aandelen;
      return w.every((wi, i) => w.every((wj, j) => !(wi > wj) || a[i]! >= a[j]!));
    }),
  );
});

test("property: deterministic, and the remainder receivers are exactly those rounded up", () => {
  fc.assert(
    fc.property(fc.nat(100_000), gewichten, (totaal, w) => {
      const v = verdeel(totaal, w);
      const opgehoogd = v.aandelen.flatMap((a, i) => (a > v.exact[i]!.floor().toNumber() ? [i] : []));
      return (
        JSON.stringify(verdeel(totaal, w)) === JSON.stringify(v) && [...v.restOntvangers].sort((a, b) => a - b).join() === opgehoogd.join()
      );
    }),
  );
});
