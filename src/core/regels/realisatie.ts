/** Realisatie (jobs realised), realisatiepercentage and tekort, all in banen. */
import { Decimal, type Getal } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import { leesNietNegatief } from "../basis/getal";

export interface RealisatieDelen {
  /** Own employment contracts, excl. Binnenwerk (Tabel 1 column "formeel", tabel1/schema.ts). */
  formeel: Getal;
  /** Employment contracts via Binnenwerk, allocated to the paying ministry (column "binnenwerk"). */
  binnenwerk: Getal;
  /** Inleenverbanden, counted where the person works. */
  inleen: Getal;
}

/** Totaal banen gerealiseerd = formeel + Binnenwerk + inleen. */
export function realisatie(delen: RealisatieDelen): Decimal {
  return leesNietNegatief(delen.formeel, { veld: "formeel" })
    .plus(leesNietNegatief(delen.binnenwerk, { veld: "binnenwerk" }))
    .plus(leesNietNegatief(delen.inleen, { veld: "inleen" }));
}

/** gerealiseerd / doel as a fraction (0,747 = 74,7 %); DOEL_NUL when doel is 0. */
export function realisatiePercentage(gerealiseerd: Getal, doelBanen: Getal): Decimal {
  const r = leesNietNegatief(gerealiseerd, { veld: "gerealiseerd" });
  const d = leesNietNegatief(doelBanen, { veld: "doel" });
  if (d.isZero()) throw new BanenFout("DOEL_NUL", {}, { veld: "doel" });
  return r.dividedBy(d);
}

/** tekort = doel − gerealiseerd, never below 0. */
export function tekort(doelBanen: Getal, gerealiseerd: Getal): Decimal {
  const verschil = leesNietNegatief(doelBanen, { veld: "doel" }).minus(leesNietNegatief(gerealiseerd, { veld: "gerealiseerd" }));
  return Decimal.max(verschil, 0);
}
