/**
 * No network, no telemetry, no eval, a strict policy:
 * - the real `node bin/banen.js` runs every command on the sample files with
 *   networking made impossible (NODE_OPTIONS=--require geen-netwerk.js: sockets,
 *   DNS, HTTP(S), HTTP/2, UDP, fetch, WebSocket and child processes throw and
 *   leave a marker); the hook itself is shown to catch each of them;
 * - every URL in the built dist/ is the office.js CDN, a localhost dev URL or
 *   one listed below with the reason it is never fetched;
 * - no eval or new Function in the bundles (the CSP forbids 'unsafe-eval');
 * - the Content-Security-Policy of taskpane.html allows only the add-in's own
 *   origin and office.js, no inline script or style, no inline handlers.
 * (The pane's requests in a real browser: test/taskpane/browser*.test.ts and
 * taakvenster-xss.test.ts fail on any request beyond 127.0.0.1.)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

jest.setTimeout(180_000);

const WORTEL = path.resolve(__dirname, "..", "..");
const HAAK = path.join(__dirname, "geen-netwerk.js");
const MERK = "GEEN-NETWERK-SCHENDING";
const VOORBEELD = "seeds/voorbeeld";

function node(args: string[], cwd = WORTEL): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--require ${JSON.stringify(HAAK)}` },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the hook makes networking impossible (so the CLI test below can fail)", () => {
  test.each([
    ["http.get", "require('http').get('http://127.0.0.1:9')"],
    ["https.request", "require('https').request('https://example.invalid')"],
    ["fetch", "fetch('http://127.0.0.1:9')"],
    ["dns.lookup", "require('dns').lookup('example.invalid', () => {})"],
    ["dns.promises.resolve", "require('dns').promises.resolve('example.invalid')"],
    ["net.Socket.prototype.connect", "new (require('net').Socket)().connect(9, '127.0.0.1')"],
    ["tls.connect", "require('tls').connect(443, 'example.invalid')"],
    ["dgram.createSocket", "require('dgram').createSocket('udp4')"],
    ["child_process.spawn", "require('child_process').spawn('curl', ['https://example.invalid'])"],
  ])("%s", (wat, code) => {
    const r = node(["-e", code]);
    expect(r.stderr).toContain(`${MERK}: ${wat}`);
    expect(r.status).not.toBe(0);
  });
});

describe("every banen command on the sample files, without network", () => {
  let map: string;
  beforeAll(() => {
    // bin/banen.js runs lib/ (the compiled CLI), as `npm run banen` does.
    const bouw = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: WORTEL, encoding: "utf8" });
    expect(bouw.status).toBe(0);
    map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-geen-netwerk-"));
  });
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

  /** Each command with the exit code it should end with. `tabel1 -o` runs first: controleer and financiering read its file. */
  const gevallen = (): Array<{ args: string[]; code: number }> => [
    { args: ["doel", "10491", "2023"], code: 0 },
    { args: ["doel", "10491", "2031", "--quotumpercentage", "2,76%", "--json"], code: 0 },
    { args: ["uren-naar-banen", "331,5", "--periode", "kwartaal"], code: 0 },
    { args: ["banen-naar-uren", "2", "--periode", "jaar", "--json"], code: 0 },
    { args: ["inleen", "41.993", "2021"], code: 0 },
    { args: ["verdeel", "409", "3", "2", "1", "--namen", "A,B,C"], code: 0 },
    { args: ["tabel1", `${VOORBEELD}/ministeries-2023Q2.csv`, "-o", path.join(map, "tabel1.xlsx")], code: 0 },
    {
      args: ["tabel1", `${VOORBEELD}/personen-2023Q2.csv`, "--fte", `${VOORBEELD}/fte-2023Q1.csv`, "-o", path.join(map, "tabel1.csv")],
      code: 0,
    },
    { args: ["tabel1", `${VOORBEELD}/personen-2023Q2.xlsx`, "--json", "-o", path.join(map, "tabel1.json")], code: 0 },
    { args: ["tabel1", `${VOORBEELD}/personen-2023Q2.csv`, "--problemen", path.join(map, "problemen.xlsx")], code: 2 },
    { args: ["controleer", "seeds/tabel1-2023Q2.json"], code: 0 },
    { args: ["controleer", "seeds/sectoren-2023-2024.json"], code: 1 },
    { args: ["controleer", path.join(map, "tabel1.xlsx")], code: 0 },
    { args: ["reeks", "--tot", "2026"], code: 0 },
    {
      args: [
        "herkomst",
        `${VOORBEELD}/personen-2023Q2.csv`,
        "--fte",
        `${VOORBEELD}/fte-2023Q1.csv`,
        "--ministerie",
        "Fin",
        "--kolom",
        "formeel",
      ],
      code: 0,
    },
    { args: ["landelijk"], code: 0 },
    {
      args: [
        "financiering",
        path.join(map, "tabel1.xlsx"),
        "--kosten-per-baan",
        "45.000",
        "--budget",
        "15.000.000",
        "--plafond",
        "400",
        "--verdeling",
        "naar-tekort",
        "-o",
        path.join(map, "financiering.xlsx"),
      ],
      code: 0,
    },
    {
      args: ["financiering", `${VOORBEELD}/ministeries-2023Q2.csv`, "--kosten-per-baan", "45.000", "--budget", "15.000.000", "--json"],
      code: 0,
    },
    { args: ["--help"], code: 0 },
    { args: ["help", "financiering"], code: 0 },
    { args: ["doel", "-5", "2023"], code: 2 },
  ];

  test("every command in `banen --help` has a case here (a new command cannot slip past)", () => {
    const hulp = node(["bin/banen.js", "--help"]).stdout;
    const opdrachten = [...hulp.slice(hulp.indexOf("Opdrachten:")).matchAll(/^ {2}([a-z][a-z0-9-]*) /gm)]
      .map((m) => m[1]!)
      .filter((o) => o !== "help");
    expect(opdrachten.length).toBeGreaterThanOrEqual(8);
    const gedekt = new Set(gevallen().map((g) => g.args[0]));
    expect(opdrachten.filter((o) => !gedekt.has(o))).toEqual([]);
  });

  test("each runs to its usual exit code, never touches the network, and prints no input row", () => {
    const uitkomsten = gevallen().map(({ args, code }) => {
      const r = node(["bin/banen.js", ...args]);
      return {
        opdracht: args.join(" ").replace(map, "<map>"),
        code: r.status,
        verwacht: code,
        schending: r.stderr.includes(MERK) ? r.stderr : "",
      };
    });
    expect(uitkomsten.filter((u) => u.code !== u.verwacht || u.schending)).toEqual([]);
  });

  test("the CLI never prints input rows: the person sample's ids appear nowhere in its output", () => {
    const ids = fs
      .readFileSync(path.join(WORTEL, VOORBEELD, "personen-2023Q2.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1, 200)
      .map((r) => r.split(";")[0]!)
      .filter(Boolean);
    expect(ids.length).toBeGreaterThan(100);
    const r = node(["bin/banen.js", "tabel1", `${VOORBEELD}/personen-2023Q2.csv`, "--fte", `${VOORBEELD}/fte-2023Q1.csv`, "--json"]);
    expect(r.status).toBe(0);
    const fout = node(["bin/banen.js", "tabel1", `${VOORBEELD}/personen-2023Q2.csv`]);
    expect(fout.status).toBe(2);
    for (const uit of [r.stdout, r.stderr, fout.stdout, fout.stderr]) expect(ids.filter((id) => uit.includes(id))).toEqual([]);
  });
});

