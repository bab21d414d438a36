/**
 * Inleen allocation: the verdeelsleutel inleenverbanden splits paid hours of
 * hired-in workers between market and government sector (seed 004).
 */
import { Decimal, type Getal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { leesFractie, leesNietNegatief } from "../basis/getal";
import { type InleenMoment, VERDEELSLEUTEL_INLEEN_OVERHEID } from "./regels";

export function bekendeInleenmomenten(): string[] {
  return Object.keys(VERDEELSLEUTEL_INLEEN_OVERHEID);
}

/** Government share (fraction) of the verdeelsleutel for a published moment: "nulmeting", 2020 or 2021. */
export function verdeelsleutelOverheid(moment: string | number, plaats: Plaats = { veld: "jaar" }): Decimal {
  const sleutel = String(moment).trim().toLowerCase() as `${InleenMoment}`;
  const regel = (VERDEELSLEUTEL_INLEEN_OVERHEID as Record<string, { waarde: string } | undefined>)[sleutel];
  if (!regel) {
    throw new BanenFout("ONBEKEND_INLEENMOMENT", { waarde: String(moment), bekend: bekendeInleenmomenten().join(", ") }, plaats);
  }
  return new Decimal(regel.waarde);
}

/**
 * The part of inleen hours or banen that counts for the government sector.
 * sleutel is either a published moment ("nulmeting", 2020, 2021) or a
 * government share given as a fraction ({ overheid: 0.32 }).
 * The unit of the result is the unit of the input (uren in, uren out).
 */
export function inleenAandeel(hoeveelheid: Getal, sleutel: string | number | { overheid: Getal }): Decimal {
  const aandeel = typeof sleutel === "object" ? leesFractie(sleutel.overheid, { veld: "verdeelsleutel" }) : verdeelsleutelOverheid(sleutel);
  return leesNietNegatief(hoeveelheid, { veld: "inleen" }).times(aandeel);
}
