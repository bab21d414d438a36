/**
 * The doel's inputs as named, traceable choices, shared by the functions, the
 * pane and the CLI:
 * - the basis: how fte become arbeidsplaatsen of 25,5 uur ("Rijk (36 uur per
 *   fte)" by default, "fte zonder omrekening" as for the Gemeenten, or hours
 *   the user gives); each named basis is a derived rule (regels.DOEL_BASES);
 * - the quotumpercentage of a year: published (a source document), or recorded
 *   once by the user with the source they have (a rules file in the CLI, a
 *   document setting in Excel). Never a silent default.
 * Every output names the basis and the percentage's source with these texts.
 */
import { Decimal } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { formatteerGetal, leesFractie, leesGetal, leesJaar, leesNietNegatief } from "../basis/getal";
import { type Bron, DOEL_BASES, type DoelBasisSleutel, type Grondslag, QUOTUMPERCENTAGE } from "./regels";
import { bronVerwijzing } from "./documenten";

export interface DoelBasis {
  sleutel: DoelBasisSleutel | "eigen";
  /** As users choose it and outputs show it: "Rijk (36 uur per fte)", "fte zonder omrekening", "38 uur per fte (opgegeven)". */
  naam: string;
  urenPerFte: Decimal;
  /** The rule behind a named basis; null for hours the user gave. */
  grondslag: Grondslag | null;
}

/** The named bases, for choice lists (pane) and help texts (CLI, functions). */
export const DOEL_BASIS_KEUZES: readonly DoelBasisSleutel[] = ["rijk", "fte"];

const NAMEN: Record<string, DoelBasisSleutel> = {
  rijk: "rijk",
  "rijk (36 uur per fte)": "rijk",
  fte: "fte",
  "fte zonder omrekening": "fte",
  "zonder omrekening": "fte",
  "geen omrekening": "fte",
};

export function doelBasis(sleutel: DoelBasisSleutel): DoelBasis {
  const r = DOEL_BASES[sleutel];
  return { sleutel, naam: r.naam, urenPerFte: new Decimal(r.waarde), grondslag: r.bron };
}

/**
 * Reads a basis: empty = Rijk; a name ("Rijk", "fte zonder omrekening", as
 * listed in DOEL_BASIS_KEUZES); or a number of hours per fte (36 and 25,5 are
 * the named bases, any other number is the user's own).
 */
export function leesDoelBasis(invoer: unknown, plaats: Plaats = { veld: "basis" }): DoelBasis {
  if (invoer === undefined || invoer === null || (typeof invoer === "string" && invoer.trim() === "")) return doelBasis("rijk");
  if (typeof invoer === "string" && !/\d/.test(invoer.replace(/\(36 uur per fte\)/i, ""))) {
    const sleutel = NAMEN[invoer.trim().toLocaleLowerCase("nl").replace(/\s+/g, " ")];
    if (sleutel) return doelBasis(sleutel);
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: invoer.trim(), verwacht: basisKeuzeTekst() }, plaats);
  }
  const tekst = typeof invoer === "string" && /^\s*rijk/i.test(invoer) ? "36" : invoer;
  const uren = leesNietNegatief(tekst, plaats);
  for (const sleutel of DOEL_BASIS_KEUZES) if (uren.equals(DOEL_BASES[sleutel].waarde)) return doelBasis(sleutel);
  return { sleutel: "eigen", naam: `${formatteerGetal(uren)} uur per fte (opgegeven)`, urenPerFte: uren, grondslag: null };
}

/** "Rijk (36 uur per fte), fte zonder omrekening of een aantal uren per fte". */
export function basisKeuzeTekst(): string {
  return `${DOEL_BASIS_KEUZES.map((s) => `"${DOEL_BASES[s].naam}"`).join(", ")} of een aantal uren per fte`;
}

