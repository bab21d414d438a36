/**
 * Timing and memory for one benchmark case, run inside its own child process
 * (a fresh heap per case, so one case's garbage or JIT state cannot slow
 * another's). Time: warm-up runs first (JIT, caches), then the median of the
 * measured runs, with min and max to show the noise. Memory: the process's
 * peak resident set (getrusage maxRSS) after the first run, and how far that
 * peak rose above the peak reached before the run (input already in memory).
 */
import { performance } from "node:perf_hooks";

export interface Tijden {
  /** Milliseconds, median of the measured runs. */
  mediaan: number;
  min: number;
  max: number;
  runs: number;
}

export interface Geheugen {
  /** Peak RSS of the whole process (input + case), MiB. */
  piekMiB: number;
  /** How much the first run raised the peak above what the input had already reached, MiB. */
  extraMiB: number;
}

/** What a timed case reports. */
export interface TijdMeting {
  tijden: Tijden;
  geheugen: Geheugen;
  /** Differences from the reference model; empty when equal. */
  afwijkingen: string[];
}

export function mediaan(getallen: number[]): number {
  const s = [...getallen].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function samenvatting(ms: number[]): Tijden {
  return { mediaan: mediaan(ms), min: Math.min(...ms), max: Math.max(...ms), runs: ms.length };
}

const MiB = 1024 * 1024;

/** maxRSS in bytes (getrusage gives kilobytes). */
export function piekRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `stap` once for memory, `opwarmen` times to warm up, then `runs` times
 * timed. Returns the result of the last run (to check it) with the numbers.
 */
export function meet<T>(
  stap: () => T,
  opties: { opwarmen: number; runs: number; opruimen?: (uitkomst: T) => void },
): { uitkomst: T; tijden: Tijden; geheugen: Geheugen } {
  gc();
  const voor = piekRss();
  let uitkomst = stap();
  const na = piekRss();
  const volgende = () => {
    opties.opruimen?.(uitkomst); // untimed: only the step itself counts
    gc(); // collect between runs, not during them
  };
  for (let i = 0; i < opties.opwarmen; i++) {
    volgende();
    uitkomst = stap();
  }
  const ms: number[] = [];
  for (let i = 0; i < opties.runs; i++) {
    volgende();
    const t0 = performance.now();
    uitkomst = stap();
    ms.push(performance.now() - t0);
  }
  return { uitkomst, tijden: samenvatting(ms), geheugen: { piekMiB: na / MiB, extraMiB: Math.max(0, na - voor) / MiB } };
}

/** Like `meet`, for a step that is asynchronous. */
export async function meetAsync<T>(
  stap: () => Promise<T>,
  opties: { opwarmen: number; runs: number },
): Promise<{ uitkomst: T; tijden: Tijden; geheugen: Geheugen }> {
  gc();
  const voor = piekRss();
  let uitkomst = await stap();
  const na = piekRss();
  for (let i = 0; i < opties.opwarmen; i++) uitkomst = await stap();
  const ms: number[] = [];
  for (let i = 0; i < opties.runs; i++) {
    gc();
    const t0 = performance.now();
    uitkomst = await stap();
    ms.push(performance.now() - t0);
  }
  return { uitkomst, tijden: samenvatting(ms), geheugen: { piekMiB: na / MiB, extraMiB: Math.max(0, na - voor) / MiB } };
}
