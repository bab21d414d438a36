/**
 * `npm run bench`: Tabel 1 and the custom functions at scale, against the
 * alternatives, in one run. Prints a markdown report and writes it to
 * bench/results.md. Every case runs in its own child process (bench/werk.ts)
 * so that one case's heap and JIT state cannot colour another's.
 *
 *   npm run bench                       all cases, 10.000 / 100.000 / 250.000 / 1.000.000 rows
 *                                       (1.000.000: the CLI and LibreOffice once each, no round trips)
 *   npm run bench -- --snel             fewer runs (a quick look, noisier)
 *   npm run bench -- --rijen 10000      other sizes
 *   npm run bench -- --geen-build       use dist/ and lib/ as they are
 *   npm run bench -- --uit /tmp/r.md    write the report elsewhere
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { HyperFormula } from "hyperformula";
import { getallenVan, type Getallen, referentie, voorbeeld, wortel } from "./gegevens";
import { cliPad } from "./gevallen/cli";
import type { FunctieGeheugen, FunctiesResultaat } from "./gevallen/functies";
import type { HerkomstResultaat } from "./gevallen/herkomst";
import { libreOffice, libreOfficeVersie } from "./gevallen/libreoffice";
import { opstart } from "./gevallen/opstart";
import type { RondreizenResultaat } from "./gevallen/rondreizen";
import { draai, reden, type Uitkomst } from "./kind";
import type { TijdMeting } from "./meten";
import { type Machine, rapport, type Resultaten } from "./rapport";

interface Opties {
  rijen: number[];
  cellen: number;
  opwarmen: number;
  runs: number;
  /** Runs of the slow anchors (CLI, LibreOffice), after one warm-up. */
  ankerRuns: number;
  bouwen: boolean;
  uit: string;
}

function leesOpties(argv: string[]): Opties {
  const snel = argv.includes("--snel");
  const waarde = (naam: string) => {
    const i = argv.indexOf(naam);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    rijen: (waarde("--rijen") ?? "10000,100000,250000,1000000").split(",").map(Number),
    cellen: Number(waarde("--cellen") ?? 100_000),
    opwarmen: snel ? 1 : 2,
    runs: snel ? 3 : 7,
    ankerRuns: snel ? 1 : 3,
    bouwen: !argv.includes("--geen-build"),
    uit: waarde("--uit") ?? path.join(wortel(), "bench", "results.md"),
  };
}

/** From this many rows on, the CLI and LibreOffice run once and the pane's round trips are not simulated. */
const GROOT = 1_000_000;

/**
 * Runtime dependencies: the packages `npm ls --omit=dev` lists, and the packages (under node_modules)
 * a process loads to read an .xlsx (lib/cli/werkmap/lees.js) and to write one (lib/cli/werkmap/index.js).
 */
