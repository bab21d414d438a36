#!/usr/bin/env node
"use strict";
/**
 * Turns usage data (telemetry) of the office-addin-* tools off, and checks it
 * is off, before any of them runs. Every npm script that starts such a tool
 * (dev-server → office-addin-dev-certs, start/stop → office-addin-debugging)
 * runs this first, so it also holds on a fresh machine.
 *
 * How the tools decide: they report through office-addin-usage-data, which
 * reads the level from ~/office-addin-usage-data.json,
 *   { "usageDataInstances": { "office-addin-usage-data": { "usageDataLevel": "off" } } }
 * (what `office-addin-usage-data off` writes in the versions that report;
 * the environment variable alone is not read by them). The versions installed
 * now (2.1.1, and 3.0.0 under office-addin-mock) have reporting removed: every
 * method is a no-op and the level always reads "off". We still write "off"
 * into that file, keeping any other settings in it, so that an older copy
 * resolved by a future install is off too; then we ask every installed copy
 * (its own readUsageDataLevel) and stop with exit code 1 if any says "on".
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const GROEP = "office-addin-usage-data";
const ROOT = path.join(__dirname, "..");

function instellingenBestand() {
  return path.join(os.homedir(), "office-addin-usage-data.json");
}

/** Writes usageDataLevel "off" for the tools' group, keeping the rest of the file. */
function zetUit(bestand = instellingenBestand()) {
  let inhoud = {};
  if (fs.existsSync(bestand)) {
    try {
      inhoud = JSON.parse(fs.readFileSync(bestand, "utf8")) ?? {};
    } catch {
      inhoud = {}; // unreadable settings: the tools would not read them either; start clean
    }
  }
  inhoud.usageDataInstances = inhoud.usageDataInstances ?? {};
  inhoud.usageDataInstances[GROEP] = { ...(inhoud.usageDataInstances[GROEP] ?? {}), usageDataLevel: "off" };
  fs.writeFileSync(bestand, JSON.stringify(inhoud, null, 2));
  return bestand;
}

/** Every installed copy of office-addin-usage-data: top level and nested one level down. */
function kopieen(root = ROOT) {
  const nm = path.join(root, "node_modules");
  const kandidaten = [path.join(nm, GROEP)];
  const pakketten = fs.existsSync(nm) ? fs.readdirSync(nm) : [];
  for (const naam of pakketten) {
    const mappen = naam.startsWith("@")
      ? fs.readdirSync(path.join(nm, naam)).map((sub) => path.join(nm, naam, sub))
      : [path.join(nm, naam)];
    for (const map of mappen) kandidaten.push(path.join(map, "node_modules", GROEP));
  }
  return kandidaten.filter((map) => fs.existsSync(path.join(map, "package.json")));
}

/** The level each installed copy reads, e.g. [{ map, versie, niveau: "off" }]. */
function niveaus(root = ROOT) {
  return kopieen(root).map((map) => {
    const versie = JSON.parse(fs.readFileSync(path.join(map, "package.json"), "utf8")).version;
    const lib = require(map);
    const niveau = typeof lib.readUsageDataLevel === "function" ? String(lib.readUsageDataLevel(GROEP)) : "onbekend";
    return { map: path.relative(root, map), versie, niveau };
  });
}

function main() {
  const bestand = zetUit();
  const aan = niveaus().filter((k) => k.niveau !== "off");
  if (aan.length > 0) {
    for (const k of aan) console.error(`Telemetrie staat niet uit in ${k.map} (${k.versie}): ${k.niveau}.`);
    console.error(`Gezet in ${bestand}, maar niet overgenomen; het hulpmiddel start niet.`);
    return 1;
  }
  return 0;
}

module.exports = { zetUit, niveaus, instellingenBestand };
if (require.main === module) process.exit(main());
