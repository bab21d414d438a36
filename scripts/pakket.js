#!/usr/bin/env node
"use strict";
/**
 * `npm run pakket -- --url https://example.org/banen`: a production package
 * in one command, in its own folder (default pakket/; npm run build's dist/
 * is not touched):
 *
 *   pakket/web/             the build (webpack --mode production, or --offline with the bundled office.js),
 *                           to be hosted at --url; with web.config for IIS
 *   pakket/manifest.xml     production manifest: every URL under --url, its own Id, display name and Version
 *   pakket/manifest.json    the same add-in as Microsoft 365 unified manifest (scripts/manifest-json.js),
 *   pakket/app.zip          and as the app package to upload (manifest.json + color.png 192×192 + outline.png 32×32)
 *   pakket/nginx.conf       the same headers for nginx
 *
 * Id: a production add-in must not share the development Id (manifest.xml),
 * or installing one replaces the other. The Id is derived from the base URL
 * (a name-based UUID), so the same deployment keeps its Id across versions
 * (Office updates an add-in by Id) and another URL gets another; --id sets
 * it. Version: each package must be higher than the last one the admin
 * deployed, or Office keeps the old one: the package.json version (1.2.3 →
 * 1.2.3.0), or, when the previous package in the same folder already has
 * that, its third number plus one (1.2.4.0). The fourth number stays 0 so the
 * unified manifest's semver (1.2.4) orders the same way. --versie sets it; a
 * lower or equal one is refused.
 *
 * Usage: node scripts/pakket.js --url https://example.org/banen [--uit pakket] [--naam "Banenafspraak"]
 *        [--versie 1.2.3.0] [--id GUID] [--offline] [--geen-build (reuse pakket/web)]
 *        [--website-url URL] [--privacy-url URL] [--voorwaarden-url URL] (unified manifest; default taskpane.html)
 */
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { leesBasisUrl, productieManifest } = require("./manifest-productie");
const { kopregels, webConfig, nginxConfig, cspVanPagina } = require("./pakket-kopregels");
const { unifiedManifest, valideerJson, ICONEN } = require("./manifest-json");

const ROOT = path.join(__dirname, "..");
const PAGINAS = ["taskpane.html", "commands.html"];
const STANDAARD_NAAM = "Banenafspraak";

function optie(argv, naam) {
  const i = argv.indexOf(naam);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** A name-based UUID (RFC 4122 version 5 layout, SHA-1) of the base URL: stable per deployment. */
function idVoorUrl(basis) {
  const h = crypto.createHash("sha1").update(`banenafspraak-excel ${basis}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function vergelijk(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < 4; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The Version of the new package: --versie, or package.json's version with the build number one above the previous package. */
function nieuweVersie(gevraagd, vorige) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version.split("-")[0];
  let versie = gevraagd;
  if (!versie) {
    versie = `${pkg}.0`;
    if (vorige && vergelijk(vorige, versie) >= 0) {
      const [a, b, c] = vorige.split(".").map(Number);
      versie = `${a}.${b}.${c + 1}.0`;
    }
  }
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(versie)) throw new Error(`versie "${versie}" heeft niet de vorm 1.2.3.4 (vier getallen).`);
  if (vorige && vergelijk(versie, vorige) <= 0)
    throw new Error(`versie ${versie} is niet hoger dan die van het vorige pakket (${vorige}); Office zou de oude houden.`);
  return versie;
}

/** The production manifest.xml: URLs, Id, display name (all locales) and Version. */
function pakketManifest(ontwikkel, { basis, id, naam, versie }) {
  let xml = productieManifest(ontwikkel, basis);
  xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`).replace(/<Version>[^<]*<\/Version>/, `<Version>${versie}</Version>`);
  xml = xml.replace(/<DisplayName DefaultValue="[^"]*">([\s\S]*?)<\/DisplayName>/, (_, binnen) => {
    const esc = naam.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    return `<DisplayName DefaultValue="${esc}">${binnen.replace(/Value="[^"]*"/g, `Value="${esc}"`)}</DisplayName>`;
  });
  return xml;
}

