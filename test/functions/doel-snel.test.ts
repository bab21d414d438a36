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
    ["485", 2023],
    [485, 1999],
    [485, 2023.5],
    [Infinity, 2023],
    [NaN, 2023],
  ] as const) {
    expect(doelSnel(fte, jaar)).toBeUndefined();
  }
});

test("equal at the edges of a double's decimals: tiny, huge, 15 to 17 significant digits, and -0", () => {
  for (const fte of [1e-9, 1e-7, 5e-324, 0.1 + 0.2, 1 / 3, 2 / 3, 123456.789012345, 9007199254740991, 2 ** 53 + 2, 1e15 + 0.5, 0, -0]) {
    for (const jaar of jaren) {
      const snel = doelSnel(fte, jaar);
      if (snel !== undefined) expect(snel).toBe(doel(fte, jaar).toNumber());
    }
  }
  expect(doelSnel(1e-9, 2023)).toBe(doel(1e-9, 2023).toNumber()); // String(1e-9) is "1e-9": still its decimal
});

test("a range with one year: each cell as the single-cell call gives it, errors per cell", () => {
  const fout = { code: "#N/A" };
  const bereik = [
    [10491, 0.1],
    [-5, "1.399,5"],
    [null, 1 / 3],
    [Infinity, fout],
    ["", 1e-9],
  ];
  const uit = doelFunctie(bereik, [[2023]]);
  expect(uit).toHaveLength(bereik.length);
  bereik.forEach((rij, r) => rij.forEach((cel, k) => expect(uit[r]![k]).toEqual(doelFunctie([[cel]], [[2023]])[0]![0])));
  expect(uit[0]![0]).toBe(doel(10491, 2023).toNumber());
  expect(doelFunctie([[1], [2]], [[2023], [2024]])).toEqual([[doel(1, 2023).toNumber()], [doel(2, 2024).toNumber()]]);
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
