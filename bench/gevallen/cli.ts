/**
 * (b) The CLI path from an .xlsx file, as a user runs it:
 *
 *   node bin/banen.js tabel1 personen.xlsx --kwartaal 2023Q2 -o tabel1.xlsx --json
 *
 * in a child process (Node start, reading the workbook, the core, writing the
 * output workbook). Peak memory comes from a preloaded rss-meter. The printed
 * JSON's exact values must equal the reference model's, digit for digit.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { Voorbeeld } from "../../src/voorbeeld/generator";
import type { Tabel1, Tabel1Rij } from "../../src/core";
import { wortel } from "../gegevens";
import { reden, type Uitkomst } from "../kind";
import { samenvatting, type Tijden } from "../meten";
import { schrijfInvoer } from "../werkmappen";

export interface CliResultaat {
  tijden: Tijden;
  /** `banen --help`: Node start plus loading the CLI, the fixed part of every run. */
  opstart: Tijden;
  piekMiB: number;
  afwijkingen: string[];
}

/** Why the CLI cannot be measured, or null when it can. */
export function cliOntbreekt(): string | null {
  if (!fs.existsSync(path.join(wortel(), "lib", "cli", "main.js"))) return "lib/cli/main.js ontbreekt (npm run build:cli)";
  return null;
}

const EXACT = ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const;

/**
 * The CLI's --json output against the reference model: every exact value
 * (decimal text, 50 digits) of every row and the total equal, as text.
 */
export function vergelijkJson(json: unknown, ref: Tabel1): string[] {
  const t = json as { rijen?: Array<{ naam?: string; exact?: Record<string, unknown> }>; totaal?: { exact?: Record<string, unknown> } };
  const uit: string[] = [];
  const rijen = t.rijen ?? [];
  if (rijen.length !== ref.rijen.length) uit.push(`${rijen.length} rijen ≠ ${ref.rijen.length}`);
  const vergelijk = (naam: string, exact: Record<string, unknown> | undefined, r: Tabel1Rij) => {
    for (const k of EXACT) if (String(exact?.[k]) !== r[k].toString()) uit.push(`${naam} ${k}: ${String(exact?.[k])} ≠ ${r[k].toString()}`);
  };
  ref.rijen.forEach((r) => vergelijk(r.naam, rijen.find((j) => j.naam === r.naam)?.exact, r));
  vergelijk("totaal", t.totaal?.exact, ref.totaal);
  return uit;
}

export async function cliPad(
  v: Voorbeeld,
  map: string,
  opties: { opwarmen: number; runs: number },
  ref: Tabel1,
): Promise<Uitkomst<CliResultaat>> {
  const ontbreekt = cliOntbreekt();
  if (ontbreekt) return { ok: false, reden: ontbreekt };
  const invoer = path.join(map, `personen-${v.personen.length}-${v.kwartaal}.xlsx`);
  const uit = path.join(map, `tabel1-${v.personen.length}.xlsx`);
  const rssBestand = path.join(map, "rss.txt");
  await schrijfInvoer(v, invoer);
  const banen = path.join(wortel(), "bin", "banen.js");
  const meter = path.join(__dirname, "..", "rss-meter.js");
  const keer = (args: string[]) => {
    fs.rmSync(uit, { force: true });
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["-r", meter, banen, ...args], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, BENCH_RSS_BESTAND: rssBestand },
    });
    return { ms: performance.now() - t0, r };
  };
  try {
    const args = ["tabel1", invoer, "--kwartaal", v.kwartaal, "-o", uit, "--json"];
    const ms: number[] = [];
    let piek = 0;
    let laatste: ReturnType<typeof keer> | undefined;
    for (let i = 0; i < opties.opwarmen + opties.runs; i++) {
      laatste = keer(args);
      if (laatste.r.status !== 0)
        return { ok: false, reden: `banen tabel1: ${reden(String(laatste.r.stderr), laatste.r.status, laatste.r.signal)}` };
      if (!fs.existsSync(uit)) return { ok: false, reden: `banen tabel1 schreef ${path.basename(uit)} niet` };
      if (i >= opties.opwarmen) ms.push(laatste.ms);
      piek = Math.max(piek, Number(fs.readFileSync(rssBestand, "utf8")));
    }
    let afwijkingen: string[];
    try {
      afwijkingen = vergelijkJson(JSON.parse(String(laatste!.r.stdout)), ref);
    } catch (e) {
      afwijkingen = [`--json-uitvoer niet te lezen: ${e instanceof Error ? e.message : String(e)}`];
    }
    const opstart: number[] = [];
    for (let i = 0; i < 1 + opties.runs; i++) {
      const t = keer(["--help"]).ms;
      if (i > 0) opstart.push(t);
    }
    return { ok: true, waarde: { tijden: samenvatting(ms), opstart: samenvatting(opstart), piekMiB: piek / 1024, afwijkingen } };
  } finally {
    for (const f of [invoer, uit, rssBestand]) fs.rmSync(f, { force: true });
  }
}