function bouw(web, offline) {
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const args = [webpack, "--mode", "production", "--output-path", web, ...(offline ? ["--env", "offline"] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`de build faalde:\n${r.stdout}\n${r.stderr}`);
}

/** Builds the package; returns what was written. */
function maakPakket({
  url,
  uit = path.join(ROOT, "pakket"),
  naam = STANDAARD_NAAM,
  versie,
  id,
  offline = false,
  bouwen = true,
  links = {},
}) {
  const basis = leesBasisUrl(url);
  const web = path.join(uit, "web");
  const vorigPad = path.join(uit, "manifest.xml");
  const vorige = fs.existsSync(vorigPad) ? /<Version>([^<]+)<\/Version>/.exec(fs.readFileSync(vorigPad, "utf8"))?.[1] : undefined;
  const gegevens = { basis, id: id ?? idVoorUrl(basis), naam, versie: nieuweVersie(versie, vorige) };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(gegevens.id))
    throw new Error(`"${gegevens.id}" is geen GUID.`);
  const ontwikkel = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  if (gegevens.id.toLowerCase() === /<Id>([^<]+)<\/Id>/.exec(ontwikkel)[1].toLowerCase())
    throw new Error("het Id is dat van het ontwikkelmanifest; kies een ander met --id.");
  if (bouwen) {
    fs.rmSync(web, { recursive: true, force: true });
    bouw(web, offline);
  }
  // Each page with a CSP <meta> gets the same policy as a header; taskpane.html must have one.
  const paginas = Object.fromEntries(
    PAGINAS.map((p) => [p, cspVanPagina(fs.readFileSync(path.join(web, p), "utf8"))]).filter(([, csp]) => csp !== undefined),
  );
  if (!paginas["taskpane.html"]) throw new Error("taskpane.html heeft geen Content-Security-Policy in een <meta>-tag.");
  const regels = kopregels({ paginas, offline });
  const manifest = pakketManifest(ontwikkel, gegevens);
  fs.writeFileSync(path.join(web, "web.config"), webConfig(regels));
  fs.writeFileSync(path.join(uit, "nginx.conf"), nginxConfig(regels, new URL(basis).pathname));
  fs.writeFileSync(vorigPad, manifest);
  const json = JSON.stringify(unifiedManifest(manifest, links), null, 2) + "\n";
  fs.writeFileSync(path.join(uit, "manifest.json"), json);
  return { ...gegevens, uit, web, regels, json };
}

/** The unified manifest's app package: manifest.json with its two icons (rendered from assets/icon.svg). */
async function schrijfAppZip(uit, json) {
  const JSZip = require("jszip");
  const { Resvg } = require("@resvg/resvg-js");
  const svg = fs.readFileSync(path.join(ROOT, "assets", "icon.svg"));
  const png = (maat) => new Resvg(svg, { fitTo: { mode: "width", value: maat }, font: { loadSystemFonts: false } }).render().asPng();
  const zip = new JSZip();
  zip.file("manifest.json", json);
  zip.file(ICONEN.color, png(192));
  zip.file(ICONEN.outline, png(32));
  const bestand = path.join(uit, "app.zip");
  fs.writeFileSync(bestand, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return bestand;
}

async function main(argv) {
  const url = optie(argv, "--url");
  try {
    if (!url) throw new Error("geef met --url het adres waar de map web/ komt te staan.");
    const p = maakPakket({
      url,
      uit: optie(argv, "--uit") ? path.resolve(optie(argv, "--uit")) : undefined,
      naam: optie(argv, "--naam"),
      versie: optie(argv, "--versie"),
      id: optie(argv, "--id"),
      offline: argv.includes("--offline"),
      bouwen: !argv.includes("--geen-build"),
      links: {
        website: optie(argv, "--website-url"),
        privacy: optie(argv, "--privacy-url"),
        voorwaarden: optie(argv, "--voorwaarden-url"),
      },
    });
    const json = valideerJson(JSON.parse(p.json));
    if (!json.ok) throw new Error(`manifest.json klopt niet met het schema:\n  ${json.fouten.join("\n  ")}`);
    await schrijfAppZip(p.uit, p.json);
    const rel = (f) => path.relative(process.cwd(), f) || ".";
    console.log(
      `Pakket in ${rel(p.uit)}/ voor ${p.basis}\n` +
        `  web/             zet deze map op ${p.basis} (met web.config voor IIS)\n` +
        `  nginx.conf       dezelfde headers voor nginx\n` +
        `  manifest.xml     Id ${p.id}, "${p.naam}", versie ${p.versie}: upload in het Microsoft 365-beheercentrum (Geïntegreerde apps)\n` +
        `  manifest.json    hetzelfde als unified manifest, geldig volgens het schema; app.zip is het app-pakket (zie docs/beheer.md wanneer u dat gebruikt)`,
    );
    return 0;
  } catch (fout) {
    console.error(
      `pakket: ${fout.message}\nGebruik: npm run pakket -- --url https://example.org/banen [--uit MAP] [--versie 1.2.3.0] [--offline]`,
    );
    return 2;
  }
}

module.exports = { maakPakket, schrijfAppZip, idVoorUrl, nieuweVersie, pakketManifest };
if (require.main === module) main(process.argv.slice(2)).then((code) => process.exit(code));
