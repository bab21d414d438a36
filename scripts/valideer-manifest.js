#!/usr/bin/env node
"use strict";
/**
 * `npm run validate`: checks manifest.xml offline (the Microsoft validation
 * service of `office-addin-manifest validate` is not reachable from CI).
 *
 * 1. XML schema validation with xmllint (Debian package libxml2-utils) against
 *    the XSDs in ../shared/schemas/office-addin-manifest/ (or --schemas DIR, or
 *    env BANEN_MANIFEST_SCHEMAS). The whole manifest is validated in one run:
 *    OfficeAppManifestV1_1.xsd imports TaskPaneAppVersionOverridesV1_0.xsd, so
 *    <VersionOverrides> is checked against the task pane schema too. The XSD
 *    set needs corrections before libxml2 accepts it; they are made in a
 *    temporary copy (the shared files stay untouched) and listed with --uitleg:
 *    - three files declare xmlns:xs="https://www.w3.org/2001/XMLSchema"; the
 *      XML Schema namespace is http://, so libxml2 says "not a schema";
 *    - the version pattern ends in "{0,3}?", a lazy quantifier that .NET
 *      accepts but XML Schema regular expressions do not; "{0,3}" matches the
 *      same strings (a pattern always matches the whole value);
 *    - MailAppVersionOverridesV1_1.xsd and ContentAppVersionOverridesV1_0.xsd
 *      are imported but not in the set; they describe mail and content add-ins,
 *      so stubs that accept any <VersionOverrides> stand in for them.
 *    - TaskPaneAppVersionOverridesV1_0.xsd predates <Runtimes> (shared
 *      runtime). scripts/manifest-schema/TaskPaneRuntimesV1_0.xsd adds that
 *      part, written from Microsoft's published specification [MS-OWEMXML]
 *      (sources in the file); the copy includes it and declares <Runtimes>
 *      as the first, optional child of <Host>, as the specification's Host
 *      type does. The whole manifest is validated; nothing is cut out.
 * 2. The checks of scripts/manifest-controle.js against the build in dist/
 *    (resources, URLs → files, icons, shared runtime, ribbon, namespace and
 *    function ids against functions.json generated from the JSDoc).
 * 3. manifest.json, the unified manifest generated from the same manifest
 *    (scripts/manifest-json.js), against the JSON schema shipped in
 *    node_modules/@microsoft/app-manifest (ajv, offline).
 *
 * Usage: node scripts/valideer-manifest.js [--manifest manifest.xml] [--dist dist]
 *        [--basis https://localhost:3000/] [--schemas DIR] [--uitleg]
 * The npm script builds first, so dist/ is current.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { controleerManifest, DEV_BASIS } = require("./manifest-controle");
const { functieBestanden } = require("./functiebestanden");
const { metFoutInvoer } = require("./functies-metadata");

const ROOT = path.join(__dirname, "..");
const STANDAARD_SCHEMAS = path.join(ROOT, "..", "shared", "schemas", "office-addin-manifest");
const HOOFDSCHEMA = "OfficeAppManifestV1_1.xsd";
const XS_NAMESPACE = "http://www.w3.org/2001/XMLSchema";
const TAAKVENSTER_SCHEMA = "TaskPaneAppVersionOverridesV1_0.xsd";
const RUNTIMES_SCHEMA = path.join(__dirname, "manifest-schema", "TaskPaneRuntimesV1_0.xsd");

/** The xmllint to run: env BANEN_XMLLINT (tests point it at a missing file) or the one on the PATH. */
function xmllint() {
  return process.env.BANEN_XMLLINT || "xmllint";
}