describe("the built add-in (dist/)", () => {
  const DIST = path.join(WORTEL, "dist");
  const bestanden = () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.js")))
      throw new Error("dist/ ontbreekt: bouw eerst met `npm run build` (npm test doet dat vóór jest).");
    return fs.readdirSync(DIST).filter((b) => /\.(js|html|json|css|txt)$/.test(b));
  };

  /**
   * URLs that may appear, with the reason they are never fetched. Anything else
   * (an analytics host, a font CDN, a telemetry endpoint) fails the test.
   */
  const TOEGESTAAN: Array<[RegExp, string]> = [
    [/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/, "office.js, the one external script"],
    [/^https:\/\/appsforoffice\.microsoft\.com$/, "the office.js host in the Content-Security-Policy"],
    [/^https?:\/\/localhost(:\d+)?(\/|$)/, "the dev server"],
    [/^http:\/\/www\.w3\.org\/2000\/svg$/, "the SVG namespace of Fluent's icons: an identifier, never fetched"],
    [
      /^https:\/\/(issues\.chromium\.org\/issues\/40062355|bugs\.webkit\.org\/show_bug\.cgi\?id=298646)$/,
      "in CSS comments of Fluent's styles",
    ],
    [/^https:\/\/github\.com\/MikeMcl\/decimal\.js$/, "decimal.js's licence header (*.LICENSE.txt)"],
  ];

  test("every URL is office.js, localhost or listed with its reason", () => {
    const onbekend: string[] = [];
    for (const b of bestanden()) {
      const tekst = fs.readFileSync(path.join(DIST, b), "utf8");
      for (const m of tekst.matchAll(/(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;]+/g)) {
        const url = m[0].replace(/[.)]+$/, "");
        if (!TOEGESTAAN.some(([re]) => re.test(url))) onbekend.push(`${b}: ${url}`);
      }
    }
    expect(onbekend).toEqual([]);
  });

  test("no eval, no new Function, no string timers in the bundles (the CSP has no 'unsafe-eval')", () => {
    const gevonden: string[] = [];
    for (const b of bestanden().filter((x) => x.endsWith(".js"))) {
      const js = fs.readFileSync(path.join(DIST, b), "utf8");
      for (const re of [
        /(?<![\w$.])eval\s*\(/g,
        /new\s+Function\s*\(/g,
        /(?<![\w$.])Function\s*\(\s*["'`]/g,
        /set(?:Timeout|Interval)\s*\(\s*["'`]/g,
      ]) {
        for (const m of js.matchAll(re)) gevonden.push(`${b}: ${js.slice(Math.max(0, m.index! - 30), m.index! + 40)}`);
      }
    }
    expect(gevonden).toEqual([]);
  });

  test("commands.html (not named in manifest.xml: the shared runtime is taskpane.html) runs office.js and commands.js only, nothing inline", () => {
    // It has no policy of its own: its sources may name no URL (test/manifest) and the build adds none.
    const html = fs.readFileSync(path.join(DIST, "commands.html"), "utf8");
    expect(fs.readFileSync(path.join(WORTEL, "manifest.xml"), "utf8")).not.toMatch(/commands\.html/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map(([, a, inhoud]) => [/src=["']?([^"'\s>]+)/.exec(a!)?.[1], inhoud!.trim()])).toEqual([
      ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", ""],
      ["commands.js", ""],
    ]);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  test.each([
    ["taskpane.html", ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "commands.js", "taskpane.js"]],
  ])("%s: a strict Content-Security-Policy before every script, no inline script, style or handler", (pagina, verwacht) => {
    const html = fs.readFileSync(path.join(DIST, pagina), "utf8");
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    const regels = Object.fromEntries(
      csp!
        .split(";")
        .map((r) => r.trim().split(/\s+/))
        .filter((r) => r[0])
        .map(([naam, ...waarden]) => [naam!, waarden]),
    );
    expect(regels).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "style-src": ["'self'"],
      "connect-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
    expect(csp).not.toMatch(/unsafe-|\*|http:/);
    // The policy comes before any script, so it covers them all.
    expect(html.search(/Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributen, inhoud] of scripts) {
      expect(attributen).toMatch(/\ssrc=/);
      expect(inhoud!.trim()).toBe("");
    }
    expect(scripts.map(([, a]) => /src=["']?([^"'\s>]+)/.exec(a!)![1])).toEqual(verwacht);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });
});
