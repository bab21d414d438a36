"use strict";
/**
 * Which files declare the BANEN.* custom functions: every src/functions/*.ts
 * with a JSDoc @customfunction tag. webpack.config.js (entry + metadata) and
 * the tests both ask here, so a new functions file (e.g. financiering.ts) is
 * picked up everywhere without editing a list.
 */
const fs = require("node:fs");
const path = require("node:path");

const TAG = /^\s*\*\s*@customfunction\b/m;

/** Absolute paths, sorted, so the order of functions.json is stable. */
function functieBestanden(root = path.join(__dirname, "..")) {
  const map = path.join(root, "src", "functions");
  return fs
    .readdirSync(map)
    .filter((naam) => naam.endsWith(".ts") && !naam.endsWith(".d.ts"))
    .sort()
    .map((naam) => path.join(map, naam))
    .filter((bestand) => TAG.test(fs.readFileSync(bestand, "utf8")));
}

module.exports = { functieBestanden };
