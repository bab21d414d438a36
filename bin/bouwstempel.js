// The build stamp of the compiled CLI (lib/): a hash of every file `tsc -p tsconfig.cli.json`
// compiles (the folders of its "include") and of the two tsconfig files. `npm run build:cli`
// writes it after compiling; bin/banen.js compares it before running lib/, so a build that no
// longer matches src/ (after a git pull, a checkout or an edit) is rebuilt or reported, never
// run silently. The contents decide (a checkout may keep or reset mtimes); names, sizes and
// mtimes are only a shortcut: when they equal the stamp's, the contents are not read again.
// That shortcut is what every call pays (issue 16, start-up): one stat per source file, compared
// as text, no hashing and no node:crypto (loaded only when the listing differs).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const WORTEL = path.join(__dirname, "..");
const STEMPEL = path.join(WORTEL, "lib", ".bron-stempel");
const CONFIG = ["tsconfig.json", "tsconfig.cli.json"];

/** The folders tsconfig.cli.json includes (read from it, so the two cannot drift apart). */
function bronmappen() {
  let tekst;
  try {
    tekst = fs.readFileSync(path.join(WORTEL, "tsconfig.cli.json"), "utf8");
  } catch {
    return []; // an installed package (npm pack): lib/ without the sources it was built from
  }
  const include = JSON.parse(tekst).include;
  return Array.isArray(include) ? include : [];
}

/** Stats taken while listing the sources, reused by snelStempel (one stat per file per call). */
const gezien = new Map();

// Plain readdirSync and a stat per entry: `withFileTypes` costs ~10 ms on its first use in a
// process (Node loads its Dirent machinery), a seventh of what `banen doel` takes in all.
function bestandenIn(map, uit) {
  let namen;
  try {
    namen = fs.readdirSync(map);
  } catch {
    return; // a folder listed in include that does not exist (yet)
  }
  for (const naam of namen) {
    const p = path.join(map, naam);
    const s = fs.statSync(p, { throwIfNoEntry: false });
    if (s === undefined) continue;
    if (s.isDirectory()) bestandenIn(p, uit);
    else if (s.isFile() && /\.(ts|json)$/.test(naam)) {
      gezien.set(p, s);
      uit.push(p);
    }
  }
}

function bronbestanden() {
  const bestanden = [];
  for (const m of bronmappen()) bestandenIn(path.join(WORTEL, m), bestanden);
  if (bestanden.length === 0) return [];
  bestanden.sort();
  return [...bestanden, ...CONFIG.map((c) => path.join(WORTEL, c))];
}

/** "src/core/x.ts" for a path under WORTEL (path.relative costs ~40 µs a call; the paths are WORTEL's own). */
const relatief = (b) => (b.startsWith(WORTEL + path.sep) ? b.slice(WORTEL.length + 1) : path.relative(WORTEL, b)).split(path.sep).join("/");

/**
 * Names, sizes and mtimes as one text: cheap, equal when nothing was touched, and compared in
 * full (a few kB), so no collision can let a changed listing pass.
 */
function snelStempel(bestanden) {
  let uit = "";
  for (const b of bestanden) {
    const s = gezien.get(b) ?? fs.statSync(b);
    uit += `${relatief(b)}\t${s.size}\t${s.mtimeMs}\n`;
  }
  return uit;
}

/** Hash of the names and contents of the CLI's sources. */
function inhoudStempel(bestanden) {
  const h = require("node:crypto").createHash("sha256");
  for (const b of bestanden) {
    h.update(`${relatief(b)}\0`);
    h.update(fs.readFileSync(b));
    h.update("\0");
  }
  return h.digest("hex");
}

/** Both stamps, or null when there are no sources (an installed package without src/). */
function bronStempel() {
  const bestanden = bronbestanden();
  if (bestanden.length === 0) return null;
  return { snel: snelStempel(bestanden), inhoud: inhoudStempel(bestanden) };
}

function leesStempel() {
  try {
    return JSON.parse(fs.readFileSync(STEMPEL, "utf8"));
  } catch {
    return null; // no stamp: never built by build:cli
  }
}

/** "actueel", "verouderd" (src/ changed since the build) or "ontbreekt" (never built). */
function bouwToestand() {
  if (!fs.existsSync(path.join(WORTEL, "lib", "cli", "main.js"))) return "ontbreekt";
  const bestanden = bronbestanden();
  if (bestanden.length === 0) return "actueel";
  const oud = leesStempel();
  if (!oud) return "verouderd";
  const snel = snelStempel(bestanden);
  if (oud.snel === snel) return "actueel";
  if (oud.inhoud !== inhoudStempel(bestanden)) return "verouderd";
  try {
    fs.writeFileSync(STEMPEL, JSON.stringify({ snel, inhoud: oud.inhoud })); // touched, not changed
  } catch {
    /* a read-only install: the content check runs each time, which is still correct */
  }
  return "actueel";
}

/** The TypeScript compiler of this checkout, or null (an install without devDependencies). */
function tscPad() {
  try {
    return require.resolve("typescript/bin/tsc", { paths: [WORTEL] });
  } catch {
    return null;
  }
}

const SLOT = path.join(WORTEL, "lib", ".bouw-slot");

function leeft(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/**
 * Runs `doe` holding lib/.bouw-slot, so that two builds never write lib/ at once (two `banen`
 * calls right after a pull, or `banen` during `npm run build:cli`): a process that finds the slot
 * taken waits for it (a slot whose process is gone is taken over).
 */
function metSlot(doe) {
  fs.mkdirSync(path.dirname(SLOT), { recursive: true });
  const wacht = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.writeFileSync(SLOT, String(process.pid), { flag: "wx" });
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      let houder = NaN;
      try {
        houder = Number(fs.readFileSync(SLOT, "utf8"));
      } catch {
        continue; // released meanwhile
      }
      if (houder > 0 && !leeft(houder)) fs.rmSync(SLOT, { force: true });
      else Atomics.wait(wacht, 0, 0, 200);
    }
  }
  try {
    return doe();
  } finally {
    fs.rmSync(SLOT, { force: true });
  }
}

/**
 * Compiles src/ to lib/ (type-checked, incremental) and writes the stamp of the sources as they
 * were when the compiler started, so an edit during the build still counts as a change.
 * Returns the compiler's result (status, output to `stdio`); with `alleenNodig`, a build another
 * process finished while this one waited is not repeated ({ status: 0 }).
 */
function bouw(stdio = "inherit", alleenNodig = false) {
  const tsc = tscPad();
  if (tsc === null) return null;
  return metSlot(() => {
    if (alleenNodig && bouwToestand() === "actueel") return { status: 0, stdout: "", stderr: "" };
    const voor = bronStempel();
    const r = require("node:child_process").spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: WORTEL, stdio });
    if (r.status === 0 && voor !== null) fs.writeFileSync(STEMPEL, JSON.stringify(voor));
    return r;
  });
}

module.exports = { bronStempel, bouwToestand, bouw, tscPad, STEMPEL, WORTEL };

// `node bin/bouwstempel.js bouw` is `npm run build:cli`; with `--als-mogelijk` (the prepare
// script) a missing compiler is a note, not a failure: bin/banen.js reports it on first use.
if (require.main === module && process.argv[2] === "bouw") {
  const r = bouw();
  if (r === null) {
    process.stderr.write(
      "banen: typescript ontbreekt (devDependencies), de CLI is niet gebouwd; voer npm install en npm run build:cli uit.\n",
    );
    process.exitCode = process.argv.includes("--als-mogelijk") ? 0 : 1;
  } else {
    process.exitCode = r.status ?? 1;
  }
}
