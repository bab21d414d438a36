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
 *
 * The fte's decimal m × 10^-s is found without making its text (String() and a
 * regular expression cost more than the rest of the call): the smallest s for
 * which m = round(fte × 10^s) gives back fte as m ÷ 10^s, taken only when
 * m − 1 and m + 1 do not (see `vast`).
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

/**
 * The decimal Decimal reads from a double x ≥ 0 (the value of String(x), decimal.js), as m × 10^-s;
 * null when it needs more than 15 decimals or m would not be a safe integer.
 *
 * Why this is String(x)'s value: m ÷ 10^s of two exact doubles is correctly rounded, so "m ÷ 10^s
 * === x" says the decimal m × 10^-s reads back as x. String(x) is the decimal with the fewest
 * significant digits that reads back as x; with fewer decimals than it, no decimal reads back as x
 * (it would be shorter), so the first s that works is its number of decimals, s*. Rounding in
 * x × 10^s may pick a neighbour of the right m; a neighbour that does not read back as x makes
 * this s fail and a later s is tried. Taking (m, s) only when m − 1 and m + 1 do not read back as
 * x makes m × 10^-s the one decimal with s places that does; String(x)'s value, with s* ≤ s
 * places, is such a decimal too, so they are equal.
 */
function vast(x: number): Vast | null {
  for (let s = 0; s < MACHT.length; s++) {
    const p = MACHT[s]!;
    const m = Math.round(x * p) + 0; // + 0: -0 becomes 0, as Decimal reads it
    if (m > Number.MAX_SAFE_INTEGER) return null;
    if (m / p === x) return (m - 1) / p !== x && (m + 1) / p !== x ? { m, s } : null;
  }
  return null;
}

/** doel(fte, jaar).toNumber(), or undefined when this input needs the general path. */
export function doelSnel(fte: unknown, jaar: unknown): number | undefined {
  if (typeof fte !== "number" || typeof jaar !== "number" || !(fte >= 0) || fte === Infinity || !BAAN) return undefined;
  const f = jaar === laatsteJaar ? laatsteFactor : factorVan(jaar);
  const v = f && vast(fte);
  if (!f || !v) return undefined;
  const n = v.m * f.m;
  const k = v.s + f.s - BAAN.s;
  if (!Number.isSafeInteger(n) || k < 0 || k >= MACHT.length) return undefined;
  const d = BAAN.m * MACHT[k]!;
  return Number.isSafeInteger(d) ? n / d : undefined;
}

/** The year of the previous call and its factor: a column of cells asks for the same year each time. */
let laatsteJaar = NaN;
let laatsteFactor: Vast | null = null;

function factorVan(jaar: number): Vast | null {
  if (!Number.isInteger(jaar)) return null;
  laatsteFactor = factor(jaar);
  laatsteJaar = jaar;
  return laatsteFactor;
}
