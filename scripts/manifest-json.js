"use strict";
/**
 * manifest.json (Microsoft 365 unified manifest, schema 1.30) generated from
 * manifest.xml, the one source: the same Id, version, names, URLs,
 * requirement sets, shared runtime, function namespace and metadata URL,
 * ribbon button and get-started text. manifest.xml stays the main manifest
 * (docs/beheer.md says when to use which); `npm run pakket` writes both.
 *
 * Mapping follows Microsoft's "Office Add-ins with the unified app manifest
 * for Microsoft 365" and "Configure your add-in to use a shared runtime"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview):
 * <Runtime resid lifetime="long"> → extensions[0].runtimes[0] with code.page
 * (and code.script = the functions script) and lifetime "long";
 * <ExtensionPoint xsi:type="CustomFunctions"> → runtimes[0].customFunctions
 * with namespace and metadataUrl (the build's functions.json, which carries
 * allowErrorForDataTypeAny; the inline `functions` form has no place for it);
 * the ribbon button → ribbons[0].tabs[0] (builtInTabId TabHome) with an
 * openPage action; <Requirements><Sets> → requirements.capabilities.
 *
 * Validated offline against the JSON schema shipped in
 * node_modules/@microsoft/app-manifest (valideerJson; test/manifest/pakket.test.ts).
 */
const fs = require("node:fs");
const path = require("node:path");
const { leesXml, alleElementen, lokaal } = require("./xml-lezen");

const SCHEMA_VERSIE = "1.30";
const SCHEMA_PAD = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
  `v${SCHEMA_VERSIE}`,
  "MicrosoftTeams.schema.json",
);
/** The app package's icons (relative paths in the zip; color 192×192, outline 32×32). */
const ICONEN = { color: "color.png", outline: "outline.png" };

function elementen(wortel, naam) {
  return [...alleElementen(wortel)].map(({ element }) => element).filter((e) => lokaal(e.naam) === naam);
}
function eerste(wortel, naam) {
  return elementen(wortel, naam)[0];
}

/** "1.2.3.0" → "1.2.3" (semver); a fourth number other than 0 has no place in semver. */
function semver(versie) {
  const [a, b, c, d] = versie.split(".");
  if (d !== undefined && d !== "0")
    throw new Error(`versie ${versie}: de unified manifest vraagt semver (1.2.3); gebruik een versie die op .0 eindigt.`);
  return `${a}.${b}.${c}`;
}

/** The unified manifest for a manifest.xml text. */
function unifiedManifest(xml, { website, privacy, voorwaarden } = {}) {
  const wortel = leesXml(xml);
  const tekst = (naam) => eerste(wortel, naam)?.tekst?.trim();
  const urls = Object.fromEntries(elementen(wortel, "Url").map((e) => [e.attributen.id, e.attributen.DefaultValue]));
  const strings = Object.fromEntries(
    [...elementen(wortel, "ShortStrings"), ...elementen(wortel, "LongStrings")]
      .flatMap((s) => s.kinderen)
      .map((e) => [e.attributen.id, e.attributen.DefaultValue]),
  );
  const plaatjes = Object.fromEntries(
    elementen(wortel, "Image")
      .filter((e) => e.attributen.id)
      .map((e) => [e.attributen.id, e.attributen.DefaultValue]),
  );
  const runtime = eerste(wortel, "Runtime");
  const pagina = urls[runtime.attributen.resid];
  const basis = new URL(".", pagina).href;
  const iconen = (icon) => icon.kinderen.map((i) => ({ size: Number(i.attributen.size), url: plaatjes[i.attributen.resid] }));
  const cf = elementen(wortel, "ExtensionPoint").find((e) => e.attributen["xsi:type"] === "CustomFunctions");
  const groep = eerste(wortel, "Group");
  const knop = eerste(groep, "Control");
  const actie = eerste(knop, "Action");
  const naam = eerste(wortel, "DisplayName").attributen.DefaultValue;
  const omschrijving = eerste(wortel, "Description").attributen.DefaultValue;
  const sets = elementen(eerste(wortel, "Requirements"), "Set").map((s) => ({
    name: s.attributen.Name,
    minVersion: s.attributen.MinVersion,
  }));

  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSIE}/MicrosoftTeams.schema.json`,
    manifestVersion: SCHEMA_VERSIE,
    version: semver(tekst("Version")),
    id: tekst("Id"),
    localizationInfo: { defaultLanguageTag: tekst("DefaultLocale").toLowerCase() },
    // Required by the schema. Without --website-url/--privacy-url/--voorwaarden-url they point at the
    // add-in's own page (it answers; the add-in sends no data anywhere, docs/beheer.md).
    developer: {
      name: tekst("ProviderName").slice(0, 32),
      websiteUrl: website ?? pagina,
      privacyUrl: privacy ?? pagina,
      termsOfUseUrl: voorwaarden ?? pagina,
    },
    name: { short: naam.slice(0, 30), full: naam },
    description: { short: omschrijving.slice(0, 77).replace(/\s+\S*$/, "") + "…", full: omschrijving },
    icons: { ...ICONEN },
    accentColor: "#FFFFFF",
    validDomains: [new URL(basis).host],
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities: sets },
        runtimes: [
          {
            id: "GedeeldeRuntime",
            type: "general",
            code: { page: pagina, script: urls[eerste(eerste(cf, "Script"), "SourceLocation").attributen.resid] },
            lifetime: runtime.attributen.lifetime ?? "short",
            actions: [{ id: tekst("TaskpaneId"), type: "openPage", view: tekst("TaskpaneId") }],
            customFunctions: {
              namespace: { id: strings[eerste(cf, "Namespace").attributen.resid], name: strings[eerste(cf, "Namespace").attributen.resid] },
              metadataUrl: urls[eerste(eerste(cf, "Metadata"), "SourceLocation").attributen.resid],
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: eerste(wortel, "OfficeTab").attributen.id,
                groups: [
                  {
                    id: groep.attributen.id,
                    label: strings[eerste(groep, "Label").attributen.resid],
                    icons: iconen(eerste(groep, "Icon")),
                    controls: [
                      {
                        id: knop.attributen.id,
                        type: "button",
                        label: strings[eerste(knop, "Label").attributen.resid],
                        icons: iconen(eerste(knop, "Icon")),
                        supertip: {
                          title: strings[eerste(eerste(knop, "Supertip"), "Title").attributen.resid],
                          description: strings[eerste(eerste(knop, "Supertip"), "Description").attributen.resid],
                        },
                        actionId: eerste(actie, "TaskpaneId").tekst.trim(),
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: strings[eerste(eerste(wortel, "GetStarted"), "Title").attributen.resid],
            description: strings[eerste(eerste(wortel, "GetStarted"), "Description").attributen.resid],
            learnMoreUrl: urls[eerste(eerste(wortel, "GetStarted"), "LearnMoreUrl").attributen.resid],
          },
        ],
      },
    ],
  };
}

/** Validates a unified manifest against the schema in node_modules/@microsoft/app-manifest (draft-04, offline). */
function valideerJson(manifest) {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PAD, "utf8"));
  const valideer = ajv.compile(schema);
  const ok = valideer(manifest);
  return {
    ok,
    fouten: (valideer.errors ?? []).map((f) => `${f.instancePath || "/"} ${f.message}${f.params ? " " + JSON.stringify(f.params) : ""}`),
  };
}

module.exports = { unifiedManifest, valideerJson, ICONEN, SCHEMA_PAD, SCHEMA_VERSIE };
