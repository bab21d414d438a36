#!/usr/bin/env node
// Entry of the `banen` command. The TypeScript sources are compiled to lib/ by
// `npm run build:cli` (run automatically by `npm run banen`).
"use strict";
require("../lib/cli/main.js").main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Onverwachte fout: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 70;
  }
);