/** A source or derivation in one Dutch phrase, for every output. */
export function grondslagTekst(g: Grondslag | null): string {
  if (g === null) return "opgegeven door de gebruiker";
  if (g.soort === "bron") return `bron: ${bronVerwijzing(g)}`;
  const controles = g.controles.map((c) => `${c.omschrijving} (${bronVerwijzing(c.bron)})`);
  return controles.length > 0
    ? `afgeleid, geen bron noemt dit; past bij ${controles.join("; ")}`
    : "afgeleid, geen bron noemt dit en geen bron geeft een controlewaarde";
}

/** "Rijk (36 uur per fte; afgeleid, geen bron noemt dit; past bij 10.491 fte … ≈ 409 doelbanen (003_…, Tabel 1, voetnoot 7))". */
export function basisTekst(b: DoelBasis): string {
  return b.grondslag === null ? b.naam : `${b.naam.replace(/\)$/, "")}${b.naam.endsWith(")") ? "; " : " ("}${grondslagTekst(b.grondslag)})`;
}

// ---------------------------------------------------------------------------
// Quotumpercentages: published, or recorded by the user with a source.

/** A percentage the user recorded for a year without a published one, with the source they have. */
export interface EigenQuotum {
  jaar: number;
  /** Fraction (0,0276). */
  waarde: Decimal;
  /** The user's source, in their words ("Kamerbrief 12 maart 2025, bijlage 2"); never empty. */
  bron: string;
  /** Where it was recorded: "banen-regels.json", "documentinstelling van de werkmap". */
  vastgelegdIn: string;
}

/** Where a percentage comes from: a source document, recorded by the user, or given for this computation only. */
export type QuotumGrondslag = Bron | { soort: "vastgelegd"; bron: string; vastgelegdIn: string } | { soort: "opgegeven"; waar: string };

export interface Quotum {
  jaar: number;
  waarde: Decimal;
  grondslag: QuotumGrondslag;
}

/** Recorded percentages (a rules file, a document setting), checked once. */
export type EigenRegels = readonly EigenQuotum[];

/**
 * The quotumpercentage for a year: given for this computation (opgegeven), or
 * published (source document), or recorded by the user (with their source).
 * ONBEKEND_JAAR when none of these has it.
 */
export function quotumVoor(jaar: number, eigen: EigenRegels = [], opgegeven?: { waarde: unknown; waar: string }): Quotum {
  if (opgegeven !== undefined && opgegeven.waarde !== undefined && opgegeven.waarde !== null && opgegeven.waarde !== "") {
    const waarde = leesFractie(opgegeven.waarde, { veld: opgegeven.waar });
    return { jaar, waarde, grondslag: { soort: "opgegeven", waar: opgegeven.waar } };
  }
  const gepubliceerd = QUOTUMPERCENTAGE[jaar];
  if (gepubliceerd) return { jaar, waarde: new Decimal(gepubliceerd.waarde), grondslag: gepubliceerd.bron };
  const vastgelegd = eigen.find((e) => e.jaar === jaar);
  if (vastgelegd)
    return {
      jaar,
      waarde: vastgelegd.waarde,
      grondslag: { soort: "vastgelegd", bron: vastgelegd.bron, vastgelegdIn: vastgelegd.vastgelegdIn },
    };
  const bekend = [...Object.keys(QUOTUMPERCENTAGE), ...eigen.map((e) => `${e.jaar} (vastgelegd)`)].join(", ");
  throw new BanenFout("ONBEKEND_JAAR", { jaar, bekend }, { veld: "jaar" });
}

/** "2,76 % (bron: Kamerstuk 34 352, nr. 309 (…), Tabel 1, voetnoot 2 [seed 003])", "2,8 % (vastgelegd in banen-regels.json; bron volgens de gebruiker: …)". */
export function quotumTekst(q: Quotum): string {
  const procent = `${formatteerGetal(q.waarde.times(100))} %`;
  const g = q.grondslag;
  if (g.soort === "bron") return `${procent} (bron: ${bronVerwijzing(g)})`;
  if (g.soort === "vastgelegd") return `${procent} (vastgelegd in ${g.vastgelegdIn}; bron volgens de gebruiker: ${g.bron})`;
  return `${procent} (opgegeven met ${g.waar}, geen bron vastgelegd)`;
}

