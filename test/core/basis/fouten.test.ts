/** The shared error collector: every problem is kept, nested lists are opened up, bugs are not swallowed. */
import { BanenFout, foutenVerzamelaar, losseFouten } from "../../../src/core/basis/fouten";

const negatief = new BanenFout("NEGATIEF", { waarde: "-1" }, { rij: 3, kolom: "fte" });
const leeg = new BanenFout("LEEG", {}, { rij: 4, kolom: "uren" });
const lijst = new BanenFout("ONGELDIGE_INVOER", { aantal: 2 }, {}, [
  negatief,
  new BanenFout("ONGELDIGE_INVOER", { aantal: 1 }, {}, [leeg]),
]);

test("losseFouten opens ONGELDIGE_INVOER, also nested, and keeps single errors", () => {
  expect(losseFouten(lijst)).toEqual([negatief, leeg]);
  expect(losseFouten(negatief)).toEqual([negatief]);
  const zonderLijst = new BanenFout("ONGELDIGE_INVOER", { aantal: 0 });
  expect(losseFouten(zonderLijst)).toEqual([zonderLijst]);
});

test("losseFouten throws anything that is not a BanenFout on (a bug is not an input problem)", () => {
  const bug = new TypeError("kapot");
  expect(() => losseFouten(bug)).toThrow(bug);
});

test("foutenVerzamelaar keeps going: values of what worked, every problem of what did not", () => {
  const { fouten, probeer } = foutenVerzamelaar();
  expect(probeer(() => 7)).toBe(7);
  expect(
    probeer(() => {
      throw negatief;
    }),
  ).toBeUndefined();
  expect(
    probeer(() => {
      throw lijst;
    }),
  ).toBeUndefined();
  expect(fouten).toEqual([negatief, negatief, leeg]);
  expect(() =>
    probeer(() => {
      throw new RangeError("bug");
    }),
  ).toThrow(RangeError);
});