/** Is xmllint on the PATH? */
function xmllintBeschikbaar() {
  const r = spawnSync(xmllint(), ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

const GEEN_XMLLINT =
  "xmllint ontbreekt. Installeer het (Debian/Ubuntu: sudo apt-get install libxml2-utils; macOS heeft het al) en probeer opnieuw.";

/**
 * Copies the XSD set to `doelMap` with the corrections libxml2 needs; returns
 * the corrections made, one line each.
 */
function maakSchemaSet(bronMap, doelMap) {
  const correcties = [];
  const bestanden = fs.readdirSync(bronMap).filter((b) => b.endsWith(".xsd"));
  const imports = new Map();
  for (const bestand of bestanden) {
    let tekst = fs.readFileSync(path.join(bronMap, bestand), "utf8");
    const fout = 'xmlns:xs="https://www.w3.org/2001/XMLSchema"';
    if (tekst.includes(fout)) {
      tekst = tekst.split(fout).join(`xmlns:xs="${XS_NAMESPACE}"`);
      correcties.push(`${bestand}: xmlns:xs https:// → ${XS_NAMESPACE}`);
    }
    tekst = tekst.replace(/(<xs:pattern\s+value=")([^"]*)(")/g, (geheel, voor, patroon, na) => {
      const zonderLui = patroon.replace(/\}\?/g, "}");
      if (zonderLui === patroon) return geheel;
      correcties.push(`${bestand}: patroon "${patroon}" → "${zonderLui}" (geen luie kwantor in XML Schema)`);
      return voor + zonderLui + na;
    });
    if (bestand === TAAKVENSTER_SCHEMA) tekst = metRuntimes(tekst, correcties);
    for (const m of tekst.matchAll(/<xs:import\s+schemaLocation="([^"]+)"\s+namespace="([^"]+)"/g)) imports.set(m[1], m[2]);
    fs.writeFileSync(path.join(doelMap, bestand), tekst);
  }
  for (const [locatie, namespace] of imports) {
    if (bestanden.includes(locatie)) continue;
    fs.writeFileSync(
      path.join(doelMap, locatie),
      `<?xml version="1.0" encoding="utf-8"?>\n<!-- Stand-in: ${locatie} is not in the shared schema set. -->\n` +
        `<xs:schema xmlns:xs="${XS_NAMESPACE}" targetNamespace="${namespace}" elementFormDefault="qualified">\n` +
        `  <xs:element name="VersionOverrides" type="xs:anyType"/>\n</xs:schema>\n`,
    );
    correcties.push(`${locatie}: ontbreekt in de set; vervangen door een stub die elke <VersionOverrides> accepteert (${namespace})`);
  }
  return correcties;
}

/**
 * The task pane schema with the <Runtimes> part of [MS-OWEMXML]: an
 * <xs:include> of scripts/manifest-schema/TaskPaneRuntimesV1_0.xsd (copied next
 * to it) and <Runtimes> as the first, optional child of the Host type. A set
 * that already knows <Runtimes> is left as it is.
 */
function metRuntimes(tekst, correcties) {
  if (/<xs:complexType\s+name="Runtimes"/.test(tekst)) return tekst;
  const host = /(<xs:complexType\s+name="Host"[^>]*>[\s\S]*?<xs:sequence>)(\s*<xs:element\s+name="AllFormFactors")/;
  if (!host.test(tekst))
    throw new Error(`${TAAKVENSTER_SCHEMA}: het type Host met <AllFormFactors> is niet gevonden; <Runtimes> kan niet worden toegevoegd.`);
  const runtimes = '\n      <xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1"/>';
  const uit = tekst
    .replace(host, (_, voor, na) => voor + runtimes + na)
    .replace(/(<xs:import\s[^>]*\/>)/, `$1\n  <xs:include schemaLocation="${path.basename(RUNTIMES_SCHEMA)}"/>`);
  correcties.push(
    `${TAAKVENSTER_SCHEMA}: <Runtimes> toegevoegd als eerste, optionele kind van <Host> met de typen uit ${path.basename(RUNTIMES_SCHEMA)} ([MS-OWEMXML] 2.2.209)`,
  );
  return uit;
}

/**
 * Validates manifest text against the schema set. Returns { ok, uitvoer,
 * correcties }; uitvoer is xmllint's own report.
 */
