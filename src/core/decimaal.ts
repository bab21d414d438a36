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
export const HONDERD = new Decimal(100);

export function som(getallen: Iterable<DecimalJs>): DecimalJs {
  let totaal: DecimalJs = NUL;
  for (const g of getallen) totaal = totaal.plus(g);
  return totaal;
}
