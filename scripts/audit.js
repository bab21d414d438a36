#!/usr/bin/env node
"use strict";
/**
 * `npm run audit:prod`: the runtime dependencies (what the CLI and the add-in
 * ship) checked against the npm advisory database, failing on high or
 * critical advisories that are not listed as known exceptions below (each with
 * its reason; the same list is in README.md, "Beveiliging en afhankelijkheden").
 *
 * `npm audit` needs the registry's bulk advisory endpoint
 * (POST /-/npm/v1/security/advisories/bulk). Some networks and mirrors do not
 * offer it (it answers 405 Method Not Allowed, or 404) or are not reachable at
 * all; then nothing was checked, and this script says so plainly and exits
 * with code 2, never 0. The offline checks (every direct dependency pinned to
 * an exact version, the lockfile matching package.json) run either way.
 *
 * Exit codes: 0 checked, nothing high; 1 a high/critical advisory or an
 * offline check failed; 2 the advisory database could not be asked.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const NIVEAU = "high";
const ERNST = ["info", "low", "moderate", "high", "critical"];

/**
 * Advisories we accept, with the reason. Only ids listed here are tolerated
 * at level high or above; lower levels are reported but do not fail.
 */
const UITZONDERINGEN = {
  "GHSA-w5hq-g745-h8pq": {
    pakket: "uuid 8.3.2 (via exceljs 4.4.0)",
    reden: "moderate; only v3()/v5()/v6() with a caller-supplied buffer are affected, exceljs calls v4() only",
  },
};

function leesJson(bestand) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, bestand), "utf8"));
}

/** Offline checks: exact versions in package.json, and a lockfile that records exactly those. */
function offlineControles() {
  const problemen = [];
  const pakket = leesJson("package.json");
  const lock = fs.existsSync(path.join(ROOT, "package-lock.json")) ? leesJson("package-lock.json") : null;
  if (!lock) problemen.push("package-lock.json is missing; commit the lockfile.");
  const pakketten = (lock && lock.packages) || {};
  const wortel = pakketten[""] || {};
  for (const soort of ["dependencies", "devDependencies"]) {
    for (const [naam, versie] of Object.entries(pakket[soort] || {})) {
      if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(versie)) problemen.push(`${soort}.${naam} is "${versie}", not an exact version.`);
      const vastgelegd = (wortel[soort] || {})[naam];
      if (lock && vastgelegd !== versie)
        problemen.push(`${soort}.${naam}: package.json says ${versie}, package-lock.json says ${vastgelegd || "nothing"}.`);
      const geinstalleerd = (pakketten[`node_modules/${naam}`] || {}).version;
      if (lock && geinstalleerd !== undefined && geinstalleerd !== versie) {
        problemen.push(`${soort}.${naam}: the lockfile resolves ${geinstalleerd}, not ${versie}.`);
      }
    }
  }
  return problemen;
}

/** Runs npm audit for the runtime tree; returns its parsed JSON, or the reason it could not run. */
function npmAudit() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const uit = spawnSync(npm, ["audit", "--omit=dev", `--audit-level=${NIVEAU}`, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    shell: process.platform === "win32",
    timeout: 120000,
  });
  if (uit.error) return { fout: `npm could not be started (${uit.error.message})` };
  try {
    return { rapport: JSON.parse(uit.stdout) };
  } catch (e) {
    return { fout: `npm audit gave no JSON (${e.message}; exit code ${uit.status}): ${(uit.stderr || uit.stdout).trim().split("\n")[0]}` };
  }
}

/** Why the advisory database could not be asked, from npm's error JSON; null when it answered. */
function onbereikbaar(rapport) {
  if (rapport.vulnerabilities) return null;
  const fout = rapport.error || {};
  const status = rapport.statusCode || fout.statusCode;
  const code = rapport.code || fout.code;
  const adres = rapport.uri || "the registry's audit endpoint";
  if (status === 405 || status === 404 || status === 501) {
    return `the registry does not offer the audit endpoint: ${status} for POST ${adres}. This registry, or a proxy in front of it, answers GET only; run npm run audit:prod on a network that reaches registry.npmjs.org, or point npm at a registry that implements /-/npm/v1/security/advisories/bulk.`;
  }
  if (
    code &&
    /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|CERT_|SELF_SIGNED|UNABLE_TO)/.test(code)
  ) {
    return `the registry cannot be reached (${code}); this machine has no route to it. Run npm run audit:prod where the registry is reachable.`;
  }
  return `npm audit gave no report: ${rapport.message || fout.summary || JSON.stringify(rapport).slice(0, 300)}`;
}

/** Advisory ids (GHSA-…) behind one entry of npm's report. */
function advisories(kwetsbaarheid) {
  return (kwetsbaarheid.via || [])
    .filter((v) => typeof v === "object" && v !== null)
    .map((v) => (typeof v.url === "string" ? v.url.split("/").pop() : String(v.source)));
}

function main() {
  const problemen = offlineControles();
  console.log("Offline checks (exact versions, lockfile):");
  console.log(problemen.length === 0 ? "  ok" : problemen.map((p) => `  FAIL ${p}`).join("\n"));

  const { rapport, fout } = npmAudit();
  const reden = fout || onbereikbaar(rapport);
  if (reden) {
    console.log("");
    console.log("Advisory check NOT DONE: " + reden);
    console.log("Nothing was checked against the advisory database. Known exceptions (README.md):");
    for (const [id, u] of Object.entries(UITZONDERINGEN)) console.log(`  ${id}  ${u.pakket}: ${u.reden}`);
    process.exitCode = problemen.length > 0 ? 1 : 2;
    return;
  }

  const grens = ERNST.indexOf(NIVEAU);
  const te_hoog = [];
  console.log("");
  console.log("npm audit --omit=dev:");
  for (const [naam, k] of Object.entries(rapport.vulnerabilities)) {
    const ids = advisories(k);
    const bekend = ids.length > 0 && ids.every((id) => id in UITZONDERINGEN);
    console.log(`  ${k.severity.padEnd(8)} ${naam}${ids.length ? ` (${ids.join(", ")})` : ""}${bekend ? " — known exception" : ""}`);
    if (ERNST.indexOf(k.severity) >= grens && !bekend) te_hoog.push(naam);
  }
  if (Object.keys(rapport.vulnerabilities).length === 0) console.log("  no advisories");
  if (te_hoog.length > 0) console.log(`\n${te_hoog.length} package(s) with a ${NIVEAU} or critical advisory: ${te_hoog.join(", ")}.`);
  process.exitCode = te_hoog.length > 0 || problemen.length > 0 ? 1 : 0;
}

if (require.main === module) main();
module.exports = { offlineControles, onbereikbaar, UITZONDERINGEN };
