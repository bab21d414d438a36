"use strict";
/**
 * Which Office requirement sets the add-in's code really uses: every
 * identifier in src/taskpane, src/functions and src/commands is resolved with
 * the TypeScript checker; where it resolves to a declaration in
 * @types/office-js or @types/custom-functions-runtime, the declaration's
 * "[Api set: ExcelApi 1.7]" remark (Microsoft's own annotation, the same as
 * in the API reference on learn.microsoft.com) gives its set and version.
 *
 * A use inside `if (x) { ... }` where `const x = ondersteunt("ExcelApi", "1.9")`
 * (or Office.context.requirements.isSetSupported(...)) is guarded: it may need
 * more than the manifest declares, because the code checks first
 * ("Specify Office applications and API requirements",
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 *
 * Used by test/manifest/vereisten.test.ts: the manifest's <Requirements>
 * must declare exactly the highest unguarded version per set.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const SETS = new Set(["ExcelApi", "CustomFunctionsRuntime"]);
const API_SET = /\[Api set: (\w+) (\d+\.\d+)/;

/** "1.10" > "1.9": versions compare per number. */
function vergelijkVersie(a, b) {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

function bronBestanden(mappen) {
  return mappen.flatMap((map) =>
    fs
      .readdirSync(path.join(ROOT, map))
      .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))
      .map((n) => path.join(ROOT, map, n)),
  );
}

/** The lowest "[Api set: …]" of a symbol's declarations in Microsoft's type files, or undefined. */
function apiSet(symbol) {
  let beste;
  for (const decl of symbol.declarations ?? []) {
    const bestand = decl.getSourceFile();
    if (!/@types[\\/](office-js|custom-functions-runtime)[\\/]/.test(bestand.fileName)) continue;
    const tekst = bestand.text;
    for (const c of ts.getLeadingCommentRanges(tekst, decl.pos) ?? []) {
      const m = API_SET.exec(tekst.slice(c.pos, c.end));
      if (m && SETS.has(m[1]) && (!beste || vergelijkVersie(m[2], beste.versie) < 0)) beste = { set: m[1], versie: m[2] };
    }
  }
  return beste;
}

/**
 * The sets/versions a condition guarantees: `x` with `const x = ondersteunt("S", "v")`
 * (or isSetSupported), also as one operand of `a && b`.
 */
function bewakingen(conditie, checker) {
  if (ts.isParenthesizedExpression(conditie)) return bewakingen(conditie.expression, checker);
  if (ts.isBinaryExpression(conditie) && conditie.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...bewakingen(conditie.left, checker), ...bewakingen(conditie.right, checker)];
  }
  const b = bewaking(conditie, checker);
  return b ? [b] : [];
}

function bewaking(conditie, checker) {
  if (!ts.isIdentifier(conditie)) return undefined;
  const decl = checker.getSymbolAtLocation(conditie)?.valueDeclaration;
  const init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
  if (!init || !ts.isCallExpression(init)) return undefined;
  const naam = init.expression.getText();
  if (!/(^ondersteunt|isSetSupported)$/.test(naam)) return undefined;
  const [set, versie] = init.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : undefined));
  return set && versie ? { set, versie } : undefined;
}

function bewaakt(node, gebruik, checker) {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isIfStatement(p) && isBinnen(node, p.thenStatement)) {
      const b = bewakingen(p.expression, checker).find((w) => w.set === gebruik.set && vergelijkVersie(gebruik.versie, w.versie) <= 0);
      if (b) return b;
    }
  }
  return undefined;
}

function isBinnen(node, ouder) {
  return node.pos >= ouder.pos && node.end <= ouder.end;
}

/**
 * Every use of an ExcelApi / CustomFunctionsRuntime API in the given source
 * folders: { set, versie, naam, plaats, bewaakt? }.
 */
function apiGebruik(mappen = ["src/taskpane", "src/functions", "src/commands"]) {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const bestanden = bronBestanden(mappen);
  const program = ts.createProgram(bestanden, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const gebruik = [];
  for (const bestand of bestanden) {
    const bron = program.getSourceFile(bestand);
    const bezoek = (node) => {
      if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const set = symbol && apiSet(symbol);
        if (set) {
          const { line } = bron.getLineAndCharacterOfPosition(node.getStart());
          const b = bewaakt(node, set, checker);
          gebruik.push({ ...set, naam: node.text, plaats: `${path.relative(ROOT, bestand)}:${line + 1}`, ...(b ? { bewaakt: b } : {}) });
        }
      }
      ts.forEachChild(node, bezoek);
    };
    bezoek(bron);
  }
  return gebruik;
}

/** Per set the highest version used outside a guard, with one place that needs it. */
function minimumPerSet(gebruik) {
  const uit = {};
  for (const g of gebruik) {
    if (g.bewaakt) continue;
    if (!uit[g.set] || vergelijkVersie(g.versie, uit[g.set].versie) > 0) uit[g.set] = { versie: g.versie, naam: g.naam, plaats: g.plaats };
  }
  return uit;
}

module.exports = { apiGebruik, minimumPerSet, vergelijkVersie };
