/** Quarters as the publications write them: "2023Q2". */
import { BanenFout, type Plaats } from "../basis/fouten";

export interface Kwartaal {
  jaar: number;
  kwartaal: 1 | 2 | 3 | 4;
}

/**
 * The ways of writing a quarter that are accepted, each unambiguous: a
 * four-digit year and the quarter marked as a quarter (Q, the Dutch K as CBS
 * writes it, or a Dutch ordinal with "kwartaal"/"kw"):
 *   2023Q2, 2023-Q2, 2023 q2, 2023K2 (CBS), Q2 2023, K2-2023, 2e kwartaal 2023, 2de kw. 2023.
 * Refused: two-digit years (23Q2) and a bare number after the year (2023-2,
 * 2/2023), which could as well be a month.
 */
const VORMEN: ReadonlyArray<{ patroon: RegExp; jaar: number; kwartaal: number }> = [
  { patroon: /^(\d{4}) ?-? ?[QK]([1-4])$/, jaar: 1, kwartaal: 2 },
  { patroon: /^[QK]([1-4]) ?-? ?(\d{4})$/, jaar: 2, kwartaal: 1 },
  { patroon: /^([1-4]) ?(?:E|STE|DE) (?:KWARTAAL|KW\.?) (\d{4})$/, jaar: 2, kwartaal: 1 },
];

/** The same forms inside a longer name (a file, sheet or title): "tabel1-2023K2.csv", "Tabel 1 2e kwartaal 2023". */
const IN_NAAM: ReadonlyArray<{ patroon: RegExp; jaar: number; kwartaal: number }> = [
  { patroon: /(?<!\d)(20\d\d)\s*[-_ ]?\s*[QK]([1-4])(?!\d)/i, jaar: 1, kwartaal: 2 },
  { patroon: /(?<![A-Za-z])[QK]([1-4])\s*[-_ ]?\s*(20\d\d)(?!\d)/i, jaar: 2, kwartaal: 1 },
  { patroon: /(?<!\d)([1-4])\s*(?:e|ste|de)[\s_-]+(?:kwartaal|kw\.?)[\s_-]+(20\d\d)(?!\d)/i, jaar: 2, kwartaal: 1 },
];

function uitVormen(tekst: string, vormen: typeof VORMEN): Kwartaal | null {
  for (const v of vormen) {
    const m = v.patroon.exec(tekst);
    if (m) return { jaar: Number(m[v.jaar]), kwartaal: Number(m[v.kwartaal]) as Kwartaal["kwartaal"] };
  }
  return null;
}

/** Reads a quarter in one of the accepted forms (VORMEN). Empty: KWARTAAL_LEEG, which says what to fill in. */
export function leesKwartaal(invoer: unknown, plaats: Plaats = { veld: "kwartaal" }): Kwartaal {
  const tekst = String(invoer ?? "")
    .trim()
    .toUpperCase()
    .replace(/\s+/g, " ");
  if (tekst === "") throw new BanenFout("KWARTAAL_LEEG", {}, plaats);
  const k = uitVormen(tekst, VORMEN);
  if (!k) throw new BanenFout("ONGELDIG_KWARTAAL", { waarde: String(invoer ?? "") }, plaats);
  return k;
}

/** The first quarter named in a file, sheet or title name, as "2023Q2", or null. */
export function kwartaalInNaam(naam: string): string | null {
  const k = uitVormen(naam, IN_NAAM);
  return k ? kwartaalTekst(k) : null;
}

export function kwartaalTekst(k: Kwartaal): string {
  return `${k.jaar}Q${k.kwartaal}`;
}
