/**
 * The CLI's start-up (issue 16: "the CLI starts at once"): the README's way,
 * `npm run banen -- doel 10491 2023`, and the same command without npm
 * (`node bin/banen.js doel 10491 2023`), against what Node itself and npm
 * itself cost to start (`node -e 0`, `npm --version`) and what `npm run` costs
 * with a script that does nothing of ours (`npm run env`, npm's own script:
 * the floor under any `npm run banen`), timed in turns so a busy machine slows
 * all alike. Where NODE_EXTRA_CA_CERTS is set (this sandbox sets it for its
 * proxy's certificates), every Node process reads those certificates at
 * start; the README's command and Node alone are then also timed without it,
 * as a user's machine runs them. The compiled CLI in lib/ must be current
 * (bin/banen.js would otherwise rebuild it in the first, untimed, run).
 * Peak RSS of `node bin/banen.js doel` from the preloaded rss-meter.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { wortel } from "../gegevens";
import { reden, type Uitkomst } from "../kind";
import { samenvatting, type Tijden } from "../meten";

export interface OpstartResultaat {
  node: Tijden;
  npm: Tijden;
  /** `npm run env`: npm run with nothing of ours. */
  npmRun: Tijden;
  banen: Tijden;
  npmRunBanen: Tijden;
  /** The same without NODE_EXTRA_CA_CERTS, when it is set here; else undefined. */
  zonderCerts?: { node: Tijden; npmRun: Tijden; banen: Tijden; npmRunBanen: Tijden };
  /** Peak RSS of `node bin/banen.js doel 10491 2023`, MiB. */
  banenPiekMiB: number;
  afwijkingen: string[];
}

const DOEL = ["doel", "10491", "2023"];
const VERWACHT = /^Doel 2023: 408,77872941… banen \(afgerond 409\)/;

type Pad = [opdracht: string, args: string[], env: NodeJS.ProcessEnv];

/** The commands timed, by name; with `zonder`, also without NODE_EXTRA_CA_CERTS (names ending in "Z"). */
function paden(meter: string, rssBestand: string): Record<string, Pad> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const env = { ...process.env, BENCH_RSS_BESTAND: rssBestand };
  const uit: Record<string, Pad> = {
    node: [process.execPath, ["-e", "0"], env],
    npm: [npm, ["--version"], env],
    npmRun: [npm, ["run", "--silent", "env"], env],
    banen: [process.execPath, ["-r", meter, path.join("bin", "banen.js"), ...DOEL], env],
    npmRunBanen: [npm, ["run", "--silent", "banen", "--", ...DOEL], env],
  };
  if (process.env.NODE_EXTRA_CA_CERTS === undefined) return uit;
  const zonder: NodeJS.ProcessEnv = { ...env };
  delete zonder.NODE_EXTRA_CA_CERTS;
  for (const naam of ["node", "npmRun", "banen", "npmRunBanen"]) uit[`${naam}Z`] = [uit[naam]![0], uit[naam]![1], zonder];
  return uit;
}

export function opstart(runs: number): Uitkomst<OpstartResultaat> {
  const rssBestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "banen-opstart-")), "rss.txt");
  const meter = path.join(__dirname, "..", "rss-meter.js");
  const alle = paden(meter, rssBestand);
  const ms: Record<string, number[]> = Object.fromEntries(Object.keys(alle).map((n) => [n, []]));
  const afwijkingen: string[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const volgorde = Object.keys(alle);
      for (const naam of i % 2 ? volgorde.reverse() : volgorde) {
        const [opdracht, args, env] = alle[naam]!;
        const t0 = performance.now();
        const r = spawnSync(opdracht, args, { cwd: wortel(), encoding: "utf8", env });
        const duur = performance.now() - t0;
        if (r.status !== 0) return { ok: false, reden: `${naam}: ${reden(String(r.stderr), r.status, r.signal)}` };
        if (naam.startsWith("banen") || naam.startsWith("npmRunBanen")) controleerUitvoer(naam, r, afwijkingen);
        if (i > 0) ms[naam]!.push(duur); // the first round warms the file cache and builds lib/ if it is stale
      }
    }
    // The last process that wrote the file may be npm run's banen (no meter there): measure once more.
    spawnSync(process.execPath, alle.banen![1], { cwd: wortel(), env: alle.banen![2] });
    const banenPiekMiB = Number(fs.readFileSync(rssBestand, "utf8")) / 1024;
    const t = (naam: string) => samenvatting(ms[naam]!);
    const zonderCerts = alle.nodeZ
      ? { node: t("nodeZ"), npmRun: t("npmRunZ"), banen: t("banenZ"), npmRunBanen: t("npmRunBanenZ") }
      : undefined;
    return {
      ok: true,
      waarde: {
        node: t("node"),
        npm: t("npm"),
        npmRun: t("npmRun"),
        banen: t("banen"),
        npmRunBanen: t("npmRunBanen"),
        zonderCerts,
        banenPiekMiB,
        afwijkingen,
      },
    };
  } finally {
    fs.rmSync(path.dirname(rssBestand), { recursive: true, force: true });
  }
}

/** The README's answer on stdout and nothing on stderr, else a note (at most three). */
function controleerUitvoer(naam: string, r: { stdout: unknown; stderr: unknown }, afwijkingen: string[]): void {
  if (!VERWACHT.test(String(r.stdout)) && afwijkingen.length < 3) afwijkingen.push(`${naam}: ${String(r.stdout).split("\n")[0]}`);
  if (String(r.stderr) !== "" && afwijkingen.length < 3) afwijkingen.push(`${naam} schreef op stderr: ${String(r.stderr).split("\n")[0]}`);
}
