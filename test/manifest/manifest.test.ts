/**
 * manifest.xml against the build: the webpack CLI builds into a temporary
 * directory (as `npm run build` and `npm run build:offline` do), then the
 * checks of `npm run validate` run on it: XML schema (xmllint) and
 * scripts/manifest-controle.js. Each check is also shown to fail on a broken
 * manifest, so none of them passes vacuously.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Metadata {
  functions: { id: string; name: string }[];
}
// Plain JS modules of scripts/ (no type declarations).
const { controleerManifest } = require("../../scripts/manifest-controle") as {
  controleerManifest: (xml: string, opties?: { basis?: string; distMap?: string; metadata?: Metadata }) => string[];
};
const { valideerSchema, genereerMetadata, xmllintBeschikbaar } = require("../../scripts/valideer-manifest") as {
  valideerSchema: (xml: string, schemaMap?: string) => { ok: boolean; uitvoer: string; correcties: string[] };
  genereerMetadata: () => Promise<{ metadata: Metadata }>;
  xmllintBeschikbaar: () => boolean;
};
const { productieManifest, leesBasisUrl } = require("../../scripts/manifest-productie") as {
  productieManifest: (xml: string, basis: string) => string;
  leesBasisUrl: (basis: string) => string;
};

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Runs the webpack CLI of the project into a fresh temporary directory. */
function bouw(...extra: string[]): string {
  const uit = fs.mkdtempSync(path.join(os.tmpdir(), "banen-dist-"));
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", uit, ...extra], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack faalde:\n${r.stdout}\n${r.stderr}`);
  return uit;
}

