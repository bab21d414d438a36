#!/usr/bin/env node
// Entry of the `banen` command. It runs the compiled CLI in lib/, built once by `npm ci` /
// `npm install` (the prepare script) or `npm run build:cli`; no compiler runs per call. Before
// running it, the build stamp (bin/bouwstempel.js) is compared with src/: a build older than the
// sources (after a git pull, a checkout or an edit) is rebuilt first, with a note on stderr, or,
// where no compiler is installed, reported with exit code 70; it is never run silently.
"use strict";
// Node 22.1+ keeps V8's compiled code of lib/ between calls (in the OS temp folder); Node 20 has no
// such cache and simply skips this.
const nodeModule = require("node:module");
if (typeof nodeModule.enableCompileCache === "function") nodeModule.enableCompileCache();
const stempel = require("./bouwstempel.js");

function bouwIndienNodig() {
  const toestand = stempel.bouwToestand();
  if (toestand === "actueel") return true;
  const waarom = toestand === "ontbreekt" ? "de CLI is nog niet gebouwd" : "src/ is gewijzigd sinds de laatste build";
  const wat = toestand === "ontbreekt" ? "hij wordt nu gebouwd" : "de CLI wordt opnieuw gebouwd";
  if (stempel.tscPad() === null) {
    process.stderr.write(
      `banen: ${waarom} en typescript ontbreekt; voer npm install en daarna npm run build:cli uit in ${stempel.WORTEL}.\n`,
    );
    return false;
  }
  process.stderr.write(`banen: ${waarom}; ${wat} (npm run build:cli)…\n`);
  const r = stempel.bouw(["ignore", "pipe", "pipe"], true);
  if (r.status === 0) return true;
  process.stderr.write(
    `${r.stdout || ""}${r.stderr || ""}banen: de build faalt; herstel de fout hierboven en voer npm run build:cli uit.\n`,
  );
  return false;
}

if (!bouwIndienNodig()) {
  process.exitCode = 70;
} else {
  require("../lib/cli/main.js")
    .main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write(`Onverwachte fout: ${err && err.message ? err.message : err}\n`);
        process.exitCode = 70;
      },
    );
}
