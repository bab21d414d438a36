/**
 * The real entry: `npm run build:cli` compiles to lib/, and `node bin/banen.js`
 * runs the README's main job with the exit code and streams a user gets.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { WORTEL } from "./hulp";

jest.setTimeout(180_000);

test("node bin/banen.js tabel1 seeds/voorbeeld/ministeries-2023Q2.csv after npm run build:cli", () => {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: WORTEL, stdio: "pipe" });
  const r = spawnSync(process.execPath, [path.join("bin", "banen.js"), "tabel1", "seeds/voorbeeld/ministeries-2023Q2.csv"], {
    cwd: WORTEL,
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /^Leesverslag: hoe de invoer gelezen is\n[^]*\n\nTabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹\n/,
  );
  expect(r.stdout).toMatch(/\nTotaal Rijk⁷\s+5\.591\s+3\.000\s+755\s+421\s+4\.175\s+75%\n/);
  expect(r.stdout).toContain("Eigen tabel tegenover de gepubliceerde: alle 14 rijen (84 cellen) gelijk.");

  const fout = spawnSync(process.execPath, [path.join("bin", "banen.js"), "doel", "-5", "2023"], { cwd: WORTEL, encoding: "utf8" });
  expect(fout.status).toBe(2);
  expect(fout.stdout).toBe("");
  expect(fout.stderr).toBe("fout: Fte: -5 is negatief; verwacht 0 of meer.\n");
});

/**
 * No compiler per call, and never a stale build: in a copy of the project, `banen` runs lib/ as
 * built; after a source change it rebuilds once (saying so on stderr) and runs the new code; a
 * file touched but not changed costs no rebuild. Two calls right after a change do not write lib/ at
 * the same time (lib/.bouw-slot): one builds, the other waits and runs the new code.
 */
test("bin/banen.js rebuilds lib/ when src/ changed since the build, and only then; two calls at once build once", async () => {
  const kopie = fs.mkdtempSync(path.join(os.tmpdir(), "banen-bouw-"));
  try {
    for (const d of ["bin", "src", "seeds"]) fs.cpSync(path.join(WORTEL, d), path.join(kopie, d), { recursive: true });
    for (const f of ["package.json", "tsconfig.json", "tsconfig.cli.json"]) fs.copyFileSync(path.join(WORTEL, f), path.join(kopie, f));
    fs.symlinkSync(path.join(WORTEL, "node_modules"), path.join(kopie, "node_modules"));
    const banen = () => spawnSync(process.execPath, ["bin/banen.js", "doel", "10491", "2023"], { cwd: kopie, encoding: "utf8" });

    const nooitGebouwd = banen();
    expect(nooitGebouwd.stderr).toMatch(/^banen: de CLI is nog niet gebouwd; hij wordt nu gebouwd \(npm run build:cli\)/);
    expect(nooitGebouwd.stdout).toMatch(/^Doel 2023: 408,77872941… banen \(afgerond 409\)/);
    expect(banen().stderr).toBe("");

    const bron = path.join(kopie, "src/cli/opdrachten/doel.ts");
    fs.writeFileSync(bron, fs.readFileSync(bron, "utf8").replace("banen (afgerond ${", "BANEN (afgerond ${"));
    const tegelijk = () =>
      new Promise<{ stdout: string; stderr: string }>((klaar) =>
        execFile(process.execPath, ["bin/banen.js", "doel", "10491", "2023"], { cwd: kopie, encoding: "utf8" }, (_, stdout, stderr) =>
          klaar({ stdout, stderr }),
        ),
      );
    const twee = await Promise.all([tegelijk(), tegelijk()]);
    for (const na of twee) {
      expect(na.stderr).toMatch(
        /^banen: src\/ is gewijzigd sinds de laatste build; de CLI wordt opnieuw gebouwd \(npm run build:cli\)…\n$/,
      );
      expect(na.stdout).toMatch(/^Doel 2023: 408,77872941… BANEN \(afgerond 409\)/);
    }

    const later = new Date(Date.now() + 5000);
    fs.utimesSync(bron, later, later);
    const aangeraakt = banen();
    expect(aangeraakt.stderr).toBe("");
    expect(aangeraakt.stdout).toMatch(/BANEN \(afgerond 409\)/);
  } finally {
    fs.rmSync(kopie, { recursive: true, force: true });
  }
});