/**
 * Reads recorded percentages from plain data (a parsed rules file or document
 * setting): { "quotumpercentages": [ { "jaar": 2025, "percentage": "2,76%", "bron": "…" } ] }.
 * Every entry needs a source; a year with a published percentage cannot be overruled here.
 */
export function leesEigenRegels(data: unknown, vastgelegdIn: string): EigenQuotum[] {
  const plaats = (veld: string): Plaats => ({ blad: vastgelegdIn, veld });
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: kortJson(data), verwacht: EIGEN_REGELS_VORM }, plaats("regels"));
  }
  const lijst = (data as { quotumpercentages?: unknown }).quotumpercentages ?? [];
  if (!Array.isArray(lijst)) {
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: kortJson(lijst), verwacht: EIGEN_REGELS_VORM }, plaats("quotumpercentages"));
  }
  const uit: EigenQuotum[] = [];
  lijst.forEach((e: unknown, i) => {
    const veld = (naam: string) => plaats(`quotumpercentages[${i}].${naam}`);
    const item = (e ?? {}) as { jaar?: unknown; percentage?: unknown; bron?: unknown };
    const jaar = leesJaar(item.jaar, veld("jaar"));
    const waarde = leesPercentage(item.percentage, veld("percentage"));
    if (typeof item.bron !== "string" || item.bron.trim() === "") throw new BanenFout("GEEN_BRON", { jaar }, veld("bron"));
    const gepubliceerd = QUOTUMPERCENTAGE[jaar];
    if (gepubliceerd) {
      throw new BanenFout(
        "GEPUBLICEERD_QUOTUM",
        {
          jaar,
          waarde: `${formatteerGetal(new Decimal(gepubliceerd.waarde).times(100))}%`,
          bron: bronVerwijzing(gepubliceerd.bron),
        },
        veld("jaar"),
      );
    }
    if (uit.some((u) => u.jaar === jaar))
      throw new BanenFout("ONGELDIGE_KEUZE", { waarde: String(jaar), verwacht: "elk jaar één keer" }, veld("jaar"));
    uit.push({ jaar, waarde, bron: item.bron.trim(), vastgelegdIn });
  });
  return uit;
}

/** A recorded percentage as plain data again (for a rules file or a document setting). */
export function eigenRegelsData(regels: EigenRegels): { quotumpercentages: Array<{ jaar: number; percentage: string; bron: string }> } {
  return { quotumpercentages: regels.map((r) => ({ jaar: r.jaar, percentage: `${formatteerGetal(r.waarde.times(100))}%`, bron: r.bron })) };
}

export const EIGEN_REGELS_VORM =
  '{ "quotumpercentages": [ { "jaar": 2025, "percentage": "2,76%", "bron": "waar het percentage gepubliceerd is" } ] }';

/** "2,76%" or "2,76" (percent) or 0,0276 (a fraction, as Excel stores a percentage). */
function leesPercentage(invoer: unknown, plaats: Plaats): Decimal {
  if (typeof invoer === "string" && !invoer.trim().endsWith("%")) return leesFractie(leesGetal(invoer, plaats).dividedBy(100), plaats);
  return leesFractie(invoer, plaats);
}

function kortJson(w: unknown): string {
  const t = JSON.stringify(w) ?? String(w);
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/** Name of the document setting (Office.context.document.settings) where the pane records percentages and the functions read them. */
export const EIGEN_REGELS_INSTELLING = "banen.regels";
/** How outputs name that place. */
export const EIGEN_REGELS_IN_WERKMAP = "de instellingen van deze werkmap (taakvenster, tabblad Regels)";
