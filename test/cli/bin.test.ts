/**
 * The real entry: `npm run build:cli` compiles to lib/, and `node bin/banen.js`
 * runs the README's main job with the exit code and streams a user gets.
 */
import { execFileSync, spawnSync } from "node:child_process";
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
  expect(r.stdout).toMatch(/^Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹\n/);
  expect(r.stdout).toMatch(/\nTotaal Rijk⁷\s+5\.591\s+3\.000\s+755\s+421\s+4\.175\s+75%\n/);
  expect(r.stdout).toContain("Eigen tabel tegenover de gepubliceerde: alle 14 rijen (84 cellen) gelijk.");

  const fout = spawnSync(process.execPath, [path.join("bin", "banen.js"), "doel", "-5", "2023"], { cwd: WORTEL, encoding: "utf8" });
  expect(fout.status).toBe(2);
  expect(fout.stdout).toBe("");
  expect(fout.stderr).toBe("fout: Fte: -5 is negatief; verwacht 0 of meer.\n");
});
