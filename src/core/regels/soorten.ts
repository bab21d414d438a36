/**
 * What counts, per person: the words P&O advisers find in payroll and
 * contract-party lists, mapped to a Tabel 1 column or recognised as "telt
 * niet mee", each with the source that says so. Data only; the row reader
 * (core/invoer) looks a soort up here and records the rows that do not count
 * in its reading report (weggelaten), never silently and never counted.
 *
 * - inleen: the sources define inleenverbanden as uitzendrelaties plus
 *   Wsw-detacheringen, counted where the person works (seed 004).
 * - telt niet mee: Social Return (SROI) jobs, the Groeituin (Social Return at
 *   RWS), jobs through government purchasing (inkoop) and
 *   werkervaringsplaatsen (seeds 003, 004, 002). Sectors print a realisatie
 *   "inclusief SROI/inkoop" beside the official one (Defensie, PO, VO, HBO,
 *   WO in seed 002): such rows feed that side figure only (naastQuotum).
 */
import { Decimal, type Getal } from "../basis/decimaal";
import type { Bron } from "./regels";
import { bronVerwijzing } from "./documenten";

export type Deel = "formeel" | "binnenwerk" | "inleen";

/** Why a row does not count for the quotum; sroi, inkoop and groeituin feed the "inclusief SROI/inkoop" side figure. */
export type NietMeetellend = "sroi" | "inkoop" | "groeituin" | "werkervaringsplaats";

export type Soort =
  | { telt: true; deel: Deel; naam: string; bron: Bron | null }
  | { telt: false; categorie: NietMeetellend; naam: string; bron: Bron; inclusiefSroi: boolean };

const INLEEN_BRON: Bron = {
  soort: "bron",
  document: "004_45ed410054f52706.txt",
  plaats: "Vorm dienstverband, regels 167-169",
  citaat: "Inleenverbanden zijn zowel uitzendrelaties als detacheringen vanuit de sociale werkvoorziening (Wsw-detacheringen).",
};
const FORMEEL_BRON: Bron = {
  soort: "bron",
  document: "004_45ed410054f52706.txt",
  plaats: "Vorm dienstverband, regels 157-159",
  citaat: "via formele dienstverbanden, bijvoorbeeld tijdelijke of vaste contracten, gerealiseerd",
};
const SROI_BRON: Bron = {
  soort: "bron",
  document: "003_cf68ea1a056c74e2.txt",
  plaats: "3. Extra inzet op Social Return",
  citaat: "tellen deze banen op dit moment niet mee voor het quotum van de sector Rijk",
};
const GROEITUIN_BRON: Bron = {
  soort: "bron",
  document: "003_cf68ea1a056c74e2.txt",
  plaats: "3. Extra inzet op Social Return",
  citaat:
    "Parallel daaraan lopen ook Social Return-activiteiten bij ministeries en organisatieonderdelen zelf. Een voorbeeld hiervan is de Groeituin Social Return bij Rijkswaterstaat (RWS).",
};
const INKOOP_BRON: Bron = {
  soort: "bron",
  document: "004_45ed410054f52706.txt",
  plaats: "Stand van zaken onderzoek, regels 595-597",
  citaat: "Hoewel deze banen worden gecreëerd door de overheid, tellen ze mee bij de gerealiseerde banen in de marktsector.",
};
const WERKERVARING_BRON: Bron = {
  soort: "bron",
  document: "002_1f91600690bf5597.txt",
  plaats: "Onderzoeksinstellingen, regels 718-719",
  citaat:
    "Wat niet meetelt voor de banenafspraak maar wat werkgevers wel willen benoemen is dat er op een enkele plek iemand aan het werk is op een werkervaringsplaats.",
};

const telt = (deel: Deel, naam: string, bron: Bron | null): Soort => ({ telt: true, deel, naam, bron });
const niet = (categorie: NietMeetellend, naam: string, bron: Bron): Soort => ({
  telt: false,
  categorie,
  naam,
  bron,
  inclusiefSroi: categorie !== "werkervaringsplaats",
});

