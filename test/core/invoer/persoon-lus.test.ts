/**
 * The person-row pass's loop (invoer/persoon-lus.ts) and its full check per
 * row (persoon-rijen.ts) together: for random person lists — plain and
 * unusual hours (whole, halves, more decimals, text), ids ascending,
 * shuffled, as numbers, repeated or absent, names and soorten with spaces
 * around them, rows that do not count — every sum equals the Decimal sum of
 * its rows, and repeated ids are reported.
 */
import fc from "fast-check";
import { Decimal, leesInvoer, type Raster } from "../../../src/core";
import { csvRaster } from "../voorbeeld-raster";

const FTE = csvRaster("fte-2023Q1.csv");
const NAMEN = ["AZ", "BZ", "BZK", "Fin", "VWS", "JenV (excl. RS)", " Fin", "Rechtspraak"];
const SOORTEN: Array<[string, "formeel" | "binnenwerk" | "inleen" | null]> = [
  ["formeel", "formeel"],
  ["Binnenwerk", "binnenwerk"],
  ["inleen", "inleen"],
  [" uitzendkracht", "inleen"],
  ["SROI", null],
];
const DELEN = ["formeel", "binnenwerk", "inleen"] as const;

const urenCel = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
  fc.integer({ min: 0, max: 90_000 }).map((h) => h / 1000), // more than two decimals: added aside, exactly
  fc.integer({ min: 0, max: 80 }).map((h) => `${h / 2}`.replace(".", ",")), // a text number
);

const rij = fc.record({
  naam: fc.constantFrom(...NAMEN),
  soort: fc.constantFrom(...SOORTEN.map(([s]) => s)),
  uren: urenCel,
  periode: fc.constantFrom("week", " week", null, "per week"),
  register: fc.constantFrom("ja", "ja", "J", "nee", null),
});

type Idsoort = "oplopend" | "geschud" | "getal" | "herhaald" | "geen";

type Rij = { naam: string; soort: string; uren: number | string; periode: string | null; register: string | null };

/** With `extra`: a periode column (always a week, written in several ways) and a register column. */
function raster(rijen: Rij[], ids: Idsoort, zaad: number, extra = false): Raster {
  const id = (i: number): string | number => {
    if (ids === "getal") return 1000 + i;
    if (ids === "geschud") return `P${(i * 7919 + zaad) % 100_003}`;
    if (ids === "herhaald") return `P${String(i % Math.max(1, rijen.length - 2)).padStart(4, "0")}`;
    return `P${String(i).padStart(5, "0")}`;
  };
  const metId = ids !== "geen";
  return {
    blad: "Personen",
    rijIndex: 0,
    kolomIndex: 0,
    koppen: [...(metId ? ["id"] : []), "ministerie", "soort dienstverband", "uren", ...(extra ? ["periode", "doelgroepregister"] : [])],
    rijen: rijen.map((r, i) => [...(metId ? [id(i)] : []), r.naam, r.soort, r.uren, ...(extra ? [r.periode, r.register] : [])]),
  };
}

const waarde = (u: number | string) => new Decimal(typeof u === "number" ? u : u.replace(",", "."));

describe("de lus van de persoonsrijen", () => {
  test("elke som is de exacte som van haar rijen; herhaalde ids worden gemeld", () => {
    fc.assert(
      fc.property(
        fc.array(rij, { minLength: 1, maxLength: 120 }),
        fc.constantFrom<Idsoort>("oplopend", "geschud", "getal", "herhaald", "geen"),
        fc.nat(1000),
        fc.boolean(),
        (rijen, ids, zaad, extra) => {
          const hoofd = raster(rijen, ids, zaad, extra);
          const g = leesInvoer({
            kwartaal: "2023Q2",
            hoofd,
            fte: FTE,
            bevestigd: ["DUBBELE_ID", "DUBBELE_RIJEN", "UREN_BOVEN_VOLTIJD"],
          });
          if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
          const verwacht = new Map<string, Decimal>();
          for (const r of rijen) {
            const deel = SOORTEN.find(([s]) => s === r.soort)![1];
            if (!deel || (extra && !["ja", "J"].includes(r.register ?? ""))) continue;
            const k = `${r.naam.trim()}|${deel}`;
            verwacht.set(k, (verwacht.get(k) ?? new Decimal(0)).plus(waarde(r.uren)));
          }
          for (const m of g.invoer.ministeries) {
            for (const deel of DELEN) {
              const h: unknown = m[deel];
              const gekregen = new Decimal(
                (h !== null && typeof h === "object" && "uren" in h ? h.uren : (h ?? 0)) as Decimal | number | string,
              );
              const som = verwacht.get(`${m.ministerie}|${deel}`) ?? new Decimal(0);
              expect([m.ministerie, deel, gekregen.toString()]).toEqual([m.ministerie, deel, som.toString()]);
            }
          }
          const codes = g.verslagen[0]!.waarschuwingen.map((w) => w.code);
          const idKolom = ids === "geen" ? [] : hoofd.rijen.map((r) => r[0]);
          expect(g.verslagen[0]!.kolommen.map((k) => k.veld)).toEqual([
            ...(ids === "geen" ? [] : ["id"]),
            "ministerie",
            "soort",
            "uren",
            ...(extra ? ["periode", "register"] : []),
          ]);
          const herhaald = new Set(idKolom).size < idKolom.length;
          expect(codes.includes("DUBBELE_ID")).toBe(herhaald);
        },
      ),
      { numRuns: 150 },
    );
  });
});
