/** ExacteSom (invoer-optelling.ts): adding plain numbers as hundredths gives the Decimal sum, digit for digit. */
import fc from "fast-check";
import { Decimal, NUL } from "../../../src/core/basis/decimaal";
import { ExacteSom } from "../../../src/core/invoer/optelling";

const getal = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((k) => k / 2),
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 100),
  fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
  fc.double({ min: 1e-6, max: 1e20, noNaN: true }),
  fc.constantFrom(0.1, 0.07, 0.07000000000000001, 2 ** 40 / 100, 1e15, 2 ** 53, 9007199254740.99, -0),
  fc.integer({ min: 0, max: 2 ** 40 }).map((k) => k / 100),
);

test("ExacteSom equals the Decimal sum of the same numbers, digit for digit", () => {
  fc.assert(
    fc.property(fc.array(getal, { maxLength: 200 }), (xs) => {
      const s = new ExacteSom();
      let d = NUL;
      for (const x of xs) {
        s.tel(x);
        d = d.plus(new Decimal(x));
      }
      expect(s.waarde().toString()).toBe(d.toString());
    }),
    { numRuns: 3000, seed: 42 },
  );
});

test("many large values: flushed before 2^53, still exact", () => {
  const s = new ExacteSom();
  let d = NUL;
  for (let i = 0; i < 5000; i++) {
    const x = (2 ** 40 - 1 - i) / 100;
    s.tel(x);
    d = d.plus(new Decimal(x));
  }
  expect(s.waarde().toString()).toBe(d.toString());
});
