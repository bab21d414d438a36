/**
 * The doel (target) as the quotumcalculator computes it:
 * doel = arbeidsplaatsen × quotumpercentage, arbeidsplaatsen = fte × urenPerFte / 25,5.
 */
import { Decimal, type Getal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { leesFractie, leesNietNegatief } from "../basis/getal";
import { QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK, UREN_PER_FTE_RIJK } from "./regels";

/** Years with a published quotumpercentage. */
export function bekendeQuotumjaren(): number[] {
  return Object.keys(QUOTUMPERCENTAGE).map(Number);
}

/** Rule values as Decimals, parsed once: a sheet may compute 100.000 doelen (Decimals are immutable, so sharing is safe). */
const UREN_PER_BAAN = new Decimal(UREN_PER_BAAN_PER_WEEK.waarde);
const UREN_PER_FTE = new Decimal(UREN_PER_FTE_RIJK.waarde);
const PERCENTAGES = new Map<number, Decimal>();

/** The published quotumpercentage of a year, as a fraction; ONBEKEND_JAAR when no source gives one. */
export function quotumpercentage(jaar: number, plaats: Plaats = { veld: "jaar" }): Decimal {
  const regel = QUOTUMPERCENTAGE[jaar];
  if (!regel) {
    throw new BanenFout("ONBEKEND_JAAR", { jaar, bekend: bekendeQuotumjaren().join(", ") }, plaats);
  }
  let percentage = PERCENTAGES.get(jaar);
  if (!percentage) {
    percentage = new Decimal(regel.waarde);
    PERCENTAGES.set(jaar, percentage);
  }
  return percentage;
}

/**
 * Job places of 25,5 hours for a number of fte. urenPerFte is the employer's
 * working week: 36 for the Rijk (default), or 25,5 for "no conversion"
 * (employers that count fte as banen, like the Gemeenten in seed 002).
 */
export function arbeidsplaatsen(fte: Getal, urenPerFte: Getal = UREN_PER_FTE_RIJK.waarde): Decimal {
  const f = leesNietNegatief(fte, { veld: "fte" });
  const uren = leesNietNegatief(urenPerFte, { veld: "uren per fte" });
  return f.times(uren).dividedBy(UREN_PER_BAAN_PER_WEEK.waarde);
}

export interface DoelOpties {
  /** Hours in one fte; default 36 (Rijk). 25,5 means no conversion. */
  urenPerFte?: Getal;
  /** Fraction (0,0276); required for a year without a published percentage. */
  quotumpercentage?: Getal;
}

/** doel in banen, exact (unrounded): fte × urenPerFte / 25,5 × quotumpercentage. */
export function doel(fte: Getal, jaar: number, opties: DoelOpties = {}): Decimal {
  const percentage =
    opties.quotumpercentage !== undefined ? leesFractie(opties.quotumpercentage, { veld: "quotumpercentage" }) : quotumpercentage(jaar);
  // Multiply before dividing, so the single division is the only inexact step.
  const f = leesNietNegatief(fte, { veld: "fte" });
  const uren = leesNietNegatief(opties.urenPerFte ?? UREN_PER_FTE, { veld: "uren per fte" });
  return f.times(uren).times(percentage).dividedBy(UREN_PER_BAAN);
}

/** The fte that give a doel (inverse of doel): used to back fte out of a published doel. */
export function fteVoorDoel(doelBanen: Getal, jaar: number, opties: DoelOpties = {}): Decimal {
  const eenFte = doel(1, jaar, opties);
  return leesNietNegatief(doelBanen, { veld: "doel" }).dividedBy(eenFte);
}