let dist: string;
let metadata: Metadata;
beforeAll(async () => {
  dist = bouw();
  ({ metadata } = await genereerMetadata());
}, 120_000);
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("the build", () => {
  test("emits the layout the manifest and the task pane rely on", () => {
    for (const bestand of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "commands.html", "commands.js"]) {
      expect(fs.existsSync(path.join(dist, bestand))).toBe(true);
    }
    for (const maat of [16, 32, 64, 80]) expect(fs.existsSync(path.join(dist, "assets", `icon-${maat}.png`))).toBe(true);
  });

  test("functions.json in dist is the metadata generated from the JSDoc (custom-functions-metadata-plugin)", () => {
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"))).toEqual(metadata);
  });

  test("shared runtime: taskpane.html loads office.js (CDN) before functions.js, commands.js and taskpane.js", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([OFFICE_JS_CDN, "functions.js", "commands.js", "taskpane.js"]);
  });

  test("the pages load nothing from outside the add-in except office.js from the CDN", () => {
    for (const pagina of ["taskpane.html", "commands.html"]) {
      const html = fs.readFileSync(path.join(dist, pagina), "utf8");
      const extern = [...html.matchAll(/(?:src|href)=["']?(https?:[^"' >]+)/g)].map((m) => m[1]);
      expect(extern).toEqual([OFFICE_JS_CDN]);
    }
  });

  test("the add-in's own sources (functions, commands) name no URL outside comments (comments cite Microsoft's docs)", () => {
    const zonderCommentaar = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const map of ["src/functions", "src/commands"]) {
      for (const naam of fs.readdirSync(path.join(ROOT, map))) {
        const code = zonderCommentaar(fs.readFileSync(path.join(ROOT, map, naam), "utf8"));
        expect([naam, code.match(/https?:\/\/\S+/g)]).toEqual([naam, null]);
      }
    }
  });

  test("build:offline copies office.js from @microsoft/office-js into dist and the pages load that copy", () => {
    const offline = bouw("--env", "offline");
    try {
      for (const pagina of ["taskpane.html", "commands.html"]) {
        const html = fs.readFileSync(path.join(offline, pagina), "utf8");
        expect(html).not.toMatch(/https?:/);
        expect(html).toMatch(/<script src=["']?office-js\/office\.js/);
      }
      for (const bestand of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "nl-nl/office_strings.js"]) {
        expect(fs.existsSync(path.join(offline, "office-js", bestand))).toBe(true);
      }
      expect(fs.existsSync(path.join(offline, "office-js", "office.debug.js"))).toBe(false);
      expect(controleerManifest(MANIFEST, { distMap: offline, metadata })).toEqual([]);
    } finally {
      fs.rmSync(offline, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("manifest checks (scripts/manifest-controle.js)", () => {
  test("manifest.xml passes all checks against the build", () => {
    expect(controleerManifest(MANIFEST, { distMap: dist, metadata })).toEqual([]);
  });

  const breuken: [string, (xml: string) => string, RegExp][] = [
    [
      "an undefined resid",
      (x) => x.replace('<Label resid="Groep.Label"/>', '<Label resid="Groep.Titel"/>'),
      /resid "Groep.Titel".*niet in <Resources>/,
    ],
    [
      "a resource nobody uses",
      (x) => x.replace("</bt:Urls>", '  <bt:Url id="Extra.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n      </bt:Urls>'),
      /"Extra.Url" wordt nergens gebruikt/,
    ],
    [
      "a URL to a file the build does not emit",
      (x) => x.replace("/functions.json", "/functies.json"),
      /functies.json.*maakt dat bestand niet/,
    ],
    [
      "a URL outside the base",
      (x) => x.replace("https://localhost:3000/assets/icon-80.png", "https://cdn.example.org/icon-80.png"),
      /ligt niet onder/,
    ],
    [
      "an icon of the wrong size",
      (x) =>
        x.replace('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-32.png"'),
      /icon-32.png is 32×32.*16×16/,
    ],
    ["another namespace", (x) => x.replace('DefaultValue="BANEN"', 'DefaultValue="BAAN"'), /namespace is "BAAN"/],
    ["a runtime that stops with the pane", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime> is "short"/],
    [
      "a FunctionFile outside the shared runtime",
      (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /FunctionFile> is "Functions.Script.Url"/,
    ],
    ["a button on another tab", (x) => x.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), /TabData.*TabHome/],
    ["a string without English", (x) => x.replace('<bt:Override Locale="en-US" Value="Jobs Agreement"/>', ""), /geen Engelse vertaling/],
  ];
  test.each(breuken)("finds %s", (_, breek, melding) => {
    const problemen = controleerManifest(breek(MANIFEST), { distMap: dist, metadata });
    expect(problemen.join("\n")).toMatch(melding);
  });

  test("function ids: one missing from functions.js, a namespace prefix, a duplicate", () => {
    const extra = { functions: [...metadata.functions, { id: "NIET_GEBOUWD", name: "NIET_GEBOUWD" }] };
    expect(controleerManifest(MANIFEST, { distMap: dist, metadata: extra as Metadata }).join("\n")).toMatch(
      /registreert functie NIET_GEBOUWD niet/,
    );
    const dubbel = { functions: [metadata.functions[0]!, metadata.functions[0]!, { id: "BANEN.DOEL", name: "BANEN.DOEL" }] };
    const problemen = controleerManifest(MANIFEST, { metadata: dubbel }).join("\n");
    expect(problemen).toMatch(/komt dubbel voor/);
    expect(problemen).toMatch(/begint met de namespace/);
  });
});

describe("XML schema (xmllint, ../shared/schemas/office-addin-manifest)", () => {
  beforeAll(() => {
    if (!xmllintBeschikbaar()) throw new Error("xmllint ontbreekt: installeer libxml2-utils (Debian/Ubuntu).");
  });

  test("manifest.xml is valid as a whole, VersionOverrides and <Runtimes> included (nothing is cut out)", () => {
    const r = valideerSchema(MANIFEST);
    expect(r.uitvoer).toMatch(/validates$/);
    expect(r.ok).toBe(true);
    expect(r.correcties.join("\n")).toMatch(/https:\/\/ → http:\/\/www.w3.org\/2001\/XMLSchema/);
    expect(r.correcties.join("\n")).toMatch(/<Runtimes> toegevoegd als eerste, optionele kind van <Host>/);
  });

  test("without xmllint the check fails and says what to install (it never passes silently)", () => {
    process.env.BANEN_XMLLINT = path.join(os.tmpdir(), "bestaat-niet", "xmllint");
    try {
      expect(xmllintBeschikbaar()).toBe(false);
      const r = valideerSchema(MANIFEST);
      expect(r.ok).toBe(false);
      expect(r.uitvoer).toMatch(/xmllint ontbreekt.*libxml2-utils/);
    } finally {
      delete process.env.BANEN_XMLLINT;
    }
  });

  test.each<[string, (x: string) => string, RegExp]>([
    ["a bad version number", (x) => x.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"), /Version.*pattern/],
    ["an unknown permission", (x) => x.replace("<Permissions>ReadWriteDocument", "<Permissions>Alles"), /Permissions/],
    ["an unknown element inside VersionOverrides", (x) => x.replace("<FunctionFile ", "<FunctieBestand "), /FunctieBestand.*not expected/],
    [
      "an unknown element inside <Runtimes> ([MS-OWEMXML] 2.2.209: only <Runtime>)",
      (x) => x.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', "<Bogus/>"),
      /Bogus.*not expected.*Runtime/,
    ],
    [
      "<Runtimes> after <AllFormFactors> (the Host type puts it first)",
      (x) => {
        // The element on its own line (the manifest's comments name <Runtimes> too).
        const blok = /\n[ \t]*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(x)![0];
        return x.replace(blok, "").replace("</AllFormFactors>", `</AllFormFactors>${blok}`);
      },
      /Runtimes.*not expected/,
    ],
    ["a lifetime that is neither short nor long", (x) => x.replace('lifetime="long"', 'lifetime="eeuwig"'), /lifetime.*eeuwig/],
    [
      "a <Runtime> without resid",
      (x) => x.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime lifetime="long"/>'),
      /resid.*required/,
    ],
    [
      "elements out of order in the base manifest",
      (x) => x.replace(/(<IconUrl[^>]*\/>)\s*(<HighResolutionIconUrl[^>]*\/>)/, "$2$1"),
      /not expected/,
    ],
  ])("rejects %s", (_, breek, melding) => {
    const r = valideerSchema(breek(MANIFEST));
    expect(r.ok).toBe(false);
    expect(r.uitvoer).toMatch(melding);
  });

  test("says clearly when the schemas are not where they should be", () => {
    const r = valideerSchema(MANIFEST, path.join(os.tmpdir(), "bestaat-niet"));
    expect(r.ok).toBe(false);
    expect(r.uitvoer).toMatch(/OfficeAppManifestV1_1.xsd ontbreekt/);
  });
});

describe("production manifest (npm run manifest:productie)", () => {
  test("every development URL moves to the base URL; the result passes the same checks", () => {
    const productie = productieManifest(MANIFEST, "https://example.org/banen");
    expect(productie).not.toMatch(/localhost/);
    expect(productie).toMatch(/"https:\/\/example.org\/banen\/functions.json"/);
    expect(controleerManifest(productie, { basis: "https://example.org/banen", distMap: dist, metadata })).toEqual([]);
    // No silent pass: without xmllint valideerSchema says so and this fails (CI installs libxml2-utils).
    expect(valideerSchema(productie)).toMatchObject({ ok: true });
  });

  test("the base URL must be https without query or fragment", () => {
    expect(leesBasisUrl("https://example.org")).toBe("https://example.org/");
    expect(() => leesBasisUrl("http://example.org")).toThrow(/alleen via https/);
    expect(() => leesBasisUrl("https://example.org/?x=1")).toThrow(/geen \?, #/);
    expect(() => leesBasisUrl("geen url")).toThrow(/geen URL/);
  });

  test("the script writes the file where it is told", () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-prod-"));
    const uit = path.join(map, "manifest.xml");
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts", "manifest-productie.js"), "https://example.org/banen", "--uit", uit],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(fs.readFileSync(uit, "utf8")).toBe(productieManifest(MANIFEST, "https://example.org/banen"));
    const fout = spawnSync(process.execPath, [path.join(ROOT, "scripts", "manifest-productie.js")], { encoding: "utf8" });
    expect(fout.status).toBe(2);
    expect(fout.stderr).toMatch(/Gebruik: npm run manifest:productie -- https:\/\/example.org\/banen/);
    fs.rmSync(map, { recursive: true, force: true });
  });
});
