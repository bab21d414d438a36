/**
 * Reading numbers as Dutch users type them, and checking them. Every entry
 * point (functions, pane, CLI) goes through here, so "1.399", "2,76" and
 * "2,76%" mean the same everywhere.
 */
import { Decimal, type Getal } from "./decimaal";
import { BanenFout, kort, type Plaats } from "./fouten";

// A thousands group has three digits after a first group of one to three that does not start with 0:
// "0.500" is never 500 (it is the decimal 0,5), "1.399" is 1399.
const DUIZENDTALLEN = /^[1-9]\d{0,2}(\.\d{3})+$/;
const NEDERLANDS = /^[1-9]\d{0,2}(\.\d{3})*(,\d+)?$|^\d*,\d+$|^\d+$/;
const MACHINE = /^\d+(\.\d+)?$|^\d*\.\d+$/;

/**
 * Parses a number typed the Dutch way. Rules, in order:
 * - "1.399,5" / "2,76": comma is the decimal mark, dots group thousands;
 * - "1.399" / "10.491": dots in groups of three are thousands separators (not "0.500": a
 *   first group never starts with 0, so that is the decimal 0,5);
 * - "10491.25": otherwise a single dot is a decimal point (CSV exports);
 * - a trailing "%" divides by 100 ("2,76%" → 0,0276);
 * - spaces (also non-breaking) and a leading "+" are ignored, "-" makes negative.
 * Throws GEEN_GETAL or LEEG with the given place.
 */
export function leesGetal(invoer: unknown, plaats: Plaats = {}): Decimal {
  if (invoer instanceof Decimal) return invoer;
  if (typeof invoer === "number") {
    if (!Number.isFinite(invoer)) throw new BanenFout("NIET_EINDIG", { waarde: String(invoer) }, plaats);
    return new Decimal(invoer);
  }
  if (typeof invoer === "boolean") throw new BanenFout("GEEN_GETAL", { waarde: invoer ? "WAAR" : "ONWAAR" }, plaats);
  if (invoer === null || invoer === undefined) throw new BanenFout("LEEG", {}, plaats);
  if (typeof invoer !== "string") throw new BanenFout("GEEN_GETAL", { waarde: String(invoer) }, plaats);
  const origineel = invoer;
  let tekst = invoer.replace(/[\s\u00a0\u202f]/g, "");
  if (tekst === "") throw new BanenFout("LEEG", {}, plaats);
  let procent = false;
  if (tekst.endsWith("%")) {
    procent = true;
    tekst = tekst.slice(0, -1);
  }
  let negatief = false;
  if (tekst.startsWith("-") || tekst.startsWith("+")) {
    negatief = tekst.startsWith("-");
    tekst = tekst.slice(1);
  }
  let genormaliseerd: string;
  if (tekst.includes(",") || DUIZENDTALLEN.test(tekst)) {
    if (!NEDERLANDS.test(tekst)) throw new BanenFout("GEEN_GETAL", { waarde: kort(origineel) }, plaats);
    genormaliseerd = tekst.replace(/\./g, "").replace(",", ".");
  } else if (MACHINE.test(tekst)) {
    genormaliseerd = tekst;
  } else {
    throw new BanenFout("GEEN_GETAL", { waarde: kort(origineel) }, plaats);
  }
  let getal = new Decimal(genormaliseerd);
  if (negatief) getal = getal.negated();
  return procent ? getal.dividedBy(100) : getal;
}

/** A number that must be 0 or more (fte, uren, banen, euro). */
export function leesNietNegatief(invoer: unknown, plaats: Plaats = {}): Decimal {
  const getal = leesGetal(invoer, plaats);
  if (getal.isNegative() && !getal.isZero()) {
    throw new BanenFout("NEGATIEF", { waarde: formatteerGetal(getal) }, plaats);
  }
  return getal.abs(); // turns -0 into 0
}

/** A whole number of 0 or more (a number of banen to divide). */
export function leesGeheel(invoer: unknown, plaats: Plaats = {}): Decimal {
  const getal = leesNietNegatief(invoer, plaats);
  if (!getal.isInteger()) throw new BanenFout("GEEN_GEHEEL_GETAL", { waarde: formatteerGetal(getal) }, plaats);
  return getal;
}

/** A fraction between 0 and 1 inclusive (a percentage as Excel stores it). */
export function leesFractie(invoer: unknown, plaats: Plaats = {}): Decimal {
  const getal = leesGetal(invoer, plaats);
  if (getal.isNegative() || getal.greaterThan(1)) {
    throw new BanenFout("ONGELDIG_PERCENTAGE", { waarde: formatteerGetal(getal.times(100)) + "%" }, plaats);
  }
  return getal;
}

/** A calendar year, e.g. 2023. */
export function leesJaar(invoer: unknown, plaats: Plaats = {}): number {
  // A whole number in range is its own year: no Decimal needed (a sheet may pass 100.000 of them).
  if (typeof invoer === "number" && Number.isInteger(invoer) && invoer >= 1900 && invoer <= 2200) return invoer;
  let getal: Decimal;
  try {
    getal = leesGetal(invoer, plaats);
  } catch {
    throw new BanenFout("ONGELDIG_JAAR", { waarde: kort(String(invoer ?? "")) }, plaats);
  }
  if (!getal.isInteger() || getal.lessThan(1900) || getal.greaterThan(2200)) {
    throw new BanenFout("ONGELDIG_JAAR", { waarde: kort(String(invoer)) }, plaats);
  }
  return getal.toNumber();
}

/** Dutch notation for messages: 1.399,5 (no rounding beyond what is given). */
export function formatteerGetal(getal: Getal, decimalen?: number): string {
  const d = new Decimal(getal);
  const tekst = decimalen === undefined ? d.toFixed() : d.toFixed(decimalen);
  const [geheel = "", fractie] = tekst.replace("-", "").split(".");
  const metPunten = geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (d.isNegative() && !d.isZero() ? "-" : "") + metPunten + (fractie ? "," + fractie : "");
}
