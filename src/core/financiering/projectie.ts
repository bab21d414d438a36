/**
 * The effect of central financing on Tabel 1, as a projection: the financed
 * banen land in the Binnenwerk column of the ministry that pays for them
 * (seed 003, footnote 3: "De ministeries betalen de banen van deze
 * medewerkers"), so each ministry's realisatie grows by its financed banen.
 * Totaal Rijk keeps the doel that belongs to no ministry (the 409 DJI
 * doelbanen of Tabel 1 2023Q2, footnote 7): no financing covers it.
 * Exact; a projection, not a measurement: outputs say so.
 */
import { Decimal, som } from "../basis/decimaal";
import type { Financiering } from "./financiering";

export interface ProjectieRij {
  ministerie: string;
  doelBanen: Decimal;
  gerealiseerdBanen: Decimal;
  gefinancierdBanen: number;
  /** gerealiseerd + gefinancierd. */
  naBanen: Decimal;
  /** Realisatie as a fraction before and after; null when the doel is 0. */
  voorFractie: Decimal | null;
  naFractie: Decimal | null;
}

export interface Projectie {
  rijen: ProjectieRij[];
  /** Totaal Rijk: doel includes the doel of no ministry. */
  totaal: ProjectieRij;
  nietToegedeeld: ReadonlyArray<{ omschrijving: string; doel: Decimal }>;
}

function rij(ministerie: string, doel: Decimal, gerealiseerd: Decimal, gefinancierd: number): ProjectieRij {
  const na = gerealiseerd.plus(gefinancierd);
  const fractie = (x: Decimal) => (doel.isZero() ? null : x.dividedBy(doel));
  return {
    ministerie,
    doelBanen: doel,
    gerealiseerdBanen: gerealiseerd,
    gefinancierdBanen: gefinancierd,
    naBanen: na,
    voorFractie: fractie(gerealiseerd),
    naFractie: fractie(na),
  };
}

export function projecteer(
  f: Financiering,
  nietToegedeeld: ReadonlyArray<{ omschrijving: string; doel: Decimal }>,
  totaalNaam = "Totaal Rijk",
): Projectie {
  const rijen = f.rijen.map((r) => rij(r.ministerie, r.doel, r.gerealiseerd, r.gefinancierd));
  const doel = som([...rijen.map((r) => r.doelBanen), ...nietToegedeeld.map((n) => n.doel)]);
  const totaal = rij(totaalNaam, doel, som(rijen.map((r) => r.gerealiseerdBanen)), f.totaal.gefinancierd);
  return { rijen, totaal, nietToegedeeld };
}
