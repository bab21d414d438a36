/**
 * Timing and memory for one benchmark case, run inside its own child process
 * (a fresh heap per case, so one case's garbage or JIT state cannot slow
 * another's). Time: warm-up runs first (JIT, caches), then the median of the
 * measured runs, with min and max to show the noise. Memory: the process's
 * peak resident set (getrusage maxRSS) after the first run, and how far that
 * peak rose above the peak reached before the run (input already in memory).
 */
import * as fs from "node:fs";
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

/**
 * The process's own peak resident set in bytes: VmHWM from /proc/self/status (Linux), else
 * getrusage maxRSS. On Linux a child's maxRSS starts at its parent's resident set (fork copies
 * the parent's memory, and exec keeps that high-water mark: a child of a bench process holding
 * 1.000.000 rows reported 257 MiB where it peaked at 160), so it only bounds from above;
 * VmHWM belongs to the memory the process has since its exec.
 */
export function piekRss(): number {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: getrusage below
  }
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

/**
 * Two steps timed in turns (A B, B A, A B, …) after warming both up, so that
 * a busy machine slows both alike and their ratio stays meaningful. Returns
 * the last result of each (to check them) and both medians.
 */
export function meetPaar<A, B>(
  a: () => A,
  b: () => B,
  opties: { opwarmen: number; runs: number; opruimen?: (uitkomst: A | B) => void },
): { a: { uitkomst: A; tijden: Tijden }; b: { uitkomst: B; tijden: Tijden } } {
  let ua: A | undefined;
  let ub: B | undefined;
  const msA: number[] = [];
  const msB: number[] = [];
  const keer = <T extends A | B>(stap: () => T, vorige: T | undefined, ms: number[] | null): T => {
    if (vorige !== undefined) opties.opruimen?.(vorige);
    gc();
    const t0 = performance.now();
    const uit = stap();
    ms?.push(performance.now() - t0);
    return uit;
  };
  for (let i = 0; i < opties.opwarmen; i++) {
    ua = keer(a, ua, null);
    ub = keer(b, ub, null);
  }
  for (let i = 0; i < opties.runs; i++) {
    if (i % 2 === 0) {
      ua = keer(a, ua, msA);
      ub = keer(b, ub, msB);
    } else {
      ub = keer(b, ub, msB);
      ua = keer(a, ua, msA);
    }
  }
  return { a: { uitkomst: ua as A, tijden: samenvatting(msA) }, b: { uitkomst: ub as B, tijden: samenvatting(msB) } };
}
