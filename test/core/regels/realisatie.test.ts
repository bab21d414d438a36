import * as fc from "fast-check";
import { realisatie, realisatiePercentage, tekort } from "../../../src/core";

test("realisatie = formeel + Binnenwerk + inleen (Tabel 1 2023Q2, Fin: 946 + 17 + 256 = 1.219)", () => {
  expect(realisatie({ formeel: 946, binnenwerk: 17, inleen: 256 }).toNumber()).toBe(1219);
});

test("realisatiepercentage and tekort (Totaal Rijk 2023Q2: 4.175 of 5.591 = 74,7 %)", () => {
  expect(realisatiePercentage(4175, 5591).toFixed(4)).toBe("0.7467");
  expect(tekort(5591, 4175).toNumber()).toBe(1416);
  expect(tekort(183, 212).toNumber()).toBe(0); // SZW is above its doel: no tekort
  expect(() => realisatiePercentage(10, 0)).toThrow(expect.objectContaining({ code: "DOEL_NUL" }));
  expect(() => realisatie({ formeel: -1, binnenwerk: 0, inleen: 0 })).toThrow("Formeel: -1 is negatief; verwacht 0 of meer.");
});

test("property: tekort is never below 0 and tekort + gerealiseerd ≥ doel", () => {
  fc.assert(
    fc.property(fc.nat(1e9), fc.nat(1e9), (d, r) => {
      const t = tekort(d, r);
      return !t.isNegative() && t.plus(r).greaterThanOrEqualTo(d);
    }),
  );
});