/**
 * An install from the package npm packs (`npm pack`, then `npm install -g banen-….tgz`): the files
 * package.json's "files" selects, without src/ or the tsconfig files, run the CLI as built; with
 * no sources, there is nothing to be stale against.
 */
test("the files npm pack puts in the package run banen without src/", () => {
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: WORTEL, encoding: "utf8" });
  expect(r.status).toBe(0);
  const bestanden = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  expect(bestanden).toContain("lib/cli/main.js");
  expect(bestanden.filter((b) => b.startsWith("src/") || b.startsWith("tsconfig"))).toEqual([]);
  const kopie = fs.mkdtempSync(path.join(os.tmpdir(), "banen-pakket-"));
  try {
    for (const b of bestanden) {
      fs.mkdirSync(path.dirname(path.join(kopie, b)), { recursive: true });
      fs.copyFileSync(path.join(WORTEL, b), path.join(kopie, b));
    }
    fs.symlinkSync(path.join(WORTEL, "node_modules"), path.join(kopie, "node_modules"));
    const doel = spawnSync(process.execPath, ["bin/banen.js", "doel", "10491", "2023"], { cwd: kopie, encoding: "utf8" });
    expect(doel.stderr).toBe("");
    expect(doel.stdout).toMatch(/^Doel 2023: 408,77872941… banen \(afgerond 409\)/);
    const tabel = spawnSync(process.execPath, ["bin/banen.js", "tabel1", "seeds/voorbeeld/ministeries-2023Q2.csv"], {
      cwd: kopie,
      encoding: "utf8",
    });
    expect(tabel.status).toBe(0);
  } finally {
    fs.rmSync(kopie, { recursive: true, force: true });
  }
});

/**
 * Start-up (issue 16): `banen doel` loads its own command and the rules it uses, not the core
 * barrel, the readers (csv, workbook) or the writers (exceljs) of the other commands.
 */
test("banen doel loads only what it uses", () => {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: WORTEL, stdio: "pipe" });
  const script =
    "const stil = { uit() {}, fout() {} };" +
    'require("./lib/cli/main.js").main(["doel", "10491", "2023"], stil).then((code) => {' +
    '  const geladen = Object.keys(require.cache).map((p) => p.split(require("node:path").sep).join("/"));' +
    "  process.stdout.write(JSON.stringify({ code, geladen }));" +
    "});";
  const r = spawnSync(process.execPath, ["-e", script], { cwd: WORTEL, encoding: "utf8" });
  const { code, geladen } = JSON.parse(r.stdout) as { code: number; geladen: string[] };
  expect(code).toBe(0);
  expect(geladen.some((p) => p.endsWith("/lib/cli/opdrachten/doel.js"))).toBe(true);
  const teZwaar = geladen.filter((p) =>
    /\/lib\/core\/index\.js$|\/lib\/core\/(invoer|tabel1|herkomst)\/|\/lib\/cli\/(bestanden|csv|werkmap\/)|\/lib\/cli\/opdrachten\/(?!doel)|\/node_modules\/(exceljs|csv-parse|jszip)\//.test(
      p,
    ),
  );
  expect(teZwaar).toEqual([]);
});

/** The table of lazily loaded commands (main.ts) names every command the help overview lists, and no other. */
test("every command of banen --help is in main.ts's table of commands", async () => {
  const { main, opdrachtNamen } = await import("../../src/cli/main");
  let hulp = "";
  await main([], { uit: (t: string) => void (hulp += t), fout: () => undefined });
  const overzicht = hulp.slice(hulp.indexOf("Opdrachten:"));
  const namen = [...overzicht.matchAll(/^ {2}([a-z0-9-]+)/gm)].map((m) => m[1]!).filter((n) => n !== "help");
  expect(namen.length).toBeGreaterThan(5);
  expect([...namen].sort()).toEqual([...opdrachtNamen()].sort());
});
