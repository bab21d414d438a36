/**
 * Whole-number allocation by largest remainder (Hamilton): everyone gets the
 * whole part of their exact share, then the units left over go to the largest
 * remainders. The result always adds up to the total exactly.
 *
 * Tie-break (deterministic): larger remainder first, then larger weight, then
 * the party that comes first in the list. So a party with a larger weight
 * never gets fewer units than one with a smaller weight.
 */
import { Decimal, type Getal, som } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import { formatteerGetal, leesGeheel, leesNietNegatief } from "../basis/getal";

export interface Verdeling {
  /** Whole units per party, in input order; they add up to the total. */
  aandelen: number[];
  /** Exact (unrounded) share per party. */
  exact: Decimal[];
  /** Indexes of the parties that received one remainder unit, in the order they got it. */
  restOntvangers: number[];
}

/** Splits a whole total over parties in proportion to their weights. */
export function verdeel(totaal: Getal, gewichten: readonly Getal[]): Verdeling {
  const t = leesGeheel(totaal, { veld: "totaal" });
  // Whole units come back as JS numbers; beyond 2^53 they are not exact and the parts would not add up.
  if (t.greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw new BanenFout(
      "TE_GROOT_GETAL",
      { waarde: t.toSignificantDigits(4).toString().replace(".", ","), max: formatteerGetal(Number.MAX_SAFE_INTEGER) },
      { veld: "totaal" },
    );
  }
  if (gewichten.length === 0) throw new BanenFout("GEEN_GEWICHTEN", {}, { veld: "gewichten" });
  const w = gewichten.map((g, i) => leesNietNegatief(g, { veld: `gewicht ${i + 1}` }));
  const somGewichten = som(w);
  if (somGewichten.isZero()) {
    if (t.isZero()) return { aandelen: w.map(() => 0), exact: w.map(() => new Decimal(0)), restOntvangers: [] };
    throw new BanenFout("GEWICHTEN_NUL", {}, { veld: "gewichten" });
  }
  const exact = w.map((g) => t.times(g).dividedBy(somGewichten));
  return { ...rondAfOpSom(exact, t.toNumber(), w), exact };
}

/**
 * Rounds exact non-negative values to whole numbers that add up to `doelSom`,
 * by largest remainder. doelSom must lie between the sum of the floors and
 * that sum plus the number of values (it does when it is the rounded sum).
 * `gewichten` only break ties (default: the values themselves).
 */
export function rondAfOpSom(
  exact: readonly Decimal[],
  doelSom: number,
  gewichten: readonly Decimal[] = exact,
): { aandelen: number[]; restOntvangers: number[] } {
  const aandelen = exact.map((e) => e.floor().toNumber());
  const over = doelSom - aandelen.reduce((a, b) => a + b, 0);
  if (over < 0 || over > exact.length) {
    throw new RangeError(`rondAfOpSom: ${doelSom} ligt niet binnen de som van de afgeronde waarden`);
  }
  const volgorde = exact
    .map((e, index) => ({ index, rest: e.minus(e.floor()), gewicht: gewichten[index]! }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || b.gewicht.comparedTo(a.gewicht) || a.index - b.index);
  const restOntvangers = volgorde.slice(0, over).map((v) => v.index);
  for (const i of restOntvangers) aandelen[i] = aandelen[i]! + 1;
  return { aandelen, restOntvangers };
}
