/**
 * Fuzzing every BANEN.* custom function as Excel runs it: the BUILT
 * dist/functions.js in its own context, the functions taken from what it
 * registers with CustomFunctions.associate and checked against the ids in
 * dist/functions.json (so a new function is fuzzed without touching this
 * file). Arguments of every kind Excel can pass, and some it cannot: numbers
 * (NaN, ±Infinity, -0, 1e308, denormals), texts (Dutch numbers, garbage,
 * 100.000 characters), booleans, empty, error values, and ranges of uneven
 * shapes for the range parameters.
 *
 * Every call gives a finite number, an Excel error value, or a range of those
 * — never a throw, NaN or Infinity.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import fc from "fast-check";
import { GROTE_CELLEN, foutwaarde, getalTekst, tekst, vreemdGetal } from "./generatoren";
import { controleer as fuzz, meld, opties, tijd } from "./instellingen";

const DIST = path.resolve(__dirname, "..", "..", "dist");

interface ParameterMeta {
  name: string;
  dimensionality?: "matrix" | "scalar";
  optional?: boolean;
}
interface FunctieMeta {
  id: string;
  parameters: ParameterMeta[];
}

/** The CustomFunctions runtime Excel provides: an error class and its codes, and associate. */
class ExcelFout extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

const functies = new Map<string, (...args: unknown[]) => unknown>();
let metadata: FunctieMeta[] = [];

beforeAll(() => {
  for (const bestand of ["functions.js", "functions.json"]) {
    if (!fs.existsSync(path.join(DIST, bestand)))
      throw new Error(`dist/${bestand} ontbreekt: bouw eerst met \`npm run build\` (npm test doet dat vóór jest).`);
  }
  metadata = (JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: FunctieMeta[] }).functions;
  const CustomFunctions = {
    associate: (id: string, f: (...args: unknown[]) => unknown) => functies.set(id, f),
    Error: ExcelFout,
    ErrorCode: ERROR_CODE,
  };
  // The bundle in a context of its own, as in the shared runtime: only what it may use.
  const context = vm.createContext({ CustomFunctions, console, setTimeout, clearTimeout });
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
});

test("every function in functions.json is registered by functions.js, and nothing else", () => {
  expect([...functies.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  expect(metadata.length).toBeGreaterThanOrEqual(13);
});

const foutObject = fc.constantFrom(...Object.values(ERROR_CODE)).map((code) => new ExcelFout(code));

/** A single value as Excel can hand it to a function (and a few it cannot). */
const waarde: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: vreemdGetal },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      2023,
      2024,
      1990,
      2200,
      0.0276,
      "2,76%",
      "2023",
      "week",
      "kwartaal",
      "jaar",
      "omhoog",
      "omlaag",
      "nulmeting",
      "32%",
      "€ 45.000,00",
    ),
  },
  { weight: 3, arbitrary: getalTekst },
  { weight: 2, arbitrary: tekst },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, "", " ") },
  { weight: 2, arbitrary: foutObject },
  { weight: 1, arbitrary: foutwaarde },
  { weight: 1, arbitrary: fc.constantFrom(...GROTE_CELLEN.slice(0, 3)) },
);

/** A range: rows of uneven length, empty, one cell, or a cell that is itself a list (no Excel value, but no throw either). */
const bereik: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.array(waarde, { maxLength: 4 }), { maxLength: 5 }) },
  { weight: 3, arbitrary: waarde.map((w) => [[w]]) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[], []]) },
  { weight: 1, arbitrary: fc.array(fc.oneof(waarde, fc.array(waarde, { maxLength: 2 })), { maxLength: 3 }).map((rij) => [rij]) },
  { weight: 1, arbitrary: waarde },
);

function argumenten(f: FunctieMeta): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...f.parameters.map((p) => {
      const a = p.dimensionality === "matrix" ? bereik : waarde;
      return p.optional ? fc.oneof(a, fc.constant(undefined)) : a;
    }),
  );
}

/**
 * What Excel may get back: a finite number (a text for a function whose
 * metadata result type is "string", such as QUOTUMBRON), an error value, or rows of those.
 * (A range shaped like its input may be ragged when the input was; Excel
 * itself only passes rectangular ranges.)
 */
function beoordeel(uitkomst: unknown, tekst = false): string | null {
  const cel = (w: unknown) =>
    (typeof w === "number" && Number.isFinite(w)) || w instanceof ExcelFout || (tekst && typeof w === "string" && w !== "");
  if (cel(uitkomst)) return null;
  if (!Array.isArray(uitkomst) || uitkomst.length === 0) return `geen getal, fout of bereik: ${String(uitkomst)}`;
  for (const rij of uitkomst) {
    if (!Array.isArray(rij)) return `een rij is geen lijst: ${String(rij)}`;
    for (let k = 0; k < rij.length; k++) if (!cel(rij[k])) return `een cel is ${String(rij[k])}`;
  }
  return null;
}

test(
  "every BANEN.* function: a finite number, an error value or a range of those; never a throw, NaN or Infinity",
  async () => {
    const begin = Date.now();
    const n = opties<unknown>(1200, 1).numRuns!;
    const aanroep = fc.constantFrom(...metadata).chain((f) => fc.record({ f: fc.constant(f), args: argumenten(f) }));
    await fuzz(
      fc.property(aanroep, ({ f, args }) => {
        let uitkomst: unknown;
        try {
          uitkomst = functies.get(f.id)!(...args);
        } catch (e) {
          throw new Error(`BANEN.${f.id} gooit ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
        }
        const fout = beoordeel(uitkomst, (f as { result?: { type?: string } }).result?.type === "string");
        if (fout) throw new Error(`BANEN.${f.id}: ${fout}`);
      }),
      opties(1200, 1),
    );
    meld("functies", n, Date.now() - begin);
  },
  tijd(60_000),
);