/** Words as written (lower case, single spaces; hyphens and "(…)" as users type them) → the soort. */
const WOORDEN: Readonly<Record<string, Soort>> = {
  formeel: telt("formeel", "formeel dienstverband", null),
  "formele dienstverbanden": telt("formeel", "formeel dienstverband", null),
  "formeel dienstverband": telt("formeel", "formeel dienstverband", null),
  "formele dienstverband": telt("formeel", "formeel dienstverband", null),
  "vast contract": telt("formeel", "formeel dienstverband", FORMEEL_BRON),
  "tijdelijk contract": telt("formeel", "formeel dienstverband", FORMEEL_BRON),
  binnenwerk: telt("binnenwerk", "Binnenwerk", null),
  inleen: telt("inleen", "inleenverband", null),
  inleenverband: telt("inleen", "inleenverband", null),
  inleenverbanden: telt("inleen", "inleenverband", null),
  uitzend: telt("inleen", "inleenverband (uitzendrelatie)", INLEEN_BRON),
  uitzendkracht: telt("inleen", "inleenverband (uitzendrelatie)", INLEEN_BRON),
  uitzendrelatie: telt("inleen", "inleenverband (uitzendrelatie)", INLEEN_BRON),
  uitzendrelaties: telt("inleen", "inleenverband (uitzendrelatie)", INLEEN_BRON),
  uitzendbureau: telt("inleen", "inleenverband (uitzendrelatie)", INLEEN_BRON),
  detachering: telt("inleen", "inleenverband (detachering)", INLEEN_BRON),
  gedetacheerd: telt("inleen", "inleenverband (detachering)", INLEEN_BRON),
  "wsw-detachering": telt("inleen", "inleenverband (Wsw-detachering)", INLEEN_BRON),
  "wsw detachering": telt("inleen", "inleenverband (Wsw-detachering)", INLEEN_BRON),
  "wsw-detacheringen": telt("inleen", "inleenverband (Wsw-detachering)", INLEEN_BRON),
  "detachering wsw": telt("inleen", "inleenverband (Wsw-detachering)", INLEEN_BRON),
  "detachering sw": telt("inleen", "inleenverband (Wsw-detachering)", INLEEN_BRON),
  sroi: niet("sroi", "Social Return (SROI)", SROI_BRON),
  "social return": niet("sroi", "Social Return (SROI)", SROI_BRON),
  "social return on investment": niet("sroi", "Social Return (SROI)", SROI_BRON),
  "social return (sroi)": niet("sroi", "Social Return (SROI)", SROI_BRON),
  "social return on investment (sroi)": niet("sroi", "Social Return (SROI)", SROI_BRON),
  groeituin: niet("groeituin", "Groeituin Social Return", GROEITUIN_BRON),
  "groeituin social return": niet("groeituin", "Groeituin Social Return", GROEITUIN_BRON),
  inkoop: niet("inkoop", "baan via inkoop", INKOOP_BRON),
  "via inkoop": niet("inkoop", "baan via inkoop", INKOOP_BRON),
  inkoopcontract: niet("inkoop", "baan via inkoop", INKOOP_BRON),
  werkervaringsplaats: niet("werkervaringsplaats", "werkervaringsplaats", WERKERVARING_BRON),
  werkervaringsplaatsen: niet("werkervaringsplaats", "werkervaringsplaats", WERKERVARING_BRON),
};

/** The soort of a cell text, or undefined when the vocabulary does not know it (an error for the reader). */
export function herkenSoort(tekst: string): Soort | undefined {
  const sleutel = tekst.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
  return Object.hasOwn(WOORDEN, sleutel) ? WOORDEN[sleutel] : undefined; // not "constructor" & co.
}

/** Every word the vocabulary knows, per outcome (for help texts and docs). */
export function soortWoorden(): Array<{ woord: string; soort: Soort }> {
  return Object.entries(WOORDEN).map(([woord, soort]) => ({ woord, soort }));
}

/** The reason printed for rows left out: "Social Return (SROI): telt niet mee voor het quotum (bron: Kamerstuk …, … [seed 003])". */
export function nietMeetellendReden(s: Extract<Soort, { telt: false }>): string {
  const naast = s.inclusiefSroi ? "; alleen in het cijfer inclusief SROI/inkoop naast de tabel" : "";
  return `${s.naam}: telt niet mee voor het quotum (bron: ${bronVerwijzing(s.bron)}: “${s.bron.citaat}”)${naast}`;
}

/** Rows that said they are not in the doelgroepregister do not count (seed 002). */
export const REGISTER_BRON: Bron = {
  soort: "bron",
  document: "002_1f91600690bf5597.txt",
  plaats: "Doelgroep op de arbeidsmarkt, regels 47-48",
  citaat: "Iedereen die valt onder de doelgroep banenafspraak staat in het doelgroepregister van UWV.",
};

/**
 * Realisatie "inclusief SROI/inkoop" as the sectors print it beside the
 * official figure (seed 002): (gerealiseerd + banen via SROI/inkoop) / doel.
 * A side figure only; it never enters Tabel 1's totals.
 */
export function realisatieInclusief(gerealiseerd: Getal, buitenQuotum: Getal, doel: Getal): Decimal | null {
  const d = new Decimal(doel);
  return d.isZero() ? null : new Decimal(gerealiseerd).plus(buitenQuotum).dividedBy(d);
}
