/**
 * The fast path of =BANEN.DOEL(A1;2023) gives digit for digit the core's
 * number (doel(...).toNumber(), Decimal with 50 digits), for every year with a
 * published percentage; any other call takes the general path, errors included.
 */
import fc from "fast-check";
import { bekendeQuotumjaren, doel } from "../../src/core";
import { doelSnel } from "../../src/functions/doel-snel";
import { doelFunctie } from "../../src/functions/functions";

const jaren = bekendeQuotumjaren();

test("equal to the core for fte with 0 to 4 decimals, up to a million, in every known year", () => {
  expect(jaren.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...jaren), (m, s, jaar) => {
      const fte = m / 10 ** s;
      const snel = doelSnel(fte, jaar);
      expect(snel).toBe(doel(fte, jaar).toNumber());
    }),
    { numRuns: 20_000 },
  );
});

test("equal for doubles of any shape it accepts; undefined where the general path must decide", () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(...jaren), (fte, jaar) => {
      const snel = doelSnel(fte, jaar);
      if (snel !== undefined) expect(snel).toBe(doel(fte, jaar).toNumber());
    }),
    { numRuns: 20_000 },
  );
  for (const [fte, jaar] of [
    [-1, 2023],
    [1e-9, 2023],
    ["485", 2023],
    [485, 1999],
    [485, 2023.5],
    [Infinity, 2023],
    [NaN, 2023],
  ] as const) {
    expect(doelSnel(fte, jaar)).toBeUndefined();
  }
});

test("the custom function: the fast path only for one cell without options; ranges, options and errors as before", () => {
  expect(doelFunctie([[10491]], [[2023]])).toEqual([[doel(10491, 2023).toNumber()]]);
  expect(doelFunctie([[10491]], [[2023]], [[null]], undefined)).toEqual([[doel(10491, 2023).toNumber()]]);
  expect(doelFunctie([[10491]], [[2023]], [[25.5]])).toEqual([[doel(10491, 2023, { urenPerFte: 25.5 }).toNumber()]]);
  expect(doelFunctie([[1], [2]], [[2023]])).toEqual([[doel(1, 2023).toNumber()], [doel(2, 2023).toNumber()]]);
  const fout = doelFunctie([[-5]], [[2023]])[0]![0] as unknown as { message?: string };
  expect(fout).not.toEqual(expect.any(Number)); // an Excel error value with the Dutch message (adapter.ts)
  expect(fout.message).toMatch(/negatief/);
});
