/**
 * Units: ONE vocabulary for the project. A quantity of realisatie is in banen,
 * or in verloonde uren over a period (week, kwartaal, jaar). A baan is 25,5
 * paid hours per week (seed 004); hours over a quarter or a year are divided
 * by 25,5 × 13 or 25,5 × 52 (afgeleid: 13 and 52 weeks, domain.md).
 *
 * The words for the periods are a closed list, used alike for a column header
 * ("uren per kwartaal", "inleen uren p/w", "verloonde uren (jaar)") and for a
 * periode cell per row ("kw", "jr"). A header that names any other period
 * ("per maand", "per 4 weken", "per dag") or one particular quarter ("uren
 * kw2": hours in that quarter, but per week or in total?) is refused, never
 * read as per week.
 */
import { Decimal, type Getal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { leesNietNegatief } from "../basis/getal";
import { UREN_PER_BAAN_PER_WEEK, WEKEN_PER_PERIODE } from "../regels/regels";

export type Periode = "week" | "kwartaal" | "jaar";
export const PERIODES: readonly Periode[] = ["week", "kwartaal", "jaar"];

/** The unit of a quantity: banen, or hours over a period. Use the constants BANEN and UREN[periode] (one object per unit). */
export type Eenheid = Readonly<{ soort: "banen" } | { soort: "uren"; periode: Periode }>;
export type UrenEenheid = Extract<Eenheid, { soort: "uren" }>;

export const BANEN: Eenheid = Object.freeze({ soort: "banen" as const });
export const UREN: Readonly<Record<Periode, UrenEenheid>> = Object.freeze({
  week: Object.freeze({ soort: "uren" as const, periode: "week" as const }),
  kwartaal: Object.freeze({ soort: "uren" as const, periode: "kwartaal" as const }),
  jaar: Object.freeze({ soort: "uren" as const, periode: "jaar" as const }),
});

/** "uren per week", "banen": the unit in words, as the reading report and messages show it. */
export function eenheidTekst(e: Eenheid): string {
  return e.soort === "banen" ? "banen" : `uren per ${e.periode}`;
}

/**
 * The words for each period, as a cell or a header writes them (lower case,
 * single spaces). "verloonde uren" is the official term for the hours; it
 * names no period.
 */
export const PERIODE_WOORDEN: Readonly<Record<Periode, readonly string[]>> = {
  week: ["week", "w", "wk", "pw", "p/w", "p.w.", "p.w", "per week", "per wk", "/week", "/wk", "wekelijks", "weekuren"],
  kwartaal: ["kwartaal", "kw", "per kwartaal", "per kw", "p/kw", "/kwartaal", "/kw", "kwartaaluren"],
  jaar: ["jaar", "j", "jr", "per jaar", "per jr", "p/j", "/jaar", "/jr", "jaarlijks", "jaaruren"],
};

const PERIODE_VAN_WOORD = new Map<string, Periode>();
for (const p of PERIODES) for (const w of PERIODE_WOORDEN[p]) PERIODE_VAN_WOORD.set(w, p);

/** A period word in a cell ("Kwartaal", " jr ", "p/w"), or null when the text is not one of PERIODE_WOORDEN. */
export function periodeUitTekst(tekst: string): Periode | null {
  return PERIODE_VAN_WOORD.get(tekst.trim().toLocaleLowerCase("nl").replace(/\s+/g, " ")) ?? null;
}

/** Reads a period name; empty means "week". Accepts every spelling of PERIODE_WOORDEN ("Week", " KWARTAAL ", "kw", "jr"). */
export function leesPeriode(invoer: unknown, plaats: Plaats = {}): Periode {
  if (invoer === undefined || invoer === null) return "week";
  const tekst = String(invoer).trim();
  if (tekst === "") return "week";
  const periode = periodeUitTekst(tekst);
  if (periode) return periode;
  throw new BanenFout("ONBEKENDE_PERIODE", { waarde: String(invoer) }, plaats);
}

/** What a header says about its unit: a unit with how it was read, or why it names none that can be used. */
export type KopEenheid =
  | { eenheid: Eenheid; /** True when the header names hours without a period (read as per week, docs/cli.md). */ standaard: boolean }
  | { fout: "geen" }
  | { fout: "periode"; periode: string; uitleg: string };

const WOORD = "(?:^|[\\s(\\[,;:-])";
const EIND = "(?=$|[\\s)\\],;:.-])";
/** Period words as they occur inside a header, longest first (so "per kwartaal" wins over "kw"). */
const PERIODE_IN_KOP: ReadonlyArray<{ periode: Periode; patroon: RegExp }> = PERIODES.flatMap((periode) =>
  [...PERIODE_WOORDEN[periode]]
    .filter((w) => w.length > 1 || w === "w" || w === "j")
    .sort((a, b) => b.length - a.length)
    .map((w) => ({ periode, patroon: new RegExp(`${w.startsWith("/") ? "" : WOORD}${w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}${EIND}`) })),
);
/** A particular quarter or period that is not a unit: "kw2", "Q3", "2e kwartaal", "kwartaal 2", "week 12", "2023". */
const BEPAALD_KWARTAAL =
  /(?:^|[\s(/])(kw ?[1-4]|q ?[1-4]|[1-4](?:e|ste|de) kwartaal|kwartaal ?[1-4]|20\d\d ?-? ?q[1-4]|20\d\d ?-? ?kw ?[1-4])(?=$|[\s)/.,])/;
/** Other periods: month, four weeks, day, half year, a number of weeks, a particular week or year. */
const ANDERE_PERIODE =
  /(?:^|[\s(/])(per maand|maand|maandelijks|mnd|p\/m|\/maand|\/mnd|4 ?-?weken|vier weken|4-wekelijks|\d+ weken|weken|per dag|dag|dagen|dagelijks|p\/d|\/dag|halfjaar|half jaar|per half jaar|semester|week ?\d+|20\d\d)(?=$|[\s)/.,])/;

/**
 * The unit a column header names: banen ("formeel banen", "voltijdswaarden"),
 * or hours ("uren", "uur", "verloonde uren") with a period from
 * PERIODE_WOORDEN. Hours without a period are per week (docs/cli.md: "`uren`
 * of `uren per week`"), reported as such. Any other period, a particular
 * quarter, or two periods: refused with the reason.
 */
export function kopEenheid(kop: string): KopEenheid {
  const k = kop.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
  if (/\b(banen|baan|voltijdswaarden?)\b/.test(k)) return { eenheid: BANEN, standaard: false };
  if (!/\b(uren|uur)\b|(week|kwartaal|jaar)uren\b/.test(k)) return { fout: "geen" };
  const kwartaal = BEPAALD_KWARTAAL.exec(k);
  if (kwartaal) {
    return {
      fout: "periode",
      periode: kwartaal[1]!,
      uitleg: "een bepaald kwartaal is geen eenheid: de kop zegt niet of het uren per week zijn of alle uren van dat kwartaal",
    };
  }
  const ander = ANDERE_PERIODE.exec(k);
  if (ander) return { fout: "periode", periode: ander[1]!, uitleg: "alleen week, kwartaal en jaar worden omgerekend naar banen" };
  const gevonden = new Set(PERIODE_IN_KOP.filter((p) => p.patroon.test(k)).map((p) => p.periode));
  if (gevonden.size > 1) return { fout: "periode", periode: [...gevonden].join(" en "), uitleg: "de kop noemt twee periodes" };
  const [periode] = gevonden;
  return periode ? { eenheid: UREN[periode], standaard: false } : { eenheid: UREN.week, standaard: true };
}

/** Paid hours in one baan over a period: 25,5 (week), 331,5 (kwartaal), 1.326 (jaar). */
export function urenPerBaan(periode: Periode = "week"): Decimal {
  return new Decimal(UREN_PER_BAAN_PER_WEEK.waarde).times(WEKEN_PER_PERIODE.waarde[periode]);
}

/** Banen per unit of `e`: 1 for banen, 1 / 25,5 for an hour per week, … Exact. */
export function banenPerEenheid(e: Eenheid): Decimal {
  return e.soort === "banen" ? new Decimal(1) : new Decimal(1).dividedBy(urenPerBaan(e.periode));
}

/** banen = uren / (25,5 × weeks in the period). Exact; uren must be 0 or more. */
export function urenNaarBanen(uren: Getal, periode: Periode = "week", plaats: Plaats = { veld: "uren" }): Decimal {
  return leesNietNegatief(uren, plaats).dividedBy(urenPerBaan(periode));
}

/** uren = banen × 25,5 × weeks in the period. Exact; banen must be 0 or more. */
export function banenNaarUren(banen: Getal, periode: Periode = "week", plaats: Plaats = { veld: "banen" }): Decimal {
  return leesNietNegatief(banen, plaats).times(urenPerBaan(periode));
}
