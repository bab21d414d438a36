/**
 * Consistency checks of printed tables. A table is a set of printed cells
 * (value + number of decimals printed) and rules between them (a sum, or a
 * percentage). Each rule is recomputed from the printed cells; where the
 * printed result differs, that is an afwijking, with its size, and whether
 * rounding can explain it: every printed value stands for an unrounded value
 * within half a unit of its last decimal, and interval arithmetic tells
 * whether some choice of unrounded values satisfies the rule.
 */
import { Decimal, HONDERD } from "../basis/decimaal";
import { formatteerGetal } from "../basis/getal";

export interface GedrukteCel {
  /** Printed value (percentages in percentage points). */
  waarde: number;
  /** Decimals printed; default 0. */
  decimalen?: number;
  /** Printed as an approximation ("+/-", "ongeveer"): not checked. */
  benadering?: boolean;
}

export type ControleRegel =
  | { soort: "som"; resultaat: string; termen: readonly string[] }
  | { soort: "percentage"; resultaat: string; teller: string; noemer: string };

export interface ControleTabel {
  naam: string;
  /** Cells by id; an id is "<rij> / <kolom>" by convention. */
  cellen: Readonly<Record<string, GedrukteCel>>;
  regels: readonly ControleRegel[];
}

export interface Afwijking {
  tabel: string;
  /** Id of the printed cell that does not follow from the others. */
  cel: string;
  /** The rule in words, e.g. "AZ / totaal = AZ / formeel + AZ / binnenwerk + AZ / inleen". */
  regel: string;
  gepubliceerd: number;
  /** The value recomputed from the other printed cells, at the printed precision. */
  berekend: number;
  /** gepubliceerd − berekend. */
  verschil: number;
  /** True when unrounded values exist that satisfy the rule: a rounding difference. */
  verklaarbaarDoorAfronding: boolean;
}

interface Interval {
  laag: Decimal;
  hoog: Decimal;
}

function interval(cel: GedrukteCel): Interval {
  const half = new Decimal(10).pow(-(cel.decimalen ?? 0)).dividedBy(2);
  const w = new Decimal(cel.waarde);
  return { laag: Decimal.max(w.minus(half), 0), hoog: w.plus(half) };
}

function overlapt(a: Interval, b: Interval): boolean {
  return a.laag.lessThanOrEqualTo(b.hoog) && b.laag.lessThanOrEqualTo(a.hoog);
}

function afgerond(d: Decimal, decimalen: number): number {
  return d.toDecimalPlaces(decimalen, Decimal.ROUND_HALF_UP).toNumber();
}

/** Every printed cell that does not follow from the others, in rule order. */
export function controleer(tabel: ControleTabel): Afwijking[] {
  const afwijkingen: Afwijking[] = [];
  const cel = (id: string) => {
    const c = tabel.cellen[id];
    if (!c) throw new RangeError(`controleer: cel "${id}" ontbreekt in tabel "${tabel.naam}"`);
    return c;
  };
  for (const regel of tabel.regels) {
    const resultaat = cel(regel.resultaat);
    const decimalen = resultaat.decimalen ?? 0;
    const betrokken = regel.soort === "som" ? regel.termen.map(cel) : [cel(regel.teller), cel(regel.noemer)];
    if (resultaat.benadering || betrokken.some((c) => c.benadering)) continue;

    let berekend: Decimal;
    let mogelijk: Interval;
    let tekst: string;
    if (regel.soort === "som") {
      berekend = regel.termen.reduce((s, id) => s.plus(cel(id).waarde), new Decimal(0));
      const iv = regel.termen.map((id) => interval(cel(id)));
      mogelijk = {
        laag: iv.reduce((s, i) => s.plus(i.laag), new Decimal(0)),
        hoog: iv.reduce((s, i) => s.plus(i.hoog), new Decimal(0)),
      };
      tekst = `${regel.resultaat} = ${regel.termen.join(" + ")}`;
    } else {
      const teller = cel(regel.teller);
      const noemer = cel(regel.noemer);
      if (noemer.waarde === 0) continue;
      berekend = new Decimal(teller.waarde).dividedBy(noemer.waarde).times(HONDERD);
      const t = interval(teller);
      const n = interval(noemer);
      mogelijk = {
        laag: t.laag.dividedBy(n.hoog).times(HONDERD),
        hoog: n.laag.isZero() ? new Decimal(Infinity) : t.hoog.dividedBy(n.laag).times(HONDERD),
      };
      tekst = `${regel.resultaat} = ${regel.teller} / ${regel.noemer} × 100%`;
    }
    const berekendAfgerond = afgerond(berekend, decimalen);
    if (berekendAfgerond === resultaat.waarde) continue;
    afwijkingen.push({
      tabel: tabel.naam,
      cel: regel.resultaat,
      regel: tekst,
      gepubliceerd: resultaat.waarde,
      berekend: berekendAfgerond,
      verschil: afgerond(new Decimal(resultaat.waarde).minus(berekendAfgerond), decimalen),
      verklaarbaarDoorAfronding: overlapt(mogelijk, interval(resultaat)),
    });
  }
  return afwijkingen;
}

/** One line of Dutch text for an afwijking. */
export function beschrijfAfwijking(a: Afwijking): string {
  const reden = a.verklaarbaarDoorAfronding ? "verklaarbaar door afronding" : "NIET verklaarbaar door afronding";
  const teken = a.verschil > 0 ? "+" : "";
  return `${a.cel}: gepubliceerd ${formatteerGetal(a.gepubliceerd)}, berekend ${formatteerGetal(a.berekend)} (verschil ${teken}${formatteerGetal(a.verschil)}; ${reden}) — ${a.regel}`;
}
