/** schaalVoorbeeld: N synthetic person rows for the benchmark, shaped like the 2023Q2 sample. */
import * as fs from "node:fs";
import * as path from "node:path";
import { Decimal } from "../../src/core";
import { genereerVoorbeeld, type GepubliceerdeTabel1Seed, schaalVoorbeeld, SOORTEN } from "../../src/voorbeeld/generator";

const tabel = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "..", "seeds", "tabel1-2023Q2.json"), "utf8"),
) as GepubliceerdeTabel1Seed;
const basis = genereerVoorbeeld(tabel);

test("N rows of 8 to 36 hours in half hours; per-ministry hours are the exact sums of the rows", () => {
  const v = schaalVoorbeeld(basis, 5000, 7);
  expect(v.personen).toHaveLength(5000);
  expect(new Set(v.personen.map((p) => p.id)).size).toBe(5000);
  for (const p of v.personen) {
    expect(p.urenPerWeek * 2).toBe(Math.round(p.urenPerWeek * 2));
    expect(p.urenPerWeek).toBeGreaterThanOrEqual(8);
    expect(p.urenPerWeek).toBeLessThanOrEqual(36);
  }
  for (const m of v.ministeries) {
    for (const s of SOORTEN) {
      const som = v.personen
        .filter((p) => p.ministerie === m.ministerie && p.soort === s)
        .reduce((a, p) => a.plus(p.urenPerWeek), new Decimal(0));
      expect(som.toNumber()).toBe(m.uren[s]);
    }
  }
  // Soorten the sample has no hours for (AZ inleen) get no rows.
  expect(v.personen.some((p) => p.ministerie === "AZ" && p.soort === "inleen")).toBe(basis.ministeries[0]!.uren.inleen > 0);
});

test("the same seed gives the same rows; fte grow with the hours so percentages stay like the sample's", () => {
  expect(schaalVoorbeeld(basis, 300, 1)).toEqual(schaalVoorbeeld(basis, 300, 1));
  expect(schaalVoorbeeld(basis, 300, 1)).not.toEqual(schaalVoorbeeld(basis, 300, 2));
  const groot = schaalVoorbeeld(basis, 50_000);
  const uren = (ms: typeof basis.ministeries) => ms.reduce((a, m) => a + m.uren.formeel + m.uren.binnenwerk + m.uren.inleen, 0);
  const fte = (ms: typeof basis.ministeries) => ms.reduce((a, m) => a + m.fte, 0);
  expect(uren(groot.ministeries) / fte(groot.ministeries)).toBeCloseTo(uren(basis.ministeries) / fte(basis.ministeries), 2);
});