function afhankelijkheden(): Resultaten["afhankelijkheden"] {
  const ls = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], {
    cwd: wortel(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const runtime = new Set(
    String(ls.stdout)
      .split("\n")
      .filter((r) => r.includes("node_modules")),
  ).size;
  const geladen = (module: string) => {
    const code =
      `require(${JSON.stringify(path.join(wortel(), "lib", "cli", "werkmap", module))});` +
      "const s=new Set();for(const k of Object.keys(require.cache)){const m=/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(k);if(m)s.add(m[1]);}console.log(s.size)";
    const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    return r.status === 0 ? Number(String(r.stdout).trim()) : null;
  };
  return { runtime, lezen: geladen("lees.js"), schrijven: geladen("index.js") };
}

function log(tekst: string): void {
  process.stderr.write(`[bench] ${tekst}\n`);
}

/** An npm script of the project; null when it worked, else why not. */
function bouw(script: string): string | null {
  const t0 = performance.now();
  const r = spawnSync("npm", ["run", "--silent", script], { cwd: wortel(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  log(`npm run ${script}: ${r.status === 0 ? "klaar" : "MISLUKT"} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0 ? null : `npm run ${script} mislukt: ${reden(String(r.stderr) + String(r.stdout), r.status, r.signal)}`;
}

function git(args: string[]): string {
  return String(spawnSync("git", args, { cwd: wortel(), encoding: "utf8" }).stdout ?? "").trim();
}

function machine(): Machine {
  const cpus = os.cpus();
  return {
    datum: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: `${cpus[0]?.model.trim() ?? "?"} (${cpus.length} kernen)`,
    geheugenGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit:
      git(["rev-parse", "--short", "HEAD"]) +
      (git(["status", "--porcelain", "--untracked-files=no"]) ? " (met niet-gecommitte wijzigingen van anderen in de werkmap)" : ""),
    libreOffice: libreOfficeVersie(),
    hyperformula: HyperFormula.version,
    belastingStart: os.loadavg(),
    belastingEind: os.loadavg(),
  };
}

function werk<T>(geval: string, rijen: number, opwarmen: number, runs: number): Uitkomst<T> {
  const t0 = performance.now();
  const r = draai<T>(process.execPath, [
    "--expose-gc",
    path.join(__dirname, "werk.js"),
    geval,
    String(rijen),
    String(opwarmen),
    String(runs),
  ]);
  log(`${geval} ${rijen}: ${r.ok ? "klaar" : `MISLUKT: ${r.reden}`} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

async function main(): Promise<void> {
  const opties = leesOpties(process.argv.slice(2));
  const m = machine();
  log(`belasting (1/5/15 min): ${m.belastingStart.map((b) => b.toFixed(2)).join(" ")}`);
  const bouwFout = opties.bouwen ? bouw("build") : null;
  const cliBouwFout = opties.bouwen ? bouw("build:cli") : null;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-bench-"));
  const resultaten: Resultaten = {
    machine: m,
    opties,
    tabel1: [],
    functies: { ok: false, reden: "niet gemeten" },
    functieGeheugen: [],
    opstart: { ok: false, reden: "niet gemeten" },
    rondreizen: [],
    afhankelijkheden: null,
  };
  try {
    for (const n of opties.rijen) {
      const v = voorbeeld(n);
      const ref = referentie(v);
      const verwacht: Getallen = getallenVan(ref);
      const kern = werk<TijdMeting>("kern", n, opties.opwarmen, opties.runs);
      const vloer = werk<TijdMeting>("vloer", n, opties.opwarmen, opties.runs);
      let t0 = performance.now();
      // A million rows: the slow anchors once each (minutes otherwise).
      const groot = n >= GROOT;
      const cli = cliBouwFout
        ? ({ ok: false, reden: cliBouwFout } as const)
        : await cliPad(v, map, groot ? { opwarmen: 0, runs: 1 } : { opwarmen: 1, runs: opties.ankerRuns }, ref);
      log(`cli ${n}: ${cli.ok ? "klaar" : `niet beschikbaar: ${cli.reden}`} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      t0 = performance.now();
      const lo = await libreOffice(v, map, groot ? 1 : opties.ankerRuns, verwacht);
      log(`libreoffice ${n}: ${lo.ok ? "klaar" : `niet beschikbaar: ${lo.reden}`} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      // Herkomst (issue 17) next to the core path; not at a million rows (its cost grows with the rows as the core's does).
      const herkomst = groot ? null : werk<HerkomstResultaat>("herkomst", n, opties.opwarmen, opties.runs);
      resultaten.tabel1.push({ rijen: n, kern, vloer, cli, libreOffice: lo, herkomst });
    }
    resultaten.functies = bouwFout
      ? { ok: false, reden: bouwFout }
      : werk<FunctiesResultaat>("functies", opties.cellen, 1, opties.ankerRuns + 2);
    if (!bouwFout)
      for (const soort of ["banen", "native", "banen-bereik", "native-bereik"] as const)
        resultaten.functieGeheugen.push(werk<FunctieGeheugen>(`functies-geheugen:${soort}`, opties.cellen, 0, 1));
    resultaten.opstart = cliBouwFout ? { ok: false, reden: cliBouwFout } : opstart(Math.max(5, opties.ankerRuns * 2 + 1));
    log(`opstart: ${resultaten.opstart.ok ? "klaar" : `niet beschikbaar: ${resultaten.opstart.reden}`}`);
    resultaten.afhankelijkheden = afhankelijkheden();
    for (const n of opties.rijen.filter((r) => r < GROOT))
      resultaten.rondreizen.push({ rijen: n, uitkomst: werk<RondreizenResultaat>("rondreizen", n, 0, 1) });
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
  m.belastingEind = os.loadavg();
  const tekst = rapport(resultaten);
  process.stdout.write(tekst);
  fs.writeFileSync(opties.uit, tekst);
  log(`geschreven: ${path.relative(process.cwd(), opties.uit)}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
