import * as fc from "fast-check";
import { banenNaarUren, Decimal, leesPeriode, urenNaarBanen, urenPerBaan } from "../../../src/core";

test("a baan is 25,5 hours a week, 331,5 a quarter, 1.326 a year (domain.md, seed 004)", () => {
  expect(urenPerBaan("week").toString()).toBe("25.5");
  expect(urenPerBaan("kwartaal").toString()).toBe("331.5");
  expect(urenPerBaan("jaar").toString()).toBe("1326");
});

test("hours to banen per period", () => {
  expect(urenNaarBanen(51).toString()).toBe("2");
  expect(urenNaarBanen("331,5", "kwartaal").toString()).toBe("1");
  expect(urenNaarBanen("1.326", "jaar").toString()).toBe("1");
  expect(banenNaarUren(409, "week").toString()).toBe("10429.5");
});

test("periods are read leniently but unknown ones are refused", () => {
  expect(leesPeriode(undefined)).toBe("week");
  expect(leesPeriode(" Kwartaal ")).toBe("kwartaal");
  expect(() => leesPeriode("maand")).toThrow('Periode "maand" is onbekend; verwacht week, kwartaal of jaar.');
  expect(() => urenNaarBanen(-1)).toThrow(expect.objectContaining({ code: "NEGATIEF" }));
});

test("property: hours → banen → hours round-trips exactly for decimal hours", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 100_000_000 }),
      fc.constantFrom("week" as const, "kwartaal" as const, "jaar" as const),
      (centiUren, periode) => {
        const uren = new Decimal(centiUren).dividedBy(100);
        const terug = banenNaarUren(urenNaarBanen(uren, periode), periode);
        // one division at 50 significant digits: equal to far below a cent
        return terug.minus(uren).abs().lessThan("1e-40");
      },
    ),
  );
});

test("property: banen → hours → banen round-trips", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), (milliBanen) => {
      const banen = new Decimal(milliBanen).dividedBy(1000);
      return urenNaarBanen(banenNaarUren(banen)).minus(banen).abs().lessThan("1e-40");
    }),
  );
});
