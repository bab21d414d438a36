// The project's layers, enforced by the linter (issue 13); docs/architectuur.md explains them.
//
// lagen/grenzen: which layer may import which. A layer is a folder; an import is resolved against
// the importing file's path (relative imports) or read as a package name (everything else).
//   core       imports only core and decimal.js (pure: no node:*, no Office, no other layer)
//   io         core, io and packages (the workbook building blocks the CLI and the sample share)
//   cli        core, io, cli and packages
//   functions  core, functions and packages
//   taskpane   core, taskpane and packages
//   commands   core, commands and packages
//   voorbeeld  core, io, voorbeeld and packages (no CLI internals)
//   emulatie   core, emulatie and packages (the Excel emulation the tests and the benchmark share)
//   bench      anything but cli and test (it measures the built CLI by running it)
//   test, scripts: anything
//
// lagen/geen-kringen: no import cycle among the project's own modules (type imports count too:
// a cycle of types is still two modules that cannot be understood one without the other).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const WORTEL = path.dirname(fileURLToPath(import.meta.url));

/** Layer → the layers it may import; `pakketten`: which packages (true: any; a list: only those). */
const LAGEN = {
  core: { mag: ["core"], pakketten: ["decimal.js"] },
  io: { mag: ["core", "io"], pakketten: true },
  cli: { mag: ["core", "io", "cli"], pakketten: true },
  functions: { mag: ["core", "functions"], pakketten: true },
  taskpane: { mag: ["core", "taskpane"], pakketten: true },
  commands: { mag: ["core", "commands"], pakketten: true },
  voorbeeld: { mag: ["core", "io", "voorbeeld"], pakketten: true },
  emulatie: { mag: ["core", "emulatie"], pakketten: true },
  bench: { mag: ["core", "io", "functions", "taskpane", "voorbeeld", "emulatie", "bench"], pakketten: true },
};

/** The layer of a file (absolute path), or null outside the layered folders (test, scripts, config). */
export function laagVan(bestand) {
  const rel = path.relative(WORTEL, bestand).split(path.sep);
  if (rel[0] === "src" && rel.length >= 2) return rel[1] in LAGEN ? rel[1] : null;
  if (rel.length > 1 && (rel[0] === "bench" || rel[0] === "emulatie")) return rel[0];
  if (rel[0] === "test") return "test";
  return null;
}

function pakketNaam(specificatie) {
  const delen = specificatie.split("/");
  return specificatie.startsWith("@") ? delen.slice(0, 2).join("/") : delen[0];
}

/** Every import specifier in a source text: import/export … from, import(), require(), import "x". */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(["'])([^"'\n]+)\1/gm;

function bronbestand(basis) {
  for (const kandidaat of [basis, `${basis}.ts`, `${basis}.js`, path.join(basis, "index.ts"), path.join(basis, "index.js")]) {
    try {
      if (fs.statSync(kandidaat).isFile()) return kandidaat;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The project files a file imports (relative imports that resolve to a file), read from disk once per mtime. */
const graaf = new Map();
function importsVan(bestand) {
  let stat;
  try {
    stat = fs.statSync(bestand);
  } catch {
    return [];
  }
  const bekend = graaf.get(bestand);
  if (bekend && bekend.mtime === stat.mtimeMs) return bekend.doelen;
  const tekst = fs.readFileSync(bestand, "utf8");
  const doelen = [];
  for (const m of tekst.matchAll(IMPORT)) {
    if (!m[2].startsWith(".")) continue;
    const doel = bronbestand(path.resolve(path.dirname(bestand), m[2]));
    if (doel) doelen.push(doel);
  }
  graaf.set(bestand, { mtime: stat.mtimeMs, doelen });
  return doelen;
}

/** A path of imports from `van` back to `naar`, or null. */
function padNaar(van, naar) {
  const gezien = new Set();
  const stapel = [[van, [van]]];
  while (stapel.length > 0) {
    const [bestand, pad] = stapel.pop();
    for (const doel of importsVan(bestand)) {
      if (doel === naar) return pad;
      if (!gezien.has(doel)) {
        gezien.add(doel);
        stapel.push([doel, [...pad, doel]]);
      }
    }
  }
  return null;
}

function specificaties(node) {
  // ImportDeclaration, ExportNamedDeclaration/ExportAllDeclaration with a source, import(), require().
  if (node.source && typeof node.source.value === "string") return node.source.value;
  if (node.type === "ImportExpression" && node.source.type === "Literal") return node.source.value;
  if (node.type === "CallExpression" && node.callee.name === "require" && node.arguments[0]?.type === "Literal")
    return node.arguments[0].value;
  return null;
}

function bezoekers(controleer) {
  const bij = (node) => {
    const specificatie = specificaties(node);
    if (typeof specificatie === "string") controleer(node, specificatie);
  };
  return { ImportDeclaration: bij, ExportNamedDeclaration: bij, ExportAllDeclaration: bij, ImportExpression: bij, CallExpression: bij };
}

const grenzen = {
  meta: {
    type: "problem",
    docs: { description: "Each layer imports only the layers below it (docs/architectuur.md)." },
    schema: [],
    messages: {
      laag: "{{van}} mag {{naar}} niet importeren ({{specificatie}}): {{van}} importeert alleen {{mag}}. Zie docs/architectuur.md.",
      pakket: "{{van}} mag het pakket {{specificatie}} niet importeren: {{van}} importeert alleen {{mag}}. Zie docs/architectuur.md.",
    },
  },
  create(context) {
    const bestand = context.filename;
    const van = laagVan(bestand);
    const regels = van && LAGEN[van];
    if (!regels) return {};
    return bezoekers((node, specificatie) => {
      if (specificatie.startsWith(".")) {
        const naar = laagVan(path.resolve(path.dirname(bestand), specificatie)) ?? "buiten de lagen";
        if (!regels.mag.includes(naar))
          context.report({ node, messageId: "laag", data: { van, naar, specificatie, mag: regels.mag.join(", ") } });
      } else if (regels.pakketten !== true && !regels.pakketten.includes(pakketNaam(specificatie))) {
        context.report({ node, messageId: "pakket", data: { van, specificatie, mag: [...regels.mag, ...regels.pakketten].join(", ") } });
      }
    });
  },
};

const geenKringen = {
  meta: {
    type: "problem",
    docs: { description: "No import cycles among the project's own modules." },
    schema: [],
    messages: { kring: "Importkring: {{kring}}. Verplaats wat beide delen nodig hebben naar een eigen module." },
  },
  create(context) {
    const bestand = context.filename;
    return bezoekers((node, specificatie) => {
      if (!specificatie.startsWith(".")) return;
      const doel = bronbestand(path.resolve(path.dirname(bestand), specificatie));
      if (!doel) return;
      const pad = doel === bestand ? [] : padNaar(doel, bestand);
      if (pad === null) return;
      const kring = [bestand, ...(doel === bestand ? [] : pad), bestand].map((b) => path.relative(WORTEL, b)).join(" → ");
      context.report({ node, messageId: "kring", data: { kring } });
    });
  },
};

export default { rules: { grenzen, "geen-kringen": geenKringen } };
