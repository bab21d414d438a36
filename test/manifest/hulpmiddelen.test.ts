/**
 * The committed icons come from assets/icon.svg (scripts/iconen.js), and the
 * telemetry switch (scripts/geen-telemetrie.js) that runs before every
 * office-addin-* tool writes "off" and finds every installed copy off.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const { iconen, MATEN } = require("../../scripts/iconen") as {
  iconen: () => { maat: number; bestand: string; png: Buffer }[];
  MATEN: number[];
};
const { pngMaat } = require("../../scripts/manifest-controle") as {
  pngMaat: (b: Buffer) => { breedte: number; hoogte: number } | undefined;
};
const { niveaus } = require("../../scripts/geen-telemetrie") as { niveaus: () => { map: string; versie: string; niveau: string }[] };

test("icons: 16, 32, 64 and 80 px PNGs, exactly what scripts/iconen.js renders from assets/icon.svg", () => {
  expect(MATEN).toEqual([16, 32, 64, 80]);
  for (const { maat, bestand, png } of iconen()) {
    const gecommit = fs.readFileSync(bestand);
    expect(pngMaat(gecommit)).toEqual({ breedte: maat, hoogte: maat });
    expect(gecommit.equals(png)).toBe(true);
  }
});

describe("telemetry off", () => {
  const mappen: string[] = [];
  afterAll(() => mappen.forEach((map) => fs.rmSync(map, { recursive: true, force: true })));
  function tijdelijkeHome(): string {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-home-"));
    mappen.push(map);
    return map;
  }

  function draai(home: string) {
    return spawnSync(process.execPath, [path.join(ROOT, "scripts", "geen-telemetrie.js")], {
      env: { ...process.env, HOME: home, USERPROFILE: home },
      encoding: "utf8",
    });
  }

  test("on a fresh machine it writes usageDataLevel off where office-addin-usage-data reads it", () => {
    const home = tijdelijkeHome();
    const r = draai(home);
    expect(r.status).toBe(0);
    const instellingen = JSON.parse(fs.readFileSync(path.join(home, "office-addin-usage-data.json"), "utf8"));
    expect(instellingen).toEqual({ usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "off" } } });
  });

  test("it turns an existing 'on' off and keeps other settings", () => {
    const home = tijdelijkeHome();
    const bestand = path.join(home, "office-addin-usage-data.json");
    fs.writeFileSync(
      bestand,
      JSON.stringify({ usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "on", deviceID: "x" }, ander: { a: 1 } } }),
    );
    expect(draai(home).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(bestand, "utf8"))).toEqual({
      usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "off", deviceID: "x" }, ander: { a: 1 } },
    });
  });

  test("every installed copy of office-addin-usage-data reads the level as off", () => {
    const kopieen = niveaus();
    expect(kopieen.length).toBeGreaterThan(0);
    expect(kopieen.filter((k) => k.niveau !== "off")).toEqual([]);
  });

  test("every npm script that starts an office-addin-* tool first runs scripts/geen-telemetrie.js", () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    // dev-server loads office-addin-dev-certs through webpack.config.js; start/stop run office-addin-debugging.
    const metHulpmiddel = Object.entries(scripts).filter(([naam, s]) => /office-addin-/.test(s) || naam === "dev-server");
    expect(metHulpmiddel.map(([naam]) => naam)).toEqual(expect.arrayContaining(["dev-server", "start", "stop"]));
    for (const [naam, s] of metHulpmiddel) expect([naam, s.startsWith("node scripts/geen-telemetrie.js && ")]).toEqual([naam, true]);
  });
});
