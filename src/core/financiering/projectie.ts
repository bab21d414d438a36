/**
 * The effect of central financing on Tabel 1, as a projection: the financed
 * banen land in the Binnenwerk column of the ministry that pays for them
 * (seed 003, footnote 3: "De ministeries betalen de banen van deze
 * medewerkers"), so each ministry's realisatie grows by its financed banen.
 * Totaal Rijk keeps the doel that belongs to no ministry (the 409 DJI
 * doelbanen of Tabel 1 2023Q2, footnote 7): no financing covers it.
 * Exact; a projection, not a measurement: outputs say so.
 */
import { Decimal, type Getal, som } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import { type Financiering, leesAantalBanen, leesHeleBanen } from "./financiering";

/**
 * Realisatie after financing, as a fraction (0,74 = 74 %): (gerealiseerd +
 * gefinancierd) / doel, the financed banen added to the ministry's
 * Binnenwerk column (seed 003, footnote 3). Gerealiseerd and doel in banen
 * (0 or more, read as Excel shows them); gefinancierd in whole banen.
 * DOEL_NUL when the doel is 0. Exact; the same number `projecteer` gives per row.
 */
export function realisatieNaFinanciering(gerealiseerd: Getal, doel: Getal, gefinancierd: Getal): Decimal {
  const r = leesAantalBanen(gerealiseerd, { veld: "gerealiseerd" });
  const d = leesAantalBanen(doel, { veld: "doel" });
  const f = leesHeleBanen(gefinancierd, { veld: "gefinancierd" });
  if (d.isZero()) throw new BanenFout("DOEL_NUL", {}, { veld: "doel" });
  return r.plus(f).dividedBy(d);
}

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
