/**
 * Adding up person rows per ministry and dienstverband, exactly, in whatever
 * unit each row has (part of the shared reader, invoer.ts).
 */
import { Decimal, NUL } from "./decimaal";
import { type Periode, urenPerBaan } from "./eenheden";
import { DELEN, type Deel, type Eenheid } from "./invoer-herken";
import type { Hoeveelheid, MinisterieInvoer } from "./tabel1";

const PERIODE_VAN: Record<Exclude<Eenheid, "banen">, Periode> = { "uren-week": "week", "uren-kwartaal": "kwartaal", "uren-jaar": "jaar" };

/** A quantity as the model takes it: banen as they are, hours with their period. */
export function hoeveelheid(waarde: Decimal, eenheid: Eenheid): Hoeveelheid {
  return eenheid === "banen" ? waarde : { uren: waarde, periode: PERIODE_VAN[eenheid] };
}

/** Hours over a year for any unit: an exact multiplication (a week is 1/52 year, a kwartaal 1/4, a baan 1.326 uren per jaar). */
function jaarUren(waarde: Decimal, eenheid: Eenheid): Decimal {
  const perBaan = eenheid === "banen" ? new Decimal(1) : urenPerBaan(PERIODE_VAN[eenheid]);
  return waarde.times(urenPerBaan("jaar")).dividedBy(perBaan);
}

/** Totals per ministry and dienstverband; one unit stays that unit, mixed units become hours per year. */
export class Optelling {
  private readonly per = new Map<MinisterieInvoer, Record<Deel, { som: Decimal; jaar: Decimal; eenheden: Set<Eenheid> }>>();

  tel(rij: MinisterieInvoer, deel: Deel, waarde: Decimal, eenheid: Eenheid): void {
    let t = this.per.get(rij);
    if (!t) {
      const nieuw = () => ({ som: NUL, jaar: NUL, eenheden: new Set<Eenheid>() });
      t = { formeel: nieuw(), binnenwerk: nieuw(), inleen: nieuw() };
      this.per.set(rij, t);
    }
    const d = t[deel];
    d.som = d.som.plus(waarde);
    d.jaar = d.jaar.plus(jaarUren(waarde, eenheid));
    d.eenheden.add(eenheid);
  }

  zetIn(): void {
    for (const [rij, t] of this.per) {
      for (const deel of DELEN) {
        const d = t[deel];
        const [enige] = d.eenheden;
        rij[deel] = d.eenheden.size === 1 && enige ? hoeveelheid(d.som, enige) : hoeveelheid(d.jaar, "uren-jaar");
      }
    }
  }
}
