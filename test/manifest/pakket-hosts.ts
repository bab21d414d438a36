/**
 * What IIS and nginx would send for a path, read from the configs the
 * package generates (web.config, nginx.conf): enough of each server's rules
 * to serve the package locally with exactly those headers.
 *
 * IIS: <staticContent><mimeMap> per extension; <httpProtocol><customHeaders>
 * with <remove>/<add>, inherited from the site into <location path> (a folder
 * location applies to everything below it, the most specific last).
 * nginx: `location = /x` beats the longest prefix `location /x/`; a location's
 * own add_header lines are all it sends (none are inherited); the type from
 * its `types` block, "; charset=utf-8" for the types in charset_types.
 */
import * as path from "node:path";

// Plain JS module without type declarations.
const { leesXml, lokaal } = require("../../scripts/xml-lezen") as {
  leesXml: (xml: string) => Element;
  lokaal: (naam: string) => string;
};
interface Element {
  naam: string;
  attributen: Record<string, string>;
  kinderen: Element[];
  tekst: string;
}

export interface Antwoord {
  /** File to send, relative to the package's web/ folder. */
  bestand: string;
  koppen: Record<string, string>;
}

function kind(e: Element | undefined, naam: string): Element | undefined {
  return e?.kinderen.find((k) => lokaal(k.naam) === naam);
}

function pasKoppenToe(webServer: Element | undefined, koppen: Map<string, string>): void {
  for (const k of kind(kind(webServer, "httpProtocol"), "customHeaders")?.kinderen ?? []) {
    const naam = k.attributen.name!.toLowerCase();
    if (lokaal(k.naam) === "remove") koppen.delete(naam);
    if (lokaal(k.naam) === "add") {
      if (koppen.has(naam)) throw new Error(`web.config: header ${k.attributen.name} dubbel toegevoegd (IIS weigert dat)`);
      koppen.set(naam, k.attributen.value!);
    }
  }
}

/** IIS's answer for a path relative to the site (e.g. "functions.json", "assets/icon-16.png"). */
export function iisAntwoord(webConfig: string, pad: string): Antwoord {
  const wortel = leesXml(webConfig);
  const site = kind(wortel, "system.webServer");
  const koppen = new Map<string, string>();
  const ext = path.extname(pad);
  const mime = kind(site, "staticContent")?.kinderen.find((m) => lokaal(m.naam) === "mimeMap" && m.attributen.fileExtension === ext);
  if (mime) koppen.set("content-type", mime.attributen.mimeType!);
  pasKoppenToe(site, koppen);
  const locaties = wortel.kinderen
    .filter((l) => lokaal(l.naam) === "location")
    .filter((l) => pad === l.attributen.path || pad.startsWith(`${l.attributen.path}/`))
    .sort((a, b) => a.attributen.path!.length - b.attributen.path!.length);
  for (const l of locaties) pasKoppenToe(kind(l, "system.webServer"), koppen);
  return { bestand: pad, koppen: Object.fromEntries(koppen) };
}

interface NginxLocatie {
  exact: boolean;
  pad: string;
  alias: string;
  types: Map<string, string>;
  charsetTypes: Set<string>;
  koppen: Record<string, string>;
}

function leesNginx(conf: string): NginxLocatie[] {
  return [...conf.matchAll(/location (=\s*)?(\S+) \{([\s\S]*?)\n\}/g)].map((m) => {
    const romp = m[3]!;
    const types = new Map<string, string>();
    for (const t of /types \{([\s\S]*?)\}/.exec(romp)?.[1]?.matchAll(/(\S+) (\S+);/g) ?? []) types.set(`.${t[2]}`, t[1]!);
    return {
      exact: Boolean(m[1]),
      pad: m[2]!,
      alias: /alias (\S+);/.exec(romp)![1]!,
      types,
      charsetTypes: new Set((/charset_types ([^;]+);/.exec(romp)?.[1] ?? "").split(/\s+/)),
      koppen: Object.fromEntries(
        [...romp.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map((k) => [k[1]!.toLowerCase(), k[2]!]),
      ),
    };
  });
}

/** nginx's answer for a URL path (e.g. "/banen/functions.json"); webMap is the alias root the conf names. */
export function nginxAntwoord(conf: string, urlPad: string, webMap: string): Antwoord | undefined {
  const locaties = leesNginx(conf);
  const loc =
    locaties.find((l) => l.exact && l.pad === urlPad) ??
    locaties.filter((l) => !l.exact && urlPad.startsWith(l.pad)).sort((a, b) => b.pad.length - a.pad.length)[0];
  if (!loc) return undefined;
  const bestand = (loc.exact ? loc.alias : loc.alias + urlPad.slice(loc.pad.length)).slice(webMap.length).replace(/^\//, "");
  const type = loc.types.get(path.extname(bestand));
  const koppen: Record<string, string> = { ...loc.koppen };
  if (type) koppen["content-type"] = loc.charsetTypes.has(type) ? `${type}; charset=utf-8` : type;
  return { bestand, koppen };
}
