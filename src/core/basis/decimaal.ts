/**
 * The one Decimal type of the core. A clone of decimal.js with 50 significant
 * digits (so 36 / 25,5 and the like keep far more precision than any published
 * figure needs) and ROUND_HALF_UP, the rounding Dutch publications use
 * ("afronden": 0,5 goes up).
 */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;
/** What core functions accept as a number: a JS number, a plain decimal string ("2.76") or a Decimal. */
export type Getal = number | string | DecimalJs;

export const NUL = new Decimal(0);

/**
 * Significant digits that are certain before rounding for presentation. Every
 * operation rounds to 50 digits, so a sum of non-terminating values (uren /
 * 25,5) can land a few units in the 50th digit beside the true value: 3,5
 * exactly can come out as 3,4999…9 and round down. Inputs have at most 15-17
 * significant digits, so a true value is never that close to a half; rounding
 * to 40 digits first removes only the error (see test/fuzz/afronding.test.ts).
 */
export const ZEKERE_CIJFERS = 40;

/** The value without its last, uncertain digits: what presentation rounding starts from. */
export function zeker(d: DecimalJs): DecimalJs {
  return d.toSignificantDigits(ZEKERE_CIJFERS);
}
export const HONDERD = new Decimal(100);

export function som(getallen: Iterable<DecimalJs>): DecimalJs {
  let totaal: DecimalJs = NUL;
  for (const g of getallen) totaal = totaal.plus(g);
  return totaal;
}
