/**
 * npm run pakket: the production package, served locally over HTTPS
 * (127.0.0.1, a certificate from office-addin-dev-certs made in a temporary
 * folder, trusted only by this test) with exactly the headers its IIS
 * web.config and its nginx.conf give (pakket-hosts.ts reads them back).
 * Every URL in the package's manifest.xml and manifest.json must answer 200
 * with the right MIME type, nosniff, caching, the CSP on the page and CORS on
 * functions.json (Excel on the web fetches it cross-origin).
 *
 * The package's web/ is made from the current build in dist/ (npm test
 * builds first) with --geen-build, so this test adds no webpack run; the
 * build step itself is the one test/manifest/manifest.test.ts runs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { type Antwoord, iisAntwoord, nginxAntwoord } from "./pakket-hosts";

interface Pakket {
  id: string;
  versie: string;
  naam: string;
  uit: string;
  web: string;
}
// Plain JS modules without type declarations.
const { maakPakket, idVoorUrl } = require("../../scripts/pakket") as {
  maakPakket: (o: Record<string, unknown>) => Pakket;
  idVoorUrl: (basis: string) => string;
};
const { valideerSchema } = require("../../scripts/valideer-manifest") as {
  valideerSchema: (xml: string) => { ok: boolean; uitvoer: string };
};
const { controleerManifest } = require("../../scripts/manifest-controle") as {
  controleerManifest: (xml: string, o: { basis: string; distMap: string }) => string[];
};
const { valideerJson } = require("../../scripts/manifest-json") as {
  valideerJson: (m: unknown) => { ok: boolean; fouten: string[] };
};
const { generateCertificates } = require("office-addin-dev-certs/lib/generate") as {
  generateCertificates: (ca: string, cert: string, key: string, dagen: number, domeinen: string[]) => Promise<void>;
};

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const BASIS = "https://example.org/banen/";
const NGINX_WEB = "/srv/banenafspraak";
const ONTWIKKEL = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let tmp: string;
let pakket: Pakket;
let certs: { ca: Buffer; key: Buffer; cert: Buffer };

/** A package from the current dist/ (copied; dist/ itself is only read). */
function pakketUitDist(uit: string, extra: Record<string, unknown> = {}): Pakket {
  if (!fs.existsSync(path.join(DIST, "functions.json"))) throw new Error("dist/ ontbreekt: draai eerst npm run build (npm test doet dat).");
  if (!fs.existsSync(path.join(uit, "web"))) fs.cpSync(DIST, path.join(uit, "web"), { recursive: true });
  return maakPakket({ url: BASIS, uit, bouwen: false, ...extra });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "banen-pakket-"));
  pakket = pakketUitDist(path.join(tmp, "pakket"));
  const c = path.join(tmp, "certs");
  await generateCertificates(path.join(c, "ca.crt"), path.join(c, "localhost.crt"), path.join(c, "localhost.key"), 1, [
    "127.0.0.1",
    "localhost",
  ]);
  certs = {
    ca: fs.readFileSync(path.join(c, "ca.crt")),
    key: fs.readFileSync(path.join(c, "localhost.key")),
    cert: fs.readFileSync(path.join(c, "localhost.crt")),
  };
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Serves web/ at /banen/ with the headers `antwoord` gives; returns the origin and a stop function. */
async function dien(
  web: string,
  antwoord: (urlPad: string) => Antwoord | undefined,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = https.createServer({ key: certs.key, cert: certs.cert }, (vraag, reactie) => {
    const urlPad = decodeURIComponent(new URL(vraag.url!, "https://x").pathname);
    const a = antwoord(urlPad);
    const bestand = a && path.join(web, a.bestand);
    if (!a || !bestand!.startsWith(web + path.sep) || !fs.existsSync(bestand!) || fs.statSync(bestand!).isDirectory()) {
      reactie.writeHead(404).end();
      return;
    }
    reactie.writeHead(200, a.koppen).end(fs.readFileSync(bestand!));
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  return { origin: `https://127.0.0.1:${port}`, stop: () => new Promise((klaar) => server.close(() => klaar())) };
}

function haal(url: string): Promise<{ status: number; koppen: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((klaar, fout) => {
    https
      .get(url, { ca: certs.ca, headers: { Origin: "https://excel.officeapps.live.com" } }, (r) => {
        let body = "";
        r.setEncoding("utf8");
        r.on("data", (d) => (body += d));
        r.on("end", () => klaar({ status: r.statusCode!, koppen: r.headers, body }));
      })
      .on("error", fout);
  });
}

/** Every https URL the manifests name (manifest.xml attributes and manifest.json strings). */
function manifestUrls(uit: string): string[] {
  const xml = fs.readFileSync(path.join(uit, "manifest.xml"), "utf8");
  const uitXml = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
  const json = fs.readFileSync(path.join(uit, "manifest.json"), "utf8");
  const uitJson = [...json.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.includes("json-schemas"));
  return [...new Set([...uitXml, ...uitJson])].sort();
}

const VERWACHT_TYPE: Record<string, RegExp> = {
  ".html": /^text\/html; charset=utf-8$/,
  ".js": /^text\/javascript; charset=utf-8$/,
  ".json": /^application\/json; charset=utf-8$/,
  ".png": /^image\/png$/,
};

async function controleerAlleUrls(web: string, antwoord: (urlPad: string) => Antwoord | undefined): Promise<string[]> {
  const { origin, stop } = await dien(web, antwoord);
  const problemen: string[] = [];
  try {
    const urls = manifestUrls(pakket.uit);
    expect(urls.length).toBe(7); // icons 16/32/64/80, taskpane.html, functions.js, functions.json
    for (const url of urls) {
      if (!url.startsWith(BASIS)) {
        problemen.push(`${url} ligt niet onder ${BASIS}`);
        continue;
      }
      const lokaal = origin + new URL(url).pathname;
      const r = await haal(lokaal);
      const ext = path.extname(new URL(url).pathname);
      const fout = (wat: string) => problemen.push(`${url}: ${wat}`);
      if (r.status !== 200) fout(`status ${r.status}`);
      if (!VERWACHT_TYPE[ext]?.test(String(r.koppen["content-type"]))) fout(`Content-Type ${r.koppen["content-type"]}`);
      if (r.koppen["x-content-type-options"] !== "nosniff") fout("geen X-Content-Type-Options: nosniff");
      const cache = String(r.koppen["cache-control"]);
      if (ext === ".png" ? cache !== "public, max-age=86400" : cache !== "no-cache") fout(`Cache-Control ${cache}`);
      if (url.endsWith("/functions.json") && r.koppen["access-control-allow-origin"] !== "*")
        fout("geen Access-Control-Allow-Origin op functions.json");
      if (url.endsWith("/taskpane.html")) {
        const meta = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(r.body)?.[1];
        if (!meta || r.koppen["content-security-policy"] !== meta)
          fout(`CSP-header ${r.koppen["content-security-policy"]} ≠ <meta> ${meta}`);
      }
    }
  } finally {
    await stop();
  }
  return problemen;
}

describe("the package", () => {
  test("manifest.xml: production URLs, its own Id, display name and Version; valid schema and checks against web/", () => {
    const xml = fs.readFileSync(path.join(pakket.uit, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(pakket.id).toBe(idVoorUrl(BASIS));
    expect(pakket.id).not.toBe(/<Id>([^<]+)<\/Id>/.exec(ONTWIKKEL)![1]);
    expect(/<DisplayName DefaultValue="([^"]+)"/.exec(xml)![1]).toBe("Banenafspraak");
    expect(/<DisplayName DefaultValue="([^"]+)"/.exec(ONTWIKKEL)![1]).toBe("Banenafspraak (ontwikkeling)");
    expect(/<Version>([^<]+)</.exec(xml)![1]).toBe(pakket.versie);
    expect(valideerSchema(xml)).toMatchObject({ ok: true });
    expect(controleerManifest(xml, { basis: BASIS, distMap: pakket.web })).toEqual([]);
  });

  test("the Id is stable per URL (updates reach users) and differs for another URL", () => {
    expect(idVoorUrl(BASIS)).toBe(idVoorUrl(BASIS));
    expect(idVoorUrl("https://intranet.example.org/banen/")).not.toBe(idVoorUrl(BASIS));
  });

  test("a second package in the same folder raises Version; a lower or equal --versie is refused", () => {
    const uit = path.join(tmp, "versies");
    const eerste = pakketUitDist(uit);
    const tweede = pakketUitDist(uit);
    expect([eerste.versie, tweede.versie]).toEqual(["0.1.0.0", "0.1.1.0"]);
    expect(() => pakketUitDist(uit, { versie: "0.1.1.0" })).toThrow(/niet hoger dan die van het vorige pakket \(0.1.1.0\)/);
    expect(pakketUitDist(uit, { versie: "2.0.0.0" }).versie).toBe("2.0.0.0");
  });

  test("manifest.json (unified manifest) is valid against the schema of @microsoft/app-manifest, and the check can fail", () => {
    const json = JSON.parse(fs.readFileSync(path.join(pakket.uit, "manifest.json"), "utf8"));
    expect(valideerJson(json)).toEqual({ ok: true, fouten: [] });
    expect([json.id, json.version]).toEqual([pakket.id, pakket.versie.replace(/\.0$/, "")]);
    const runtime = json.extensions[0].runtimes[0];
    expect(runtime.customFunctions).toEqual({ namespace: { id: "BANEN", name: "BANEN" }, metadataUrl: `${BASIS}functions.json` });
    expect(runtime.lifetime).toBe("long");
    const fout = structuredClone(json);
    fout.extensions[0].runtimes[0].lifetime = "eeuwig";
    delete fout.developer;
    const r = valideerJson(fout);
    expect(r.ok).toBe(false);
    expect(r.fouten.join("\n")).toMatch(/developer/);
    expect(r.fouten.join("\n")).toMatch(/lifetime|allowed values/);
  });

  test("npm run build's dist/ is not touched: the package lives in its own folder", () => {
    expect(pakket.web.startsWith(DIST)).toBe(false);
    expect(fs.existsSync(path.join(DIST, "web.config"))).toBe(false);
  });
});

describe("served over HTTPS on 127.0.0.1", () => {
  test("IIS (web.config): every URL in the manifests answers with the right headers", async () => {
    const webConfig = fs.readFileSync(path.join(pakket.web, "web.config"), "utf8");
    const problemen = await controleerAlleUrls(pakket.web, (p) =>
      p.startsWith("/banen/") ? iisAntwoord(webConfig, p.slice(7)) : undefined,
    );
    expect(problemen).toEqual([]);
  }, 60_000);

  test("nginx (nginx.conf): every URL in the manifests answers with the right headers", async () => {
    const conf = fs.readFileSync(path.join(pakket.uit, "nginx.conf"), "utf8");
    const problemen = await controleerAlleUrls(pakket.web, (p) => nginxAntwoord(conf, p, NGINX_WEB));
    expect(problemen).toEqual([]);
  }, 60_000);

  test("the check can fail: a web.config without the functions.json rule loses CORS (the BANEN functions would show #NAAM? on the web)", async () => {
    const webConfig = fs
      .readFileSync(path.join(pakket.web, "web.config"), "utf8")
      .replace(/<location path="functions.json">[\s\S]*?<\/location>/, "");
    const problemen = await controleerAlleUrls(pakket.web, (p) =>
      p.startsWith("/banen/") ? iisAntwoord(webConfig, p.slice(7)) : undefined,
    );
    expect(problemen).toEqual([`${BASIS}functions.json: geen Access-Control-Allow-Origin op functions.json`]);
  }, 60_000);
});

test("--offline: the bundled office.js under office-js/ is served as JavaScript and cached a day, by IIS and nginx alike", () => {
  const { kopregels, webConfig, nginxConfig } = require("../../scripts/pakket-kopregels") as {
    kopregels: (o: { paginas: Record<string, string>; offline: boolean }) => unknown;
    webConfig: (r: unknown) => string;
    nginxConfig: (r: unknown, pad: string) => string;
  };
  const regels = kopregels({ paginas: { "taskpane.html": "default-src 'self'" }, offline: true });
  const verwacht = {
    "content-type": "text/javascript; charset=utf-8",
    "x-content-type-options": "nosniff",
    "cache-control": "public, max-age=86400",
  };
  expect(iisAntwoord(webConfig(regels), "office-js/office.js").koppen).toEqual(verwacht);
  expect(nginxAntwoord(nginxConfig(regels, "/banen/"), "/banen/office-js/office.js", NGINX_WEB)).toEqual({
    bestand: "office-js/office.js",
    koppen: verwacht,
  });
  const zonder = kopregels({ paginas: {}, offline: false });
  expect(iisAntwoord(webConfig(zonder), "office-js/office.js").koppen["cache-control"]).toBe("no-cache");
});

test("npm run pakket without --url says how to use it", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "pakket.js")], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/Gebruik: npm run pakket -- --url https:\/\/example.org\/banen/);
});
