/**
 * Units: verloonde uren ↔ banen. A baan is 25,5 paid hours per week; hours
 * over a quarter or a year are divided by 25,5 × 13 or 25,5 × 52.
 */
import { Decimal, type Getal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { leesNietNegatief } from "../basis/getal";
import { UREN_PER_BAAN_PER_WEEK, WEKEN_PER_PERIODE } from "../regels/regels";

export type Periode = "week" | "kwartaal" | "jaar";
export const PERIODES: readonly Periode[] = ["week", "kwartaal", "jaar"];

/** Reads a period name; empty means "week". Accepts "Week", " KWARTAAL ", "kw", "j". */
export function leesPeriode(invoer: unknown, plaats: Plaats = {}): Periode {
  if (invoer === undefined || invoer === null) return "week";
  const tekst = String(invoer).trim().toLowerCase();
  if (tekst === "" || tekst === "week" || tekst === "w" || tekst === "per week") return "week";
  if (tekst === "kwartaal" || tekst === "kw" || tekst === "per kwartaal") return "kwartaal";
  if (tekst === "jaar" || tekst === "j" || tekst === "per jaar") return "jaar";
  throw new BanenFout("ONBEKENDE_PERIODE", { waarde: String(invoer) }, plaats);
}

/** Paid hours in one baan over a period: 25,5 (week), 331,5 (kwartaal), 1.326 (jaar). */
export function urenPerBaan(periode: Periode = "week"): Decimal {
  return new Decimal(UREN_PER_BAAN_PER_WEEK.waarde).times(WEKEN_PER_PERIODE.waarde[periode]);
}

/** banen = uren / (25,5 × weeks in the period). Exact; uren must be 0 or more. */
export function urenNaarBanen(uren: Getal, periode: Periode = "week", plaats: Plaats = { veld: "uren" }): Decimal {
  return leesNietNegatief(uren, plaats).dividedBy(urenPerBaan(periode));
}

/** uren = banen × 25,5 × weeks in the period. Exact; banen must be 0 or more. */
export function banenNaarUren(banen: Getal, periode: Periode = "week", plaats: Plaats = { veld: "banen" }): Decimal {
  return leesNietNegatief(banen, plaats).times(urenPerBaan(periode));
}
