/**
 * The layers hold because the linter checks them (eslint-lagen.mjs, docs/architectuur.md): a core
 * file that imports node:fs or the CLI fails the lint, and so does an import cycle; a clean core file
 * passes. ESLint runs as the project runs it (its CLI, eslint.config.mjs), on a file given on stdin
 * under a path in src/core, so nothing is written into the source tree.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const WORTEL = path.resolve(__dirname, "..", "..");
const ESLINT = path.join(WORTEL, "node_modules", "eslint", "bin", "eslint.js");

interface Melding {
  ruleId: string | null;
  message: string;
  severity: number;
}

/** Lints `tekst` as if it were the file `bestand` (relative to the project root); the messages. */
function lint(bestand: string, tekst: string): Melding[] {
  let uit: string;
  try {
    uit = execFileSync(process.execPath, [ESLINT, "--format", "json", "--stdin", "--stdin-filename", bestand], {
      cwd: WORTEL,
      input: tekst,
      encoding: "utf8",
    });
  } catch (e) {
    // Exit code 1: lint errors; the report is still on stdout.
    uit = (e as { stdout: string }).stdout;
  }
  const [resultaat] = JSON.parse(uit) as Array<{ messages: Melding[] }>;
  return resultaat!.messages;
}

const fouten = (meldingen: Melding[]) => meldingen.filter((m) => m.severity === 2);
const regels = (meldingen: Melding[]) => fouten(meldingen).map((m) => m.ruleId);

jest.setTimeout(120_000);

test("a core file that imports node:fs fails the lint", () => {
  const meldingen = lint("src/core/tijdelijk.ts", 'import * as fs from "node:fs";\n\nexport const x = fs.existsSync("a");\n');
  expect(regels(meldingen)).toEqual(["lagen/grenzen"]);
  expect(fouten(meldingen)[0]!.message).toContain("node:fs");
});

test("a core file that imports the CLI fails the lint", () => {
  const meldingen = lint("src/core/regels/tijdelijk.ts", 'import { main } from "../../cli/main";\n\nexport const x = main;\n');
  expect(regels(meldingen)).toEqual(["lagen/grenzen"]);
  expect(fouten(meldingen)[0]!.message).toContain("core mag cli niet importeren");
});

test("the CLI may not import the pane, the sample generator may not import the CLI", () => {
  expect(regels(lint("src/cli/tijdelijk.ts", 'export { maakUitvoerPlan } from "../taskpane/uitvoer-plan";\n'))).toEqual(["lagen/grenzen"]);
  expect(regels(lint("src/voorbeeld/tijdelijk.ts", 'export { csvTekst } from "../cli/csv";\n'))).toEqual(["lagen/grenzen"]);
});

test("an import cycle fails the lint", () => {
  // regels.ts is imported (through the barrel) by doel.ts; a regels file importing doel closes a ring.
  const meldingen = lint("src/core/regels/regels.ts", 'export { doel } from "./doel";\n');
  expect(regels(meldingen)).toEqual(["lagen/geen-kringen"]);
  expect(fouten(meldingen)[0]!.message).toContain("src/core/regels/doel.ts");
});

test("a clean core file passes", () => {
  const tekst =
    'import { Decimal } from "decimal.js";\nimport { BanenFout } from "../basis/fouten";\n\nexport const x = new Decimal(1);\nexport type Y = BanenFout;\n';
  expect(fouten(lint("src/core/regels/tijdelijk.ts", tekst))).toEqual([]);
});
