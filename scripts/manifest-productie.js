#!/usr/bin/env node
"use strict";
/**
 * Writes the production manifest: manifest.xml with every development URL
 * (https://localhost:3000) replaced by the base URL where dist/ is hosted.
 *
 *   npm run manifest:productie -- https://example.org/banen [--uit dist/manifest.xml]
 *
 * The base URL must be https (Office loads add-ins only over https) and may
 * have a path; the files of dist/ must be reachable under it
 * (https://example.org/banen/taskpane.html, .../functions.json, .../assets/...).
 * The add-in Id stays the same: remove the development add-in before
 * installing the production one. Check the result with
 *   node scripts/valideer-manifest.js --manifest dist/manifest.xml --basis https://example.org/banen
 */
const fs = require("node:fs");
const path = require("node:path");
const { DEV_BASIS } = require("./manifest-controle");

const ROOT = path.join(__dirname, "..");

/** Normalised base URL with a trailing slash; throws a Dutch message for anything else. */
function leesBasisUrl(invoer) {
  let url;
  try {
    url = new URL(String(invoer ?? ""));
  } catch {
    throw new Error(`"${invoer ?? ""}" is geen URL; verwacht bijvoorbeeld https://example.org/banen`);
  }
  if (url.protocol !== "https:") throw new Error(`"${invoer}" gebruikt ${url.protocol}; Office laadt add-ins alleen via https://.`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`"${invoer}" mag geen ?, # of inloggegevens bevatten.`);
  return url.href.replace(/\/?$/, "/");
}

/** The manifest text for a base URL. */
function productieManifest(ontwikkelManifest, basisUrl) {
  const basis = leesBasisUrl(basisUrl);
  const tekst = ontwikkelManifest.split(DEV_BASIS).join(basis);
  if (tekst.includes("localhost")) throw new Error("het manifest noemt localhost ook anders dan als https://localhost:3000/.");
  return tekst;
}

function main(argv) {
  const basis = argv.find((a) => !a.startsWith("--"));
  const i = argv.indexOf("--uit");
  const uit = path.resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : path.join(ROOT, "dist", "manifest.xml"));
  try {
    const tekst = productieManifest(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), basis);
    fs.mkdirSync(path.dirname(uit), { recursive: true });
    fs.writeFileSync(uit, tekst);
    console.log(`${path.relative(process.cwd(), uit)} geschreven voor ${leesBasisUrl(basis)}`);
    return 0;
  } catch (fout) {
    console.error(`manifest:productie: ${fout.message}\nGebruik: npm run manifest:productie -- https://example.org/banen`);
    return 2;
  }
}

module.exports = { leesBasisUrl, productieManifest };
if (require.main === module) process.exit(main(process.argv.slice(2)));
