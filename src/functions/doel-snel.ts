/**
 * The common call =BANEN.DOEL(A1;2023) without Decimal: one number of fte and
 * a year with a published quotumpercentage, no options. The profile of a
 * 100.000-cell recalculation put ~60 % of the time in decimal.js (division,
 * constructor, toNumber) and garbage collection, and ~10 % in perCel's
 * generic argument handling.
 *
 * Exact, digit for digit the number the core gives (doel(...).toNumber()):
 * every operand is a decimal m × 10^-s with a whole m (the fte as JavaScript
 * writes the number, which is what Decimal reads; 36; the percentage's
 * published text; 25,5), so doel = N ÷ D with whole N = m_fte × m_uren × m_pct
 * and D = m_baan × 10^k. When both are below 2^53 they are exact doubles, and
 * IEEE 754 division gives the double nearest to N ÷ D (correctly rounded).
 * The core rounds N ÷ D to 50 digits first and then to the nearest double;
 * that is the same double, because a quotient of integers below 2^53 is never
 * exactly halfway between two doubles (such a midpoint needs 54 significant
 * bits; N ÷ D in lowest terms has a numerator below 2^53) and lies much
 * farther from one than 50 digits can move it. Any other input (a range, text,
 * a negative number, an unknown year, an option) returns undefined: the
 * general path reads it and words its errors.
 */
import { QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK, UREN_PER_FTE_RIJK } from "../core";

interface Vast {
  /** Whole number m with value m × 10^-s. */
  m: number;
  s: number;
}

/** "25.5" → { m: 255, s: 1 }; null for anything else than digits with an optional decimal point, or too many digits. */
export function alsVast(tekst: string): Vast | null {
  const p = /^(\d+)(?:\.(\d+))?$/.exec(tekst);
  if (!p) return null;
  const breuk = p[2] ?? "";
  const m = Number(p[1]! + breuk);
  return Number.isSafeInteger(m) ? { m, s: breuk.length } : null;
}

const BAAN = alsVast(UREN_PER_BAAN_PER_WEEK.waarde.toString());
const UREN = alsVast(UREN_PER_FTE_RIJK.waarde.toString());

/** Per year: uren per fte × quotumpercentage as one whole number and scale (null: no fast path for that year). */
const perJaar = new Map<number, Vast | null>();

function factor(jaar: number): Vast | null {
  let f = perJaar.get(jaar);
  if (f === undefined) {
    const pct = QUOTUMPERCENTAGE[jaar] ? alsVast(String(QUOTUMPERCENTAGE[jaar]!.waarde)) : null;
    f = pct && UREN && Number.isSafeInteger(pct.m * UREN.m) ? { m: pct.m * UREN.m, s: pct.s + UREN.s } : null;
    perJaar.set(jaar, f);
  }
  return f;
}

const MACHT = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** doel(fte, jaar).toNumber(), or undefined when this input needs the general path. */
export function doelSnel(fte: unknown, jaar: unknown): number | undefined {
  if (typeof fte !== "number" || typeof jaar !== "number" || !(fte >= 0) || !Number.isInteger(jaar) || !BAAN) return undefined;
  const f = factor(jaar);
  const v = f && alsVast(String(fte));
  if (!f || !v) return undefined;
  const n = v.m * f.m;
  const k = v.s + f.s - BAAN.s;
  if (!Number.isSafeInteger(n) || k < 0 || k >= MACHT.length) return undefined;
  const d = BAAN.m * MACHT[k]!;
  return Number.isSafeInteger(d) ? n / d : undefined;
}
