/**
 * Numbers as the CLI shows them: Dutch notation, exact values cut off with
 * an ellipsis (the JSON output carries them in full), percentages.
 */
import { Decimal, formatteerGetal, leesFractie, leesGetal, type Plaats } from "../core";

/** Decimals shown before an exact value is cut off with "…". */
const ZICHTBARE_DECIMALEN = 8;

/** 408,77872941… (exact value, cut off, never rounded up), or 409 when exact. */
export function exactTekst(d: Decimal): string {
  if (d.decimalPlaces() <= ZICHTBARE_DECIMALEN) return formatteerGetal(d);
  return `${formatteerGetal(d.toDecimalPlaces(ZICHTBARE_DECIMALEN, Decimal.ROUND_DOWN))}…`;
}

/** Whole number, half up, in Dutch notation: 1.399. */
export function heelTekst(d: Decimal | number): string {
  return formatteerGetal(new Decimal(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

/** A fraction as percent: 0,0276 → "2,76%". */
export function procentTekst(fractie: Decimal): string {
  return `${formatteerGetal(fractie.times(100))}%`;
}

/**
 * A percentage option: "2,76%" and "2,76" both mean 2,76 % (the option is in
 * percent, so a bare number is never read as a fraction). Returns a fraction.
 */
export function leesProcent(tekst: string, plaats: Plaats): Decimal {
  const zonderTeken = String(tekst).trim().replace(/%$/, "");
  const procent = leesGetal(zonderTeken, plaats);
  return leesFractie(procent.dividedBy(100), plaats);
}

/** Exact value for JSON: a plain decimal string, no exponent. */
export function exactJson(d: Decimal): string {
  return d.toFixed();
}
