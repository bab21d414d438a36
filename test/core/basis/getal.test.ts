import * as fc from "fast-check";
import { BanenFout, formatteerGetal, leesFractie, leesGeheel, leesGetal, leesJaar, leesNietNegatief } from "../../../src/core";

describe("leesGetal: numbers as Dutch users type them", () => {
  test.each([
    ["1.399", "1399"],
    ["10.491", "10491"],
    ["2,76", "2.76"],
    ["1.399,5", "1399.5"],
    ["2,76%", "0.0276"],
    [" 1 399,5 ", "1399.5"],
    ["1\u00a0399", "1399"],
    ["10491.25", "10491.25"],
    ["-3,5", "-3.5"],
    ["+7", "7"],
    [",5", "0.5"],
    [".5", "0.5"],
    [408.5, "408.5"],
  ])("%p → %s", (invoer, verwacht) => {
    expect(leesGetal(invoer).toString()).toBe(verwacht);
  });

  test.each(["abc", "1,2,3", "1.2.3,4", "12.34,5", "%", "1e5", "0x10", "2,76 %%"])("%p is no number", (invoer) => {
    expect(() => leesGetal(invoer, { cel: "B2" })).toThrow(BanenFout);
    try {
      leesGetal(invoer, { cel: "B2" });
    } catch (e) {
      expect((e as BanenFout).code).toBe("GEEN_GETAL");
      expect((e as BanenFout).message).toContain("B2");
      expect((e as BanenFout).message).toContain("verwacht een getal");
    }
  });

  test("empty, NaN, Infinity, booleans and objects are errors with a code", () => {
    expect(() => leesGetal("")).toThrow(expect.objectContaining({ code: "LEEG" }));
    expect(() => leesGetal(null)).toThrow(expect.objectContaining({ code: "LEEG" }));
    expect(() => leesGetal(NaN)).toThrow(expect.objectContaining({ code: "NIET_EINDIG" }));
    expect(() => leesGetal(Infinity)).toThrow(expect.objectContaining({ code: "NIET_EINDIG" }));
    expect(() => leesGetal(true)).toThrow(expect.objectContaining({ code: "GEEN_GETAL" }));
    expect(() => leesGetal({})).toThrow(expect.objectContaining({ code: "GEEN_GETAL" }));
  });

  test("negative, fractional and out-of-range values are refused where they make no sense", () => {
    expect(() => leesNietNegatief("-1", { veld: "fte" })).toThrow("Fte: -1 is negatief; verwacht 0 of meer.");
    expect(leesNietNegatief(-0).isNegative()).toBe(false);
    expect(() => leesGeheel("2,5")).toThrow(expect.objectContaining({ code: "GEEN_GEHEEL_GETAL" }));
    expect(() => leesFractie("120%")).toThrow(expect.objectContaining({ code: "ONGELDIG_PERCENTAGE" }));
    expect(leesFractie("2,76%").toString()).toBe("0.0276");
    expect(leesJaar("2023")).toBe(2023);
    expect(() => leesJaar("twintig")).toThrow(expect.objectContaining({ code: "ONGELDIG_JAAR" }));
    expect(() => leesJaar(2023.5)).toThrow(expect.objectContaining({ code: "ONGELDIG_JAAR" }));
  });

  test("formatteerGetal writes Dutch notation and round-trips through leesGetal", () => {
    expect(formatteerGetal(1399.5)).toBe("1.399,5");
    expect(formatteerGetal("408.7787", 2)).toBe("408,78");
    expect(formatteerGetal(-1234567)).toBe("-1.234.567");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9999 }), (geheel, fractie) => {
        const waarde = `${geheel}.${String(fractie).padStart(4, "0")}`;
        return leesGetal(formatteerGetal(waarde)).equals(waarde);
      }),
    );
  });
});
