/**
 * functions.json is generated from the JSDoc (custom-functions-metadata, the
 * package the webpack plugin runs); this pins what Excel will show: every
 * BANEN.* function with its parameters, optional flags and result type.
 * (test/manifest checks that the build's dist/functions.json is this same file.)
 */
import { genereer, type FunctieMetadata, type Metadata } from "./hyperformula-brug";

let metadata: Metadata;
beforeAll(async () => {
  ({ metadata } = await genereer());
});

function functie(id: string): FunctieMetadata {
  const f = metadata.functions.find((x) => x.id === id);
  if (!f) throw new Error(`functions.json mist ${id}`);
  return f;
}

/** [name, optional] per parameter; every parameter takes a range ("matrix") unless said otherwise. */
const VERWACHT: Record<string, [string, boolean, ("matrix" | "scalar")?][]> = {
  DOEL: [
    ["fte", false],
    ["jaar", false],
    ["uren_per_fte", true],
    ["quotumpercentage", true],
  ],
  UREN_NAAR_BANEN: [
    ["uren", false],
    ["periode", true],
  ],
  BANEN_NAAR_UREN: [
    ["banen", false],
    ["periode", true],
  ],
  QUOTUMPERCENTAGE: [["jaar", false]],
  QUOTUMBRON: [["jaar", false, "scalar"]],
  REALISATIE: [
    ["formeel", false],
    ["binnenwerk", false],
    ["inleen", false],
  ],
  REALISATIE_PERCENTAGE: [
    ["gerealiseerd", false],
    ["doel", false],
  ],
  TEKORT: [
    ["doel", false],
    ["gerealiseerd", false],
  ],
  INLEEN: [
    ["uren_of_banen", false],
    ["jaar_of_verdeelsleutel", false],
  ],
  VERDEEL: [
    ["totaal", false, "scalar"],
    ["gewichten", false],
  ],
  // Centrale financiering (src/functions/financiering.ts).
  FINANCIERING: [
    ["tekort", false],
    ["kosten_per_baan", false],
    ["afronding", true],
  ],
  BANEN_UIT_BUDGET: [
    ["budget", false],
    ["kosten_per_baan", false],
  ],
  BUDGET_SALDO: [
    ["budget", false],
    ["banen", false],
    ["kosten_per_baan", false],
  ],
  VERDEEL_PLAFOND: [
    ["plafond", false, "scalar"],
    ["tekorten", false],
    ["afronding", true, "scalar"],
  ],
  // Issue 19: the division of Binnenwerk's capacity the user chooses, and the effect on Tabel 1.
  VERDEEL_CAPACITEIT: [
    ["plafond", false, "scalar"],
    ["gevraagd", false],
    ["verdeling", false, "scalar"],
    ["tekorten", true],
    ["afronding", true, "scalar"],
  ],
  PROJECTIE_REALISATIE: [
    ["gerealiseerd", false],
    ["doel", false],
    ["gefinancierd", false],
  ],
};

test("every function in functions.json is pinned above (a new one is added here on purpose)", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(VERWACHT).sort());
});

test.each(Object.entries(VERWACHT))("BANEN.%s: parameters, optional flags, types and result", (id, parameters) => {
  const f = functie(id);
  expect(f.name).toBe(id);
  expect(f.parameters).toEqual(
    parameters.map(([name, optional, dimensionality = "matrix"]) => ({
      name,
      description: expect.any(String),
      type: "any", // Excel passes text and empty cells through; the adapter reads them (see adapter.ts)
      ...(dimensionality === "matrix" ? { dimensionality } : {}),
      ...(optional ? { optional: true } : {}),
    })),
  );
  // Numbers, one per input cell (a range in gives a range out; VERDEEL spills); QUOTUMBRON is one text.
  expect(f.result).toEqual(id === "QUOTUMBRON" ? { type: "string" } : { type: "number", dimensionality: "matrix" });
});

test("every function, also ones added later (centrale financiering), is fully described in Dutch", () => {
  for (const f of metadata.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.description.length).toBeLessThanOrEqual(255);
    for (const p of f.parameters) expect(p.description).toEqual(expect.stringMatching(/\S{3}/));
    // Optional parameters only at the end, as Excel requires.
    const eersteOptioneel = f.parameters.findIndex((p) => p.optional);
    if (eersteOptioneel >= 0) expect(f.parameters.slice(eersteOptioneel).every((p) => p.optional)).toBe(true);
  }
  expect(new Set(metadata.functions.map((f) => f.id)).size).toBe(metadata.functions.length);
});

test("functions that return a percentage say it is a fraction to format as %", () => {
  for (const id of ["QUOTUMPERCENTAGE", "REALISATIE_PERCENTAGE", "PROJECTIE_REALISATIE"]) {
    expect(functie(id).description).toMatch(/fractie/);
    expect(functie(id).description).toMatch(/percentage/);
  }
});

test("the defaults the issue asks for are in the parameter help: 36 hours (Rijk), 25,5 = no conversion, week", () => {
  const uren = functie("DOEL").parameters.find((p) => p.name === "uren_per_fte")!;
  expect(uren.description).toMatch(/36/);
  expect(uren.description).toMatch(/25,5/);
  expect(functie("UREN_NAAR_BANEN").parameters[1]!.description).toMatch(/week.*kwartaal.*jaar/);
});
