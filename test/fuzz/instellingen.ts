/**
 * How much the fuzz tests run. Inside `npm test` every property runs a small,
 * fixed number of cases with a fixed seed, so the suite is repeatable and stays
 * under ~30 s on a 2-core machine. `npm run fuzz` (scripts/fuzz.js) sets
 * FUZZ_RUNS (default 10000) for a long run; FUZZ_SEED picks another seed, and
 * fast-check prints seed and path of any counterexample so it can be replayed
 * (FUZZ_SEED=<seed> FUZZ_PATH=<path>).
 */
import fc from "fast-check";

const lang = Number(process.env.FUZZ_RUNS);
export const LANGE_RUN = Number.isFinite(lang) && lang > 0 ? lang : 0;
export const SEED = Number.isFinite(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20230402;

/**
 * Cases for one property: `kort` inside npm test; in a long run FUZZ_RUNS × `gewicht`
 * (expensive targets such as writing workbooks take a fraction of the cases).
 */
export function aantal(kort: number, gewicht = 1): number {
  return LANGE_RUN > 0 ? Math.max(kort, Math.round(LANGE_RUN * gewicht)) : kort;
}

export function opties<T>(kort: number, gewicht = 1): fc.Parameters<T> {
  const pad = process.env.FUZZ_PATH;
  return { seed: SEED, numRuns: aantal(kort, gewicht), ...(pad ? { path: pad } : {}) };
}

/** A value for a report: long texts cut to their start and length (a 100.000-character cell would bury the message). */
export function kortWeer(waarde: unknown): string {
  return fc.stringify(waarde).replace(/"((?:[^"\\]|\\.){200})(?:[^"\\]|\\.){100,}"/g, (_, begin: string) => `"${begin}…(ingekort)"`);
}

/**
 * Runs a property like fc.assert, but reports the broken rule first and the
 * counterexample shortened, with seed and path to replay it.
 */
export async function controleer<T>(eigenschap: fc.IProperty<T> | fc.IAsyncProperty<T>, parameters: fc.Parameters<T>): Promise<void> {
  const uit = await fc.check(eigenschap as fc.IAsyncProperty<T>, parameters);
  if (!uit.failed) return;
  const fout = uit.errorInstance instanceof Error ? uit.errorInstance.message : String(uit.errorInstance);
  throw new Error(
    `${fout.slice(0, 2000)}\n\nTegenvoorbeeld (na ${uit.numShrinks} keer verkleinen): ${kortWeer(uit.counterexample).slice(0, 6000)}\n` +
      `Opnieuw: FUZZ_SEED=${uit.seed} FUZZ_PATH=${uit.counterexamplePath ?? ""}`,
  );
}

/** Jest timeout for a property: the bounded run's own, or hours in a long run (runtime is what was asked for). */
export function tijd(kortMs: number): number {
  return LANGE_RUN > 0 ? 6 * 3600_000 : kortMs;
}

/** Cases per second of the last property run, for the report (printed only in a long run). */
export function meld(naam: string, gevallen: number, ms: number): void {
  if (LANGE_RUN > 0)
    process.stdout.write(`fuzz ${naam}: ${gevallen} gevallen in ${(ms / 1000).toFixed(1)} s (${Math.round((gevallen / ms) * 1000)}/s)\n`);
}