function valideerSchema(manifestTekst, schemaMap = process.env.BANEN_MANIFEST_SCHEMAS || STANDAARD_SCHEMAS) {
  if (!fs.existsSync(path.join(schemaMap, HOOFDSCHEMA))) {
    return {
      ok: false,
      uitvoer: `De schema's staan niet in ${schemaMap} (${HOOFDSCHEMA} ontbreekt); geef --schemas MAP op.`,
      correcties: [],
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "banen-manifest-"));
  try {
    const correcties = maakSchemaSet(schemaMap, tmp);
    fs.copyFileSync(RUNTIMES_SCHEMA, path.join(tmp, path.basename(RUNTIMES_SCHEMA)));
    const bestand = path.join(tmp, "manifest.xml");
    fs.writeFileSync(bestand, manifestTekst);
    const r = spawnSync(xmllint(), ["--noout", "--nonet", "--schema", path.join(tmp, HOOFDSCHEMA), bestand], { encoding: "utf8" });
    if (r.error) return { ok: false, uitvoer: GEEN_XMLLINT, correcties };
    const uitvoer = (r.stderr + r.stdout)
      .split(tmp + path.sep)
      .join("")
      .trim();
    return { ok: r.status === 0, uitvoer, correcties };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** functions.json as the build generates it, straight from the JSDoc plus the build's step (no build needed). */
async function genereerMetadata(bestanden = functieBestanden(ROOT)) {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const resultaat = await generateCustomFunctionsMetadata(bestanden);
  if (resultaat.errors.length > 0) throw new Error(`JSDoc van de functies: ${resultaat.errors.join("; ")}`);
  return { metadata: metFoutInvoer(JSON.parse(resultaat.metadataJson)), associate: resultaat.associate };
}

function optie(argv, naam, standaard) {
  const i = argv.indexOf(naam);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : standaard;
}

async function main(argv) {
  const manifestPad = path.resolve(optie(argv, "--manifest", path.join(ROOT, "manifest.xml")));
  const distMap = path.resolve(optie(argv, "--dist", path.join(ROOT, "dist")));
  const basis = optie(argv, "--basis", DEV_BASIS);
  const schemaMap = optie(argv, "--schemas", process.env.BANEN_MANIFEST_SCHEMAS || STANDAARD_SCHEMAS);
  if (!xmllintBeschikbaar()) {
    console.error(GEEN_XMLLINT);
    return 1;
  }
  const tekst = fs.readFileSync(manifestPad, "utf8");
  const naam = path.relative(process.cwd(), manifestPad);
  let fouten = 0;

  const schema = valideerSchema(tekst, schemaMap);
  if (argv.includes("--uitleg")) for (const c of schema.correcties) console.log(`  schema-correctie: ${c}`);
  if (schema.ok) console.log(`✓ ${naam}: geldig volgens de XML-schema's (het hele manifest, <Runtimes> inbegrepen)`);
  else {
    fouten++;
    console.error(`✗ ${naam}: XML-schema\n${schema.uitvoer}`);
  }

  if (!fs.existsSync(path.join(distMap, "functions.json"))) {
    console.error(`✗ ${path.relative(process.cwd(), distMap)}/ bevat geen build; draai eerst npm run build.`);
    return 1;
  }
  const { metadata } = await genereerMetadata();
  const problemen = controleerManifest(tekst, { basis, distMap, metadata });
  if (problemen.length === 0) console.log(`✓ ${naam}: resources, URL's naar dist/, iconen, gedeelde runtime, lint en functies kloppen`);
  for (const p of problemen) console.error(`✗ ${naam}: ${p}`);
  fouten += problemen.length;

  // 3. The unified manifest generated from it (scripts/manifest-json.js) against its JSON schema, offline.
  const { unifiedManifest, valideerJson, SCHEMA_VERSIE } = require("./manifest-json");
  const json = valideerJson(unifiedManifest(tekst));
  if (json.ok)
    console.log(`✓ ${naam} als unified manifest (manifest.json): geldig volgens het schema ${SCHEMA_VERSIE} van @microsoft/app-manifest`);
  for (const f of json.fouten) console.error(`✗ manifest.json uit ${naam}: ${f}`);
  fouten += json.fouten.length;
  return fouten === 0 ? 0 : 1;
}

module.exports = { valideerSchema, maakSchemaSet, genereerMetadata, xmllintBeschikbaar, STANDAARD_SCHEMAS };
if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (fout) => {
      console.error(`✗ ${fout.message}`);
      process.exit(1);
    },
  );
}
