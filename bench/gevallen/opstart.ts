/**
 * The CLI's start-up (issue 16: "the CLI starts at once"): the README's way,
 * `npm run banen -- doel 10491 2023`, and the same command without npm
 * (`node bin/banen.js doel 10491 2023`), against what Node itself and npm
 * itself cost to start (`node -e 0`, `npm --version`), timed in turns so a
 * busy machine slows all alike. The compiled CLI in lib/ must be current
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
  banen: Tijden;
  npmRunBanen: Tijden;
  /** Peak RSS of `node bin/banen.js doel 10491 2023`, MiB. */
  banenPiekMiB: number;
  afwijkingen: string[];
}

const DOEL = ["doel", "10491", "2023"];
const VERWACHT = /^Doel 2023: 408,77872941… banen \(afgerond 409\)/;

export function opstart(runs: number): Uitkomst<OpstartResultaat> {
  const rssBestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "banen-opstart-")), "rss.txt");
  const meter = path.join(__dirname, "..", "rss-meter.js");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const paden: Record<keyof Omit<OpstartResultaat, "banenPiekMiB" | "afwijkingen">, [string, string[]]> = {
    node: [process.execPath, ["-e", "0"]],
    npm: [npm, ["--version"]],
    banen: [process.execPath, ["-r", meter, path.join("bin", "banen.js"), ...DOEL]],
    npmRunBanen: [npm, ["run", "--silent", "banen", "--", ...DOEL]],
  };
  const ms: Record<string, number[]> = { node: [], npm: [], banen: [], npmRunBanen: [] };
  const afwijkingen: string[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const volgorde = Object.keys(paden) as Array<keyof typeof paden>;
      for (const naam of i % 2 ? volgorde.reverse() : volgorde) {
        const [opdracht, args] = paden[naam];
        const t0 = performance.now();
        const r = spawnSync(opdracht, args, { cwd: wortel(), encoding: "utf8", env: { ...process.env, BENCH_RSS_BESTAND: rssBestand } });
        const duur = performance.now() - t0;
        if (r.status !== 0) return { ok: false, reden: `${naam}: ${reden(String(r.stderr), r.status, r.signal)}` };
        if ((naam === "banen" || naam === "npmRunBanen") && !VERWACHT.test(String(r.stdout)) && afwijkingen.length < 3)
          afwijkingen.push(`${naam}: ${String(r.stdout).split("\n")[0]}`);
        if ((naam === "banen" || naam === "npmRunBanen") && String(r.stderr) !== "" && afwijkingen.length < 3)
          afwijkingen.push(`${naam} schreef op stderr: ${String(r.stderr).split("\n")[0]}`);
        if (i > 0) ms[naam]!.push(duur); // the first round warms the file cache and builds lib/ if it is stale
      }
    }
    // The last process that wrote the file may be npm run's banen (no meter there): measure once more.
    spawnSync(process.execPath, paden.banen[1], { cwd: wortel(), env: { ...process.env, BENCH_RSS_BESTAND: rssBestand } });
    const banenPiekMiB = Number(fs.readFileSync(rssBestand, "utf8")) / 1024;
    const t = (naam: string) => samenvatting(ms[naam]!);
    return {
      ok: true,
      waarde: { node: t("node"), npm: t("npm"), banen: t("banen"), npmRunBanen: t("npmRunBanen"), banenPiekMiB, afwijkingen },
    };
  } finally {
    fs.rmSync(path.dirname(rssBestand), { recursive: true, force: true });
  }
}
