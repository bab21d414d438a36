/**
 * Adding up person rows per ministry and dienstverband, exactly, in whatever
 * unit each row has (part of the shared reader, invoer.ts).
 */
import { Decimal, NUL } from "../basis/decimaal";
import { type Eenheid, UREN, urenPerBaan } from "../eenheden/eenheden";
import { DELEN, type Deel } from "./herken";
import type { Hoeveelheid, MinisterieInvoer } from "../tabel1/tabel1";

/** A quantity as the model takes it: banen as they are, hours with their period. */
export function hoeveelheid(waarde: Decimal, eenheid: Eenheid): Hoeveelheid {
  return eenheid.soort === "banen" ? waarde : { uren: waarde, periode: eenheid.periode };
}

/** Hours over a year for any unit: an exact multiplication (a week is 1/52 year, a kwartaal 1/4, a baan 1.326 uren per jaar). */
function jaarUren(waarde: Decimal, eenheid: Eenheid): Decimal {
  const perBaan = eenheid.soort === "banen" ? new Decimal(1) : urenPerBaan(eenheid.periode);
  return waarde.times(urenPerBaan("jaar")).dividedBy(perBaan);
}

/**
 * A plain number as a whole number of hundredths k when its Decimal is exactly k/100 (and |k| < 2^40,
 * so that sums of such stay exact), else NaN. A number's Decimal is its shortest decimal text
 * (decimal.js), and that text is k/100 exactly when k/100, rounded to a double, is the same double.
 * ExacteSom and the pass's loop (persoon-lus.ts) both decide with it.
 */
export function alsHonderdsten(w: number): number {
  const k = Math.round(w * 100);
  return k / 100 === w && Math.abs(k) < 2 ** 40 ? k : NaN;
}

/**
 * An exact running sum that adds plain JS numbers without a Decimal per
 * value: a number with at most two decimals (hours like 21,5 or 7,25) is
 * added as a whole number of hundredths, which JS adds exactly below 2^53;
 * anything else (more decimals, huge values) is added as a Decimal. The sum
 * equals the Decimal sum of the values digit for digit (alsHonderdsten).
 */
export class ExacteSom {
  private honderdsten = 0;
  private rest: Decimal = NUL;

  tel(w: number | Decimal): void {
    if (typeof w !== "number") {
      this.rest = this.rest.plus(w);
      return;
    }
    const k = alsHonderdsten(w);
    if (!Number.isNaN(k)) {
      this.honderdsten += k;
      if (Math.abs(this.honderdsten) > 2 ** 52) this.leeg(); // stays exact: flushed long before 2^53
    } else {
      this.rest = this.rest.plus(new Decimal(w));
    }
  }

  /** Adds k hundredths (a whole number below 2^53, as the pass's loop sums them), exactly. */
  telHonderdsten(k: number): void {
    this.rest = this.rest.plus(new Decimal(k).dividedBy(100));
  }

  private leeg(): void {
    this.telHonderdsten(this.honderdsten);
    this.honderdsten = 0;
  }

  waarde(): Decimal {
    return this.honderdsten === 0 ? this.rest : this.rest.plus(new Decimal(this.honderdsten).dividedBy(100));
  }
}

/**
 * Totals per ministry and dienstverband, one exact sum per unit; one unit
 * stays that unit, mixed units become hours per year (converted once per
 * unit at the end, not per row).
 */
export class Optelling {
  private readonly per = new Map<MinisterieInvoer, Record<Deel, Map<Eenheid, ExacteSom>>>();

  /** `waarde`: a Decimal, or a plain number of 0 or more as a cell holds it (added without a Decimal). */
  tel(rij: MinisterieInvoer, deel: Deel, waarde: Decimal | number, eenheid: Eenheid): void {
    this.som(rij, deel, eenheid).tel(waarde);
  }

  /**
   * The running sum of one ministry, dienstverband and unit, made when first
   * asked: a caller that counts many rows into it keeps it (no map lookups per
   * row). Only ask for it to count into it: a sum made is a sum in the model input.
   */
  som(rij: MinisterieInvoer, deel: Deel, eenheid: Eenheid): ExacteSom {
    let t = this.per.get(rij);
    if (!t) {
      t = { formeel: new Map(), binnenwerk: new Map(), inleen: new Map() };
      this.per.set(rij, t);
    }
    let som = t[deel].get(eenheid);
    if (!som) {
      som = new ExacteSom();
      t[deel].set(eenheid, som);
    }
    return som;
  }

  zetIn(): void {
    for (const [rij, t] of this.per) {
      for (const deel of DELEN) {
        const sommen = [...t[deel]].map(([eenheid, som]) => ({ eenheid, som: som.waarde() }));
        const [enige] = sommen;
        rij[deel] =
          sommen.length === 1 && enige
            ? hoeveelheid(enige.som, enige.eenheid)
            : hoeveelheid(
                sommen.reduce((a, s) => a.plus(jaarUren(s.som, s.eenheid)), NUL),
                UREN.jaar,
              );
      }
    }
  }
}
