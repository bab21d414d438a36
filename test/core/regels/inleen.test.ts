/** Golden test: the verdeelsleutel reproduces the national 2021 inleen figures of seed 004. */
import { inleenAandeel, verdeelsleutelOverheid } from "../../../src/core";

test("published keys: nulmeting 24,0 %, 2020 33,7 %, 2021 32 % government share", () => {
  expect(verdeelsleutelOverheid("nulmeting").toString()).toBe("0.24");
  expect(verdeelsleutelOverheid(2020).toString()).toBe("0.337");
  expect(verdeelsleutelOverheid("2021").toString()).toBe("0.32");
  expect(() => verdeelsleutelOverheid(2019)).toThrow(expect.objectContaining({ code: "ONBEKEND_INLEENMOMENT" }));
});

test("seed 004 Tabel 1: extra inleen banen overheid 4.748 and markt 1.039 follow from the keys", () => {
  // 41.993 inleen banen end 2021 at 32 %, minus 36.206 at the nulmeting at 24,0 % (seed 004, lines 181-191)
  const overheid = inleenAandeel(41993, 2021).minus(inleenAandeel(36206, "nulmeting"));
  expect(overheid.toFixed(2)).toBe("4748.32");
  expect(overheid.toDecimalPlaces(0).toNumber()).toBe(4748);
  const markt = inleenAandeel(41993, { overheid: "68%" }).minus(inleenAandeel(36206, { overheid: "76%" }));
  expect(markt.toDecimalPlaces(0).toNumber()).toBe(1039);
});

test("a key given by the user must be a fraction between 0 and 1", () => {
  expect(inleenAandeel(100, { overheid: "32%" }).toNumber()).toBe(32);
  expect(() => inleenAandeel(100, { overheid: 1.5 })).toThrow(expect.objectContaining({ code: "ONGELDIG_PERCENTAGE" }));
  expect(() => inleenAandeel(-5, 2021)).toThrow(expect.objectContaining({ code: "NEGATIEF" }));
});
