"use strict";
/**
 * Offline checks of manifest.xml that an XML schema cannot make (the schema
 * check itself is scripts/valideer-manifest.js, with xmllint):
 *
 * - resources: every resid is defined, of the right kind (image, URL, short or
 *   long string), and every defined resource is used; no id twice;
 * - display strings: Dutch default (nl-NL) with an English (en-US) override,
 *   except the function namespace, which is never translated;
 * - URLs: all under one base URL, and each names a file the build emits in
 *   dist/ (icons of the size their id says);
 * - shared runtime: one long-lived runtime whose page is also the custom
 *   functions page and the FunctionFile, and which loads the functions script;
 * - functions: namespace BANEN, ids in functions.json valid and unique, each
 *   one associated in the emitted functions script, the emitted functions.json
 *   equal to the metadata the caller generated;
 * - ribbon: a button on the Home tab (TabHome) that opens the task pane.
 *
 * Every check returns Dutch problem texts; an empty list means all is well.
 */
const fs = require("node:fs");
const path = require("node:path");
const { leesXml, alleElementen, lokaal } = require("./xml-lezen");

const NAMESPACE = "BANEN";
const DEV_BASIS = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Custom function ids: letters, digits, "_" and "." (custom-functions-metadata's rule), upper case by our convention. */
const FUNCTIE_ID = /^[A-Z][A-Z0-9_.]*$/;

/** Which resource kind each element that carries `resid` must point to. */
function verwachteSoort(element, ouder) {
  const naam = lokaal(element.naam);
  if (naam === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(naam)) return "Urls";
  if (naam === "Description") return "LongStrings";
  if (["Title", "Label", "Namespace"].includes(naam)) return "ShortStrings";
  return `onbekend (${lokaal(ouder?.naam ?? "")}/${naam})`;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngMaat(buffer) {
  const handtekening = "89504e470d0a1a0a";
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== handtekening) return undefined;
  return { breedte: buffer.readUInt32BE(16), hoogte: buffer.readUInt32BE(20) };
}

/** Reads the manifest into the parts the checks need. */
function ontleed(xmlTekst) {
  const wortel = leesXml(xmlTekst);
  const resources = new Map(); // id → { soort, element }
  const dubbel = [];
  const gebruik = []; // { resid, soort, waar }
  const urls = []; // { url, waar }
  for (const { element, voorouders } of alleElementen(wortel)) {
    const naam = lokaal(element.naam);
    const ouder = voorouders[voorouders.length - 1];
    const inResources = voorouders.some((v) => lokaal(v.naam) === "Resources");
    if (inResources && element.attributen.id && ouder) {
      const soort = lokaal(ouder.naam);
      if (resources.has(element.attributen.id)) dubbel.push(element.attributen.id);
      resources.set(element.attributen.id, { soort, element });
      if (soort === "Images" || soort === "Urls") {
        urls.push({ url: element.attributen.DefaultValue, waar: `${soort} ${element.attributen.id}`, id: element.attributen.id });
        for (const o of element.kinderen)
          urls.push({
            url: o.attributen.Value,
            waar: `${soort} ${element.attributen.id} (${o.attributen.Locale})`,
            id: element.attributen.id,
          });
      }
    }
    if (element.attributen.resid) {
      gebruik.push({ resid: element.attributen.resid, soort: verwachteSoort(element, ouder), waar: `<${naam}>`, element, voorouders });
    }
    if (!inResources && ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(naam)) {
      urls.push({ url: element.attributen.DefaultValue, waar: naam });
      for (const o of element.kinderen) urls.push({ url: o.attributen.Value, waar: `${naam} (${o.attributen.Locale})` });
    }
    if (naam === "SourceLocation" && element.attributen.DefaultValue)
      urls.push({ url: element.attributen.DefaultValue, waar: "DefaultSettings/SourceLocation" });
  }
  return { wortel, resources, dubbel, gebruik, urls };
}

function kind(element, naam) {
  return element?.kinderen.find((k) => lokaal(k.naam) === naam);
}

function vind(wortel, voorwaarde) {
  for (const { element, voorouders } of alleElementen(wortel)) if (voorwaarde(element, voorouders)) return element;
  return undefined;
}

function controleerBasis(m) {
  const problemen = [];
  const id = kind(m.wortel, "Id")?.tekst ?? "";
  if (!GUID.test(id)) problemen.push(`<Id> "${id}" is geen GUID.`);
  const taal = kind(m.wortel, "DefaultLocale")?.tekst;
  if (taal !== "nl-NL") problemen.push(`<DefaultLocale> is "${taal}"; verwacht nl-NL.`);
  for (const naam of ["DisplayName", "Description"]) {
    const element = kind(m.wortel, naam);
    if (!element?.kinderen.some((o) => o.attributen.Locale === "en-US"))
      problemen.push(`<${naam}> heeft geen Engelse tekst (Override Locale="en-US").`);
  }
  if (lokaal(m.wortel.naam) !== "OfficeApp" || m.wortel.attributen["xsi:type"] !== "TaskPaneApp")
    problemen.push("het manifest is geen TaskPaneApp.");
  const host = vind(m.wortel, (e, v) => lokaal(e.naam) === "Host" && !v.some((x) => lokaal(x.naam) === "VersionOverrides"));
  if (host?.attributen.Name !== "Workbook") problemen.push(`<Host Name> is "${host?.attributen.Name}"; verwacht Workbook (Excel).`);
  return problemen;
}

function controleerResources(m) {
  const problemen = m.dubbel.map((id) => `resource "${id}" is dubbel gedefinieerd.`);
  const gebruikt = new Set();
  for (const g of m.gebruik) {
    gebruikt.add(g.resid);
    const resource = m.resources.get(g.resid);
    if (!resource) problemen.push(`${g.waar} gebruikt resid "${g.resid}", maar die staat niet in <Resources>.`);
    else if (resource.soort !== g.soort)
      problemen.push(`${g.waar} gebruikt resid "${g.resid}" uit ${resource.soort}; verwacht een resource uit ${g.soort}.`);
    const maat = g.element.attributen.size;
    if (maat && !new RegExp(`^Icon\\.${maat}x${maat}$`).test(g.resid))
      problemen.push(`<Image size="${maat}"> gebruikt "${g.resid}"; verwacht Icon.${maat}x${maat}.`);
  }
  for (const [id] of m.resources) if (!gebruikt.has(id)) problemen.push(`resource "${id}" wordt nergens gebruikt.`);
  for (const [id, { soort, element }] of m.resources) {
    if ((soort === "ShortStrings" || soort === "LongStrings") && id !== "Functions.Namespace") {
      if (!element.kinderen.some((o) => o.attributen.Locale === "en-US"))
        problemen.push(`tekst "${id}" heeft geen Engelse vertaling (bt:Override Locale="en-US").`);
    }
  }
  return problemen;
}

/** The file in dist/ a URL names, or a problem. */
function distPad(url, basis) {
  if (typeof url !== "string" || !url.startsWith(basis)) return { probleem: `"${url}" ligt niet onder ${basis}.` };
  const relatief = decodeURIComponent(url.slice(basis.length).split(/[?#]/)[0]);
  if (relatief === "" || relatief.split("/").includes("..")) return { probleem: `"${url}" noemt geen bestand.` };
  return { relatief };
}

function controleerUrls(m, { basis, distMap }) {
  const problemen = [];
  for (const { url, waar, id } of m.urls) {
    const { probleem, relatief } = distPad(url, basis);
    if (probleem) {
      problemen.push(`${waar}: ${probleem}`);
      continue;
    }
    if (!distMap) continue;
    const bestand = path.join(distMap, relatief);
    if (!fs.existsSync(bestand)) {
      problemen.push(`${waar}: ${url} wijst naar ${relatief}, maar de build maakt dat bestand niet in dist/.`);
      continue;
    }
    const verwacht = id ? /^Icon\.(\d+)x\1$/.exec(id)?.[1] : { IconUrl: "32", HighResolutionIconUrl: "64" }[waar];
    if (verwacht) {
      const maat = pngMaat(fs.readFileSync(bestand));
      if (!maat || maat.breedte !== Number(verwacht) || maat.hoogte !== Number(verwacht)) {
        problemen.push(
          `${waar}: ${relatief} is ${maat ? `${maat.breedte}×${maat.hoogte}` : "geen PNG"}; verwacht ${verwacht}×${verwacht} px.`,
        );
      }
    }
  }
  return problemen;
}

function resUrl(m, resid) {
  return m.resources.get(resid)?.element.attributen.DefaultValue;
}

function controleerRuntime(m) {
  const problemen = [];
  const runtimes = [...alleElementen(m.wortel)].filter(({ element }) => lokaal(element.naam) === "Runtime").map(({ element }) => element);
  if (runtimes.length !== 1) return [`er zijn ${runtimes.length} <Runtime>-elementen; verwacht één gedeelde runtime.`];
  const runtime = runtimes[0];
  if (runtime.attributen.lifetime !== "long")
    problemen.push(
      `<Runtime lifetime> is "${runtime.attributen.lifetime}"; verwacht long (functies blijven werken als het taakvenster dicht is).`,
    );
  const pagina = runtime.attributen.resid;
  const cf = vind(m.wortel, (e) => lokaal(e.naam) === "ExtensionPoint" && e.attributen["xsi:type"] === "CustomFunctions");
  const cfPagina = kind(kind(cf, "Page"), "SourceLocation")?.attributen.resid;
  if (cfPagina !== pagina) problemen.push(`de functiepagina (<Page>) is "${cfPagina}"; verwacht de runtime "${pagina}".`);
  const functionFile = vind(m.wortel, (e) => lokaal(e.naam) === "FunctionFile")?.attributen.resid;
  if (functionFile !== pagina) problemen.push(`<FunctionFile> is "${functionFile}"; verwacht de runtime "${pagina}".`);
  const vereist = [...alleElementen(m.wortel)]
    .filter(({ element }) => lokaal(element.naam) === "Set")
    .map(({ element }) => element.attributen.Name);
  for (const set of ["CustomFunctionsRuntime", "SharedRuntime"])
    if (!vereist.includes(set)) problemen.push(`<Requirements> mist de set ${set}.`);
  return problemen;
}

function controleerLint(m) {
  const tab = vind(m.wortel, (e) => lokaal(e.naam) === "OfficeTab");
  if (tab?.attributen.id !== "TabHome") return [`het lint-tabblad is "${tab?.attributen.id}"; verwacht TabHome (Start).`];
  const actie = vind(tab, (e) => lokaal(e.naam) === "Action");
  if (actie?.attributen["xsi:type"] !== "ShowTaskpane") return ["de knop op Start opent het taakvenster niet (Action ShowTaskpane)."];
  const runtime = vind(m.wortel, (e) => lokaal(e.naam) === "Runtime")?.attributen.resid;
  const bron = kind(actie, "SourceLocation")?.attributen.resid;
  return bron === runtime ? [] : [`de knop opent "${bron}"; verwacht de pagina van de gedeelde runtime "${runtime}".`];
}

/**
 * Namespace and function ids against functions.json; with distMap also
 * against what the build emitted (script associations, page, metadata file).
 */
function controleerFuncties(m, { basis, distMap, metadata }) {
  const problemen = [];
  const cf = vind(m.wortel, (e) => lokaal(e.naam) === "ExtensionPoint" && e.attributen["xsi:type"] === "CustomFunctions");
  if (!cf) return ["er is geen ExtensionPoint CustomFunctions."];
  const nsId = kind(cf, "Namespace")?.attributen.resid;
  const ns = m.resources.get(nsId)?.element;
  if (ns?.attributen.DefaultValue !== NAMESPACE) problemen.push(`de namespace is "${ns?.attributen.DefaultValue}"; verwacht ${NAMESPACE}.`);
  if (ns?.kinderen.length) problemen.push("de namespace heeft een vertaling; formules moeten in elke taal BANEN.… heten.");
  const lees = (resid) => {
    if (!distMap) return undefined;
    const { relatief } = distPad(resUrl(m, resid), basis);
    const bestand = relatief && path.join(distMap, relatief);
    return bestand && fs.existsSync(bestand) ? { relatief, inhoud: fs.readFileSync(bestand, "utf8") } : undefined;
  };
  const script = lees(kind(kind(cf, "Script"), "SourceLocation")?.attributen.resid);
  const pagina = lees(kind(kind(cf, "Page"), "SourceLocation")?.attributen.resid);
  const json = lees(kind(kind(cf, "Metadata"), "SourceLocation")?.attributen.resid);
  // The metadata generated from the source if the caller has it, else the file the build emitted.
  const bron = metadata ?? (json ? JSON.parse(json.inhoud) : undefined);
  if (json && metadata && JSON.stringify(JSON.parse(json.inhoud)) !== JSON.stringify(metadata)) {
    problemen.push(`${json.relatief} in dist/ verschilt van de metadata uit de JSDoc van src/functions.`);
  }
  const functies = bron?.functions ?? [];
  if (bron && functies.length === 0) problemen.push("functions.json bevat geen functies.");
  const ids = new Set();
  for (const f of functies) {
    if (!FUNCTIE_ID.test(f.id)) problemen.push(`functie-id "${f.id}" is ongeldig; verwacht hoofdletters, cijfers en _.`);
    if (f.id.startsWith(`${NAMESPACE}.`))
      problemen.push(`functie-id "${f.id}" begint met de namespace; Excel zet ${NAMESPACE}. er zelf voor.`);
    if (f.name !== f.id) problemen.push(`functie "${f.id}" heet in Excel "${f.name}"; verwacht dezelfde naam als het id.`);
    if (ids.has(f.id)) problemen.push(`functie-id "${f.id}" komt dubbel voor.`);
    ids.add(f.id);
  }
  if (script) {
    const geassocieerd = new Set([...script.inhoud.matchAll(/CustomFunctions\.associate\(["']([^"']+)["']/g)].map((a) => a[1]));
    for (const id of ids)
      if (!geassocieerd.has(id)) problemen.push(`${script.relatief} registreert functie ${id} niet (CustomFunctions.associate).`);
    for (const id of geassocieerd)
      if (!ids.has(id)) problemen.push(`${script.relatief} registreert ${id}, maar functions.json kent die functie niet.`);
  }
  if (script && pagina) {
    const laadt = new RegExp(`<script[^>]*src=["']?(?:\\./)?${script.relatief.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\\s>]`);
    if (!laadt.test(pagina.inhoud))
      problemen.push(`${pagina.relatief} laadt ${script.relatief} niet; in de gedeelde runtime registreert die pagina de functies.`);
  }
  return problemen;
}

/**
 * All checks. opties: basis (base URL, default https://localhost:3000/),
 * distMap (the build output; without it URLs are only checked for their base),
 * metadata (parsed functions.json generated from the source).
 */
function controleerManifest(xmlTekst, opties = {}) {
  const basis = (opties.basis ?? DEV_BASIS).replace(/\/?$/, "/");
  let m;
  try {
    m = ontleed(xmlTekst);
  } catch (fout) {
    return [`het manifest is niet te lezen: ${fout.message}`];
  }
  const o = { ...opties, basis };
  return [
    ...controleerBasis(m),
    ...controleerResources(m),
    ...controleerUrls(m, o),
    ...controleerRuntime(m),
    ...controleerLint(m),
    ...controleerFuncties(m, o),
  ];
}

module.exports = { controleerManifest, pngMaat, NAMESPACE, DEV_BASIS };
