/**
 * The state of one reading by the core row reader (maakInvoer): the problems
 * found so far, the warnings the user acknowledged, and the warnings still
 * open. A warning (something that looks wrong but may be right) goes into the
 * reading report; until the user acknowledges its code (CLI `--accepteer
 * CODE`, a checkbox in the pane) it also stops the run as WAARSCHUWING_NIET_BEVESTIGD.
 */
import { BanenFout, foutenVerzamelaar, type Plaats, plaatsTekst } from "../basis/fouten";
import type { Leesverslag } from "./leesverslag";

/** Codes of the warnings of the row reader, stable: the user acknowledges them by code. */
export const WAARSCHUWINGEN = {
  /** A name in the one-row-per-ministry form (or the fte table) that is not a ministry of Tabel 1. */
  ONBEKENDE_MINISTERIENAAM: "ONBEKENDE_MINISTERIENAAM",
  /** Hours of one person above the plausibility bound (plausibiliteit.ts, eigen keuze). */
  UREN_BOVEN_VOLTIJD: "UREN_BOVEN_VOLTIJD",
  /** Two person rows with the same id: counted only when acknowledged (two contracts of one person). */
  DUBBELE_ID: "DUBBELE_ID",
  /** Person rows without an id column that are identical to an earlier row. */
  DUBBELE_RIJEN: "DUBBELE_RIJEN",
  /** A realisatie above 1.000 % (plausibiliteit.ts, eigen keuze); checked by the model (bouwTabel1). */
  REALISATIE_BOVEN_1000: "REALISATIE_BOVEN_1000",
} as const;
export type WaarschuwingCode = keyof typeof WAARSCHUWINGEN;

export interface Lezing {
  fouten: BanenFout[];
  probeer: <T>(f: () => T) => T | undefined;
  bevestigd: ReadonlySet<string>;
  /** One WAARSCHUWING_NIET_BEVESTIGD per warning not acknowledged. */
  open: BanenFout[];
}

export function nieuweLezing(bevestigd: readonly string[] = []): Lezing {
  const { fouten, probeer } = foutenVerzamelaar();
  return { fouten, probeer, bevestigd: new Set(bevestigd.map((c) => c.trim().toUpperCase())), open: [] };
}

/** Records a warning in the report; true when the user acknowledged its code (then the run may go on). */
export function waarschuw(l: Lezing, verslag: Leesverslag, code: WaarschuwingCode, tekst: string, plaats: Plaats = {}): boolean {
  const bevestigd = l.bevestigd.has(code);
  const waar = plaatsTekst(plaats);
  verslag.waarschuwingen.push({ code, tekst, ...(waar ? { plaats: waar } : {}), bevestigd });
  if (!bevestigd) l.open.push(new BanenFout("WAARSCHUWING_NIET_BEVESTIGD", { code, tekst }, plaats));
  return bevestigd;
}
