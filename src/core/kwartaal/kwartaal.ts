/** Quarters as the publications write them: "2023Q2". */
import { BanenFout, type Plaats } from "../basis/fouten";

export interface Kwartaal {
  jaar: number;
  kwartaal: 1 | 2 | 3 | 4;
}

/**
 * Reads "2023Q2", "2023-Q2", "2023 q2" or "Q2 2023", and the Dutch "2023K2" / "K2 2023"
 * (K for kwartaal). Empty: KWARTAAL_LEEG, which says what to fill in.
 */
export function leesKwartaal(invoer: unknown, plaats: Plaats = { veld: "kwartaal" }): Kwartaal {
  const tekst = String(invoer ?? "")
    .trim()
    .toUpperCase()
    .replace(/\s+/g, " ");
  if (tekst === "") throw new BanenFout("KWARTAAL_LEEG", {}, plaats);
  const m = /^(\d{4})[ -]?[QK]([1-4])$/.exec(tekst) ?? /^[QK]([1-4])[ -]?(\d{4})$/.exec(tekst);
  if (!m) throw new BanenFout("ONGELDIG_KWARTAAL", { waarde: String(invoer ?? "") }, plaats);
  const [jaar, kw] = m[1]!.length === 4 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  return { jaar: Number(jaar), kwartaal: Number(kw) as Kwartaal["kwartaal"] };
}

export function kwartaalTekst(k: Kwartaal): string {
  return `${k.jaar}Q${k.kwartaal}`;
}
