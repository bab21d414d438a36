/**
 * The national frame (seed 004, "Resultaten eind 2021 ten opzichte van de
 * nulmeting"): extra banen since the nulmeting (end 2012) for market and
 * government, formele dienstverbanden plus inleenverbanden.
 *
 * Inleen is split over the sectors with the verdeelsleutel inleenverbanden of
 * each measurement (seed 004: "De ingeleende mensen uit de doelgroep worden
 * bij iedere meting opnieuw toegedeeld aan de sectoren op basis van de
 * verdeelsleutel inleenverbanden"). Afgeleid (our derivation, not a sentence
 * of the source): the increase of a sector is its share of the inleenbanen at
 * the end minus its share at the nulmeting:
 *   overheid = 41.993 × 32 % − 36.206 × 24,0 % = 4.748,32  (printed 4.748)
 *   markt    = 41.993 × 68 % − 36.206 × 76,0 % = 1.038,68  (printed 1.039)
 * Both printed figures check the derivation (within rounding to whole banen).
 *
 * These are extra banen since 2012 toward the 25.000 (overheid) of the
 * agreement; the quotum doelen of Tabel 1 count all banen of an employer.
 * Two different measures: outputs say so.
 */
import { Decimal } from "../basis/decimaal";
import { inleenAandeel } from "../regels/inleen";
import type { InleenMoment } from "../regels/regels";

export interface SectorBanen {
  markt: Decimal;
  overheid: Decimal;
  totaal: Decimal;
}

export interface LandelijkInvoer {
  /** Banen via inleenverbanden at the nulmeting (seed 004: 36.206). */
  inleenBanenNulmeting: Decimal;
  /** Banen via inleenverbanden at the end of the measured year (seed 004: 41.993 end 2021). */
  inleenBanenEind: Decimal;
  /** Moment of the verdeelsleutel at the end (2021). */
  sleutelEind: Exclude<InleenMoment, "nulmeting">;
  /** Increase via formele dienstverbanden per sector, as printed (no split is needed: they count where employed). */
  formeel: SectorBanen;
}

export interface LandelijkeToename {
  formeel: SectorBanen;
  /** Exact, from the verdeelsleutel (afgeleid, see above). */
  inleen: SectorBanen;
  /** formeel + inleen per sector (the totaal column is the printed formeel totaal plus the inleen increase). */
  totaal: SectorBanen;
}

function sectoren(markt: Decimal, overheid: Decimal, totaal = markt.plus(overheid)): SectorBanen {
  return { markt, overheid, totaal };
}

export function landelijkeToename(invoer: LandelijkInvoer): LandelijkeToename {
  const overheidEind = inleenAandeel(invoer.inleenBanenEind, invoer.sleutelEind);
  const overheidNul = inleenAandeel(invoer.inleenBanenNulmeting, "nulmeting");
  const overheid = overheidEind.minus(overheidNul);
  const markt = invoer.inleenBanenEind.minus(overheidEind).minus(invoer.inleenBanenNulmeting.minus(overheidNul));
  const inleen = sectoren(markt, overheid);
  const f = invoer.formeel;
  return { formeel: f, inleen, totaal: sectoren(f.markt.plus(markt), f.overheid.plus(overheid), f.totaal.plus(inleen.totaal)) };
}

/** Seed 004's inputs as plain numbers → Decimal (the CLI reads them from seeds/landelijk-2021.json). */
export function landelijkInvoer(getallen: {
  inleenNulmeting: number;
  inleenEind: number;
  formeel: { markt: number; overheid: number; totaal: number };
}): LandelijkInvoer {
  const d = (n: number) => new Decimal(n);
  return {
    inleenBanenNulmeting: d(getallen.inleenNulmeting),
    inleenBanenEind: d(getallen.inleenEind),
    sleutelEind: 2021,
    formeel: sectoren(d(getallen.formeel.markt), d(getallen.formeel.overheid), d(getallen.formeel.totaal)),
  };
}
