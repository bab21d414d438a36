/**
 * Centrale financiering (seed 004, regels 517-525; domain.md "Central
 * financing"): ministries that do not meet their own quotum finance extra jobs
 * centrally, for instance through Binnenwerk. Per ministry: the tekort, the
 * whole jobs to finance (capped by the places available, the plafond), the
 * budget those jobs need at a cost per baan the user gives, and the
 * comparison with the available budget. Pure and exact; the one layout for
 * task pane and CLI is ./financiering-opmaak.
 *
 * Units: doel, gerealiseerd and tekort in banen of 25,5 uur (Decimal, exact);
 * jobs to finance in whole banen (number); money in euro (Decimal, whole cents).
 *
 * Decisions, each for a reason:
 * - Whole jobs from a tekort: see TekortAfronding ("omhoog" by default, "omlaag" as option).
 * - Plafond and cost per baan are always the user's: no plafond means no cap,
 *   never the 2022/2023 figure implied; no cost means no euro amounts. The
 *   sourced plafonds are offered by `plafondSuggesties` for the user to pick.
 * - Money: amounts with more than 2 decimals are refused, not rounded
 *   (TE_VEEL_DECIMALEN): a budget or cost is a booked amount in cents, and a
 *   fraction of a cent is a typo or an unrounded formula the user should see.
 *   Amounts needed (whole jobs × cost) are then exact cents without rounding.
 * - Numbers that arrive as JS doubles (Excel cells, JSON) are read at the 15
 *   significant digits Excel shows and compares (see `alsExcelGetal`).
 */
import { Decimal, type Getal, NUL, som } from "../basis/decimaal";
import { BanenFout, foutenVerzamelaar, kort, type Plaats } from "../basis/fouten";
import { formatteerGetal, leesGeheel, leesGetal, leesNietNegatief } from "../basis/getal";
import { tekort as berekenTekort } from "../regels/realisatie";
import { type Bron, CENTRALE_FINANCIERING_PLAFOND } from "../regels/regels";
import { verdeel } from "../regels/verdeel";
import { isTotaalLabel, ministerieSleutel } from "../tabel1/ministeries";

/**
 * How a tekort in banen becomes whole jobs. A baan is a whole job, but the
 * tekort is rarely whole (the doel comes from the quotumcalculator: 408,78…).
 * - "omhoog" (default): 12,3 → 13. After 12 jobs the ministry still misses its
 *   quotum by 0,3; the question finance staff ask is what closing the gap
 *   costs, and that takes a 13th job.
 * - "omlaag": 12,3 → 12. Only whole jobs inside the exact tekort, so no
 *   ministry is financed past its quotum: the choice of a strict budget holder.
 * Both are defensible, so it is an explicit option and every result says which
 * one applied. A whole tekort (12) stays 12 either way.
 */
export const TEKORT_AFRONDINGEN = ["omhoog", "omlaag"] as const;
export type TekortAfronding = (typeof TEKORT_AFRONDINGEN)[number];
export const STANDAARD_TEKORT_AFRONDING: TekortAfronding = "omhoog";

/**
 * How the Binnenwerk capacity (the plafond) is divided when the ministries ask
 * for more than it holds. The sources give no division rule (seed 004: each
 * ministry sets up central financing "voor het eigen ministerie"; seed 003:
 * each arranges it as it sees fit), so the user chooses, and every output
 * names the choice as an assumption. There is no default.
 * - "naar-tekort": in proportion to each ministry's tekort in whole banen;
 * - "naar-vraag": in proportion to what each ministry asks to finance.
 * Either way nobody gets more than it asks (see verdeelMetGrens).
 */
export const VERDEELMETHODEN = ["naar-tekort", "naar-vraag"] as const;
export type Verdeelmethode = (typeof VERDEELMETHODEN)[number];
export const VERDEELMETHODE_TEKST: Readonly<Record<Verdeelmethode, string>> = {
  "naar-tekort": "naar rato van het tekort in hele banen",
  "naar-vraag": "naar rato van de gevraagde banen",
};

/** "naar-tekort" or "naar-vraag" (any case); empty means none chosen. */
export function leesVerdeelmethode(invoer: unknown, plaats: Plaats = { veld: "verdeling" }): Verdeelmethode | null {
  if (invoer === undefined || invoer === null || (typeof invoer === "string" && invoer.trim() === "")) return null;
  const tekst = String(invoer).trim().toLowerCase().replace(/\s+/g, "-");
  const gevonden = VERDEELMETHODEN.find((m) => m === tekst);
  if (!gevonden)
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: kort(String(invoer).trim()), verwacht: "naar-tekort of naar-vraag" }, plaats);
  return gevonden;
}

/** One ministry as the user gives it (a row of a sheet or file). */
export interface FinancieringInvoer {
  ministerie: string;
  /** Doel in banen. */
  doel: Getal;
  /** Totaal banen gerealiseerd. */
  gerealiseerd: Getal;
  /** Cost of one baan for this ministry in euro; overrides the cost for all. */
  kostenPerBaan?: Getal;
  /** Whole banen this ministry chooses to finance (at most its whole tekort); absent: its whole tekort, and outputs say so. */
  gevraagd?: Getal;
  /** This ministry's own available budget in euro (central financing is per ministry, seed 004); absent: no verdict per ministry. */
  budget?: Getal;
  /** 1-based row in the user's sheet or file, for messages; default: position in the list. */
  rij?: number;
}

export interface FinancieringOpties {
  /** Places available: at most this many whole banen in total. Absent (or "") = no cap. */
  plafond?: Getal;
  /** Cost of one baan in euro for every ministry without its own. Absent = no euro amounts. */
  kostenPerBaan?: Getal;
  /** Available budget in euro. Absent = no budget comparison. */
  budget?: Getal;
  /** Whole jobs from a tekort; default "omhoog" (see TekortAfronding). */
  afronding?: TekortAfronding;
  /** How the plafond is divided when the ministries ask for more; required then (VERDELING_NODIG), never implied. */
  verdeling?: Verdeelmethode | string;
}

export interface FinancieringRij {
  ministerie: string;
  /** 1-based row in the user's sheet or file (or position in the list). */
  rij: number;
  doel: Decimal;
  gerealiseerd: Decimal;
  /** doel − gerealiseerd, never below 0, exact, in banen. */
  tekort: Decimal;
  /** The tekort in whole banen, per the afronding. */
  tekortBanen: number;
  /** Whole banen the ministry asks to finance (its own choice, else tekortBanen). */
  gevraagd: number;
  /** The ministry gave its own number (false: its whole tekort was taken). */
  eigenVraag: boolean;
  /** Whole banen to finance: gevraagd, or this ministry's share of the plafond. Never above gevraagd. */
  gefinancierd: number;
  /** tekortBanen − gefinancierd: whole banen the plafond leaves unfinanced. */
  nietGefinancierd: number;
  /** This ministry got one remainder unit when the plafond was divided. */
  restbaan: boolean;
  /** Euro per baan (own or the one for all); null when no cost was given at all. */
  kostenPerBaan: Decimal | null;
  /** gefinancierd × kostenPerBaan in euro (exact cents); null without a cost. */
  benodigdEuro: Decimal | null;
  /** The ministry's own budget; null when not given. */
  budgetEuro: Decimal | null;
  /** budgetEuro − benodigdEuro (+ overschot, − tekort); null without both. */
  saldoEuro: Decimal | null;
}

export interface FinancieringTotaal {
  doel: Decimal;
  gerealiseerd: Decimal;
  /** Sum of the ministries' tekort (each already at least 0). */
  tekort: Decimal;
  tekortBanen: number;
  gevraagd: number;
  gefinancierd: number;
  nietGefinancierd: number;
  benodigdEuro: Decimal | null;
}

export interface PlafondToets {
  /** Places available, whole banen. */
  plafond: number;
  /** The ministries ask for more than the plafond, so the plafond was divided by the chosen method. */
  verdeeld: boolean;
  /** plafond − gefinancierd: places left (0 when verdeeld). */
  ongebruikt: number;
}

export interface BudgetToets {
  budgetEuro: Decimal;
  benodigdEuro: Decimal;
  /** budgetEuro − benodigdEuro: positive is an overschot, negative a tekort. */
  saldoEuro: Decimal;
  /** saldoEuro ≥ 0. */
  toereikend: boolean;
  /** max(saldo, 0). */
  overschotEuro: Decimal;
  /** max(−saldo, 0). */
  tekortEuro: Decimal;
  /**
   * How many of the financed jobs the budget pays for (≤ gefinancierd): with
   * one cost per baan min(gefinancierd, floor(budget / cost)); when costs differ
   * per ministry the largest number that fits, cheapest jobs first.
   */
  banenGedekt: number;
  /** gefinancierd − banenGedekt: jobs the budget falls short. */
  banenTekort: number;
  /** floor(budget / cost): whole banen the budget pays for, also beyond the need; null when costs differ per ministry. */
  banenUitBudget: number | null;
}

export interface FinancieringOordeel {
  /** All whole tekort fits under the plafond (true without a plafond). */
  binnenPlafond: boolean;
  /** null: no plafond given. */
  plafond: PlafondToets | null;
  /** null: no budget given. */
  budget: BudgetToets | null;
  /** binnenPlafond and, when a budget is given, toereikend: the whole tekort can be financed. */
  volledig: boolean;
}

export interface Financiering {
  afronding: TekortAfronding;
  plafond: number | null;
  /** The division method, when the plafond had to be divided (null otherwise). */
  verdeling: Verdeelmethode | null;
  /** The cost per baan for all ministries, as given (rows may have their own). */
  kostenPerBaan: Decimal | null;
  budgetEuro: Decimal | null;
  /** In input order. */
  rijen: FinancieringRij[];
  totaal: FinancieringTotaal;
  /** Ministries that got a remainder unit of the plafond, in the order they got it. */
  restOntvangers: string[];
  oordeel: FinancieringOordeel;
}

/**
 * A tranche of Binnenwerk's capacity the user may pick as plafond (never
 * applied on its own). Seed 004 (regels 523-525) gives the capacity in
 * tranches per year: "in 2022 nog maximaal 400 extra banen … In 2023 komen
 * daar nog ongeveer 500 banen bij". So 2023's figure is extra places on top
 * of 2022's ("erbij"), about 900 together. The sum is ours (afgeleid: 400 +
 * ca. 500), approximate because one of its terms is; the sources print no 900.
 * Which one is the plafond depends on the question: new places in 2023 only
 * (ca. 500), or everything since the construct began (ca. 900).
 */
export interface PlafondSuggestie {
  jaar: number;
  /** Extra banen in this year's tranche. */
  banen: number;
  /** "ongeveer": the source gives an approximate number ("ca."); never used as if exact. */
  benadering: boolean;
  bron: Bron;
  /** This tranche plus all earlier ones (afgeleid: our sum, not a figure of the source). */
  samen: number;
  /** Some tranche in `samen` is approximate, so the sum is too. */
  samenBenadering: boolean;
  /** Earlier tranches exist: `banen` is extra ("erbij"), `samen` the running total. */
  erbij: boolean;
}

/** The sourced tranches of Binnenwerk's capacity (seed 004: 2022 at most 400, 2023 about 500 more), by year, with their running total. */
export function plafondSuggesties(): PlafondSuggestie[] {
  const tranches = Object.entries(CENTRALE_FINANCIERING_PLAFOND)
    .map(([jaar, r]) => ({ jaar: Number(jaar), banen: r.waarde, benadering: r.benadering, bron: r.bron }))
    .sort((a, b) => a.jaar - b.jaar);
  let samen = 0;
  let samenBenadering = false;
  return tranches.map((t, i) => {
    samen += t.banen;
    samenBenadering ||= t.benadering;
    return { ...t, samen, samenBenadering, erbij: i > 0 };
  });
}

/**
 * A JS number as Excel shows and compares it: 15 significant digits. Excel
 * (and JSON) hand over binary doubles, so a sum Excel shows as 1.220 may
 * arrive as 1220.0000000000002, and 45000 × 1,1 as 49500.00000000001.
 * Rounding a tekort up would turn that dust into a whole job, and the cents
 * check would refuse a cost Excel shows as 49.500,00. Text and Decimals are
 * exact already and pass unchanged.
 */
export function alsExcelGetal(invoer: unknown): unknown {
  return typeof invoer === "number" && Number.isFinite(invoer) ? new Decimal(invoer.toPrecision(15)) : invoer;
}

/**
 * An amount in euro, 0 or more, in whole cents: a number, Dutch text
 * ("1.250.000", "45.000,50"), optionally with "€" or "EUR". Text that is no
 * amount: GEEN_BEDRAG; negative: NEGATIEF; a fraction of a cent: TE_VEEL_DECIMALEN.
 */
export function leesBedrag(invoer: unknown, plaats: Plaats = {}): Decimal {
  const zonderTeken = zonderBedragtekens(invoer);
  let bedrag: Decimal;
  try {
    bedrag = leesNietNegatief(alsExcelGetal(zonderTeken), plaats);
  } catch (fout) {
    if (fout instanceof BanenFout && fout.code === "GEEN_GETAL")
      throw new BanenFout("GEEN_BEDRAG", { waarde: kort(String(invoer).trim()) }, plaats);
    throw fout;
  }
  if (bedrag.decimalPlaces() > 2) throw new BanenFout("TE_VEEL_DECIMALEN", { waarde: formatteerGetal(bedrag) }, plaats);
  return bedrag;
}

/**
 * Text of an amount without the marks of an amount: "€ 1.250.000,-" → "1.250.000".
 * "15.000.000,-" is how Dutch writes a whole amount: ",-" (or ",--") stands for
 * no cents. Other values pass unchanged. Readers strip these before the
 * number-mark decision (invoer/getalnotatie.ts), so it sees the number.
 */
export function zonderBedragtekens(invoer: unknown): unknown {
  return typeof invoer === "string"
    ? invoer
        .replace(/€|\bEUR\b/gi, "")
        .replace(/,-{1,2}\s*$/, "")
        .trim()
    : invoer;
}

/** Cost of one baan in euro: an amount above 0 (KOSTEN_NEGATIEF, KOSTEN_NUL). */
export function leesKostenPerBaan(invoer: unknown, plaats: Plaats = { veld: "kosten per baan" }): Decimal {
  let kosten: Decimal;
  try {
    kosten = leesBedrag(invoer, plaats);
  } catch (fout) {
    if (fout instanceof BanenFout && fout.code === "NEGATIEF") throw new BanenFout("KOSTEN_NEGATIEF", fout.params, plaats);
    throw fout;
  }
  if (kosten.isZero()) throw new BanenFout("KOSTEN_NUL", {}, plaats);
  return kosten;
}

/** The plafond: a whole number of banen, 0 or more (PLAFOND_NEGATIEF, PLAFOND_GEEN_GEHEEL_GETAL). */
export function leesPlafond(invoer: unknown, plaats: Plaats = { veld: "plafond" }): number {
  const getal = leesGetal(alsExcelGetal(invoer), plaats);
  const voorbeeld = plafondVoorbeeld();
  if (getal.isNegative() && !getal.isZero()) throw new BanenFout("PLAFOND_NEGATIEF", { waarde: formatteerGetal(getal), voorbeeld }, plaats);
  if (!getal.isInteger()) throw new BanenFout("PLAFOND_GEEN_GEHEEL_GETAL", { waarde: formatteerGetal(getal), voorbeeld }, plaats);
  return getal.abs().toNumber();
}

/** "omhoog" or "omlaag" (any case); empty means the default, "omhoog". */
export function leesTekortAfronding(invoer: unknown, plaats: Plaats = { veld: "afronding" }): TekortAfronding {
  if (invoer === undefined || invoer === null || (typeof invoer === "string" && invoer.trim() === "")) return STANDAARD_TEKORT_AFRONDING;
  const tekst = String(invoer).trim().toLowerCase();
  const gevonden = TEKORT_AFRONDINGEN.find((a) => a === tekst);
  if (!gevonden) throw new BanenFout("ONBEKENDE_AFRONDING", { waarde: kort(String(invoer).trim()) }, plaats);
  return gevonden;
}

/** A number of banen (doel, gerealiseerd, tekort): 0 or more, not necessarily whole, read as Excel shows it. */
export function leesAantalBanen(invoer: unknown, plaats: Plaats): Decimal {
  return leesNietNegatief(alsExcelGetal(invoer), plaats);
}

/** A whole number of banen, 0 or more. */
export function leesHeleBanen(invoer: unknown, plaats: Plaats = { veld: "banen" }): Decimal {
  return leesGeheel(alsExcelGetal(invoer), plaats);
}

/** A tekort in banen (0 or more) as whole banen: up (default) or down, see TekortAfronding. */
export function tekortInHeleBanen(
  tekortBanen: Getal,
  afronding: TekortAfronding = STANDAARD_TEKORT_AFRONDING,
  plaats: Plaats = { veld: "tekort" },
): number {
  return heel(leesAantalBanen(tekortBanen, plaats), afronding);
}

/** Euro for a whole number of banen: banen × cost per baan (exact cents). */
export function benodigdBudget(banen: Getal, kostenPerBaan: Getal): Decimal {
  return leesHeleBanen(banen).times(leesKostenPerBaan(kostenPerBaan));
}

/** Euro to finance a tekort in whole banen: tekortInHeleBanen(tekort) × cost per baan. */
export function financieringVoorTekort(
  tekortBanen: Getal,
  kostenPerBaan: Getal,
  afronding: TekortAfronding = STANDAARD_TEKORT_AFRONDING,
): Decimal {
  const banen = tekortInHeleBanen(tekortBanen, afronding);
  return leesKostenPerBaan(kostenPerBaan).times(banen);
}

/** Whole banen a budget pays for: floor(budget / cost per baan). */
export function banenUitBudget(budget: Getal, kostenPerBaan: Getal): number {
  const b = leesBedrag(budget, { veld: "budget" });
  return b.dividedToIntegerBy(leesKostenPerBaan(kostenPerBaan)).toNumber();
}

/** budget − banen × cost per baan in euro: positive is an overschot, negative a tekort. */
export function budgetSaldo(budget: Getal, banen: Getal, kostenPerBaan: Getal): Decimal {
  const b = leesBedrag(budget, { veld: "budget" });
  return b.minus(benodigdBudget(banen, kostenPerBaan));
}

export interface PlafondVerdeling {
  /** Each tekort in whole banen, per the afronding. */
  tekortBanen: number[];
  /** Whole banen per party: the whole tekort, or a share of the plafond; adds up to min(plafond, Σ tekortBanen). */
  banen: number[];
  /** Indexes of the parties that got a remainder unit, in the order they got it. */
  restOntvangers: number[];
  /** The whole tekort exceeded the plafond, so the plafond was divided. */
  verdeeld: boolean;
}

/**
 * Divides the places of a plafond over tekorten: when the whole tekort fits,
 * everyone gets their whole tekort; otherwise the plafond is divided in
 * proportion to the WHOLE tekort by largest remainder (./verdeel: larger
 * remainder, then larger tekort, then list order). Weighing by the whole
 * tekort (not the exact one) guarantees nobody gets more than their whole
 * tekort: each exact share is then below it, so even rounded up it fits.
 */
export function verdeelPlafond(
  plafond: Getal,
  tekorten: readonly Getal[],
  afronding: TekortAfronding = STANDAARD_TEKORT_AFRONDING,
): PlafondVerdeling {
  const p = leesPlafond(plafond);
  if (tekorten.length === 0) throw new BanenFout("GEEN_GEWICHTEN", {}, { veld: "tekorten" });
  const heleTekorten = tekorten.map((t, i) => tekortInHeleBanen(t, afronding, { veld: `tekort ${i + 1}` }));
  return { tekortBanen: heleTekorten, ...verdeelOverPlafond(p, heleTekorten) };
}

/** What `verdeelCapaciteit` gives: whole banen per ministry, and how (null: the demand fit, nothing was divided). */
export interface CapaciteitVerdeling extends Omit<PlafondVerdeling, "tekortBanen"> {
  /** The division method applied; null when everyone got what it asked (the demand fit under the plafond). */
  verdeling: Verdeelmethode | null;
}

/**
 * Binnenwerk's capacity (the plafond) over what each ministry asks, by the
 * method the user chooses (VERDEELMETHODEN; the sources give none): when the
 * demand fits, everyone gets what it asks; otherwise the plafond is divided
 * naar-vraag (weights: the asks) or naar-tekort (weights: the whole tekorten,
 * which must then be given), never more than a ministry asks — the same rule
 * as `centraleFinanciering`. No method and a demand above the plafond:
 * VERDELING_NODIG. With tekorten, an ask above a whole tekort is MEER_DAN_TEKORT.
 */
export function verdeelCapaciteit(
  plafond: Getal,
  gevraagd: readonly unknown[],
  verdeling: unknown,
  tekorten: readonly unknown[] | null = null,
  afronding: TekortAfronding = STANDAARD_TEKORT_AFRONDING,
): CapaciteitVerdeling {
  const p = leesPlafond(plafond);
  const methode = leesVerdeelmethode(verdeling);
  if (gevraagd.length === 0) throw new BanenFout("GEEN_GEWICHTEN", {}, { veld: "gevraagd" });
  const vraag = gevraagd.map((g, i) => leesHeleBanen(g, { veld: `gevraagd ${i + 1}` }).toNumber());
  let tekortBanen: number[] | null = null;
  if (tekorten !== null) {
    if (tekorten.length !== gevraagd.length) {
      throw new BanenFout("ONGELIJKE_BEREIKEN", { eerste: "gevraagd", n: gevraagd.length, tweede: "tekorten", m: tekorten.length }, {});
    }
    tekortBanen = tekorten.map((t, i) => tekortInHeleBanen(t as Getal, afronding, { veld: `tekort ${i + 1}` }));
    const i = vraag.findIndex((v, j) => v > tekortBanen![j]!);
    if (i >= 0) throw new BanenFout("MEER_DAN_TEKORT", { gevraagd: vraag[i]!, tekort: tekortBanen[i]! }, { veld: `gevraagd ${i + 1}` });
  }
  const totaal = optellen(vraag);
  if (totaal <= p) return { banen: vraag, restOntvangers: [], verdeeld: false, verdeling: null };
  if (methode === null)
    throw new BanenFout("VERDELING_NODIG", { vraag: formatteerGetal(totaal), plafond: formatteerGetal(p) }, { veld: "verdeling" });
  if (methode === "naar-tekort" && tekortBanen === null) throw new BanenFout("TEKORTEN_NODIG", {}, { veld: "tekorten" });
  const uit = verdeelOverPlafondMetGrens(p, vraag, methode === "naar-tekort" ? tekortBanen! : vraag);
  return { ...uit, verdeling: methode };
}

function verdeelOverPlafond(plafond: number | null, tekortBanen: number[]): Omit<PlafondVerdeling, "tekortBanen"> {
  const totaal = tekortBanen.reduce((a, b) => a + b, 0);
  if (plafond === null || totaal <= plafond) return { banen: [...tekortBanen], restOntvangers: [], verdeeld: false };
  const { aandelen, restOntvangers } = verdeel(plafond, tekortBanen);
  return { banen: aandelen, restOntvangers, verdeeld: true };
}

/**
 * The whole calculation for a list of ministries. Reads every input, collects
 * every problem, and throws ONGELDIGE_INVOER listing them all (each naming its
 * row and column), or returns the complete result: nothing partial.
 */
export function centraleFinanciering(ministeries: readonly FinancieringInvoer[], opties: FinancieringOpties = {}): Financiering {
  const { fouten, probeer } = foutenVerzamelaar();

  const afronding = probeer(() => leesTekortAfronding(opties.afronding));
  const plafond = aanwezig(opties.plafond) ? probeer(() => leesPlafond(opties.plafond)) : null;
  const kostenVoorAlle = aanwezig(opties.kostenPerBaan) ? probeer(() => leesKostenPerBaan(opties.kostenPerBaan)) : null;
  const budgetEuro = aanwezig(opties.budget) ? probeer(() => leesBedrag(opties.budget, { veld: "budget" })) : null;
  if (ministeries.length === 0) fouten.push(new BanenFout("GEEN_RIJEN"));

  // Costs are all or nothing: with a cost for all, every row has one; with costs per row only,
  // every row needs its own; with no cost anywhere there are no euro amounts, and so no budget check.
  const kostenPerRij = ministeries.some((m) => aanwezig(m.kostenPerBaan));
  if (aanwezig(opties.budget) && !aanwezig(opties.kostenPerBaan) && !kostenPerRij) {
    fouten.push(new BanenFout("GEEN_KOSTEN", {}, { veld: "kosten per baan" }));
  }

  const verdeling = probeer(() => leesVerdeelmethode(opties.verdeling));
  const gelezen = leesMinisteries(ministeries, opties, kostenVoorAlle, kostenPerRij, fouten, probeer);

  if (
    fouten.length > 0 ||
    !afronding ||
    plafond === undefined ||
    kostenVoorAlle === undefined ||
    budgetEuro === undefined ||
    verdeling === undefined
  ) {
    throw new BanenFout("ONGELDIGE_INVOER", { aantal: fouten.length }, {}, fouten);
  }

  const tekortBanen = gelezen.map((g) => heel(g.tekort, afronding));
  const vraag = gelezen.map((g, i) => (g.gevraagd === null ? tekortBanen[i]! : g.gevraagd));
  const teVeel = gelezen.flatMap((g, i) =>
    g.gevraagd !== null && g.gevraagd > tekortBanen[i]!
      ? [new BanenFout("MEER_DAN_TEKORT", { gevraagd: g.gevraagd, tekort: tekortBanen[i]! }, { rij: g.rij, kolom: "gevraagd" })]
      : [],
  );
  if (teVeel.length > 0) throw new BanenFout("ONGELDIGE_INVOER", { aantal: teVeel.length }, {}, teVeel);
  const totaalVraag = optellen(vraag);
  if (plafond !== null && totaalVraag > plafond && verdeling === null) {
    throw new BanenFout(
      "VERDELING_NODIG",
      { vraag: formatteerGetal(totaalVraag), plafond: formatteerGetal(plafond) },
      { veld: "verdeling" },
    );
  }
  const gewichten = verdeling === "naar-tekort" ? tekortBanen : vraag;
  const verdeeld = verdeelOverPlafondMetGrens(plafond, vraag, gewichten);
  const rijen: FinancieringRij[] = gelezen.map((g, i) =>
    maakRij(g, tekortBanen[i]!, vraag[i]!, verdeeld.banen[i]!, verdeeld.restOntvangers.includes(i)),
  );
  return uitkomst(rijen, {
    afronding,
    plafond,
    verdeling: verdeeld.verdeeld ? verdeling : null,
    kostenVoorAlle,
    budgetEuro,
    verdeeld,
    totaalVraag,
  });
}

interface GelezenMinisterie {
  ministerie: string;
  rij: number;
  doel: Decimal;
  gerealiseerd: Decimal;
  tekort: Decimal;
  kostenPerBaan: Decimal | null;
  gevraagd: number | null;
  budgetEuro: Decimal | null;
}

/** Every ministry read and checked; problems go to `fouten` (all of them, with row and column). */
function leesMinisteries(
  ministeries: readonly FinancieringInvoer[],
  opties: FinancieringOpties,
  kostenVoorAlle: Decimal | null | undefined,
  kostenPerRij: boolean,
  fouten: BanenFout[],
  probeer: <T>(f: () => T) => T | undefined,
): GelezenMinisterie[] {
  const gezien = new Map<string, number>();
  const gelezen: GelezenMinisterie[] = [];
  ministeries.forEach((m, i) => {
    const rij = m.rij ?? i + 1;
    const naam = (m.ministerie ?? "").trim();
    const doel = probeer(() => leesAantalBanen(m.doel, { rij, kolom: "doel" }));
    const gerealiseerd = probeer(() => leesAantalBanen(m.gerealiseerd, { rij, kolom: "gerealiseerd" }));
    const gevraagd = aanwezig(m.gevraagd) ? probeer(() => leesHeleBanen(m.gevraagd, { rij, kolom: "gevraagd" }).toNumber()) : null;
    const budget = aanwezig(m.budget) ? probeer(() => leesBedrag(m.budget, { rij, kolom: "budget" })) : null;
    let kosten: Decimal | null | undefined = null;
    if (aanwezig(m.kostenPerBaan)) kosten = probeer(() => leesKostenPerBaan(m.kostenPerBaan, { rij, kolom: "kosten per baan" }));
    else if (aanwezig(opties.kostenPerBaan))
      kosten = kostenVoorAlle; // undefined when unreadable: reported once, above
    else if (kostenPerRij) fouten.push(new BanenFout("GEEN_KOSTEN", {}, { rij, kolom: "kosten per baan" }));
    if (budget && kosten === null) fouten.push(new BanenFout("GEEN_KOSTEN", {}, { rij, kolom: "kosten per baan" }));
    if (!naam) {
      fouten.push(new BanenFout("LEEG_MINISTERIE", {}, { rij, kolom: "ministerie" }));
      return;
    }
    if (isTotaalLabel(naam)) {
      // A copied total row ("Eindtotaal", "Som", …) would take its share of the plafond as if it were a ministry.
      fouten.push(new BanenFout("TOTAALRIJ_IN_INVOER", { naam }, { rij, kolom: "ministerie" }));
      return;
    }
    const sleutel = ministerieSleutel(naam);
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam, eerder }, { rij, kolom: "ministerie" }));
      return;
    }
    gezien.set(sleutel, rij);
    if (!doel || !gerealiseerd || kosten === undefined || gevraagd === undefined || budget === undefined) return;
    const tekort = berekenTekort(doel, gerealiseerd);
    gelezen.push({ ministerie: naam, rij, doel, gerealiseerd, tekort, kostenPerBaan: kosten, gevraagd, budgetEuro: budget });
  });
  return gelezen;
}

function maakRij(g: GelezenMinisterie, tekortBanen: number, gevraagd: number, gefinancierd: number, restbaan: boolean): FinancieringRij {
  const benodigdEuro = g.kostenPerBaan ? g.kostenPerBaan.times(gefinancierd) : null;
  return {
    ministerie: g.ministerie,
    rij: g.rij,
    doel: g.doel,
    gerealiseerd: g.gerealiseerd,
    tekort: g.tekort,
    kostenPerBaan: g.kostenPerBaan,
    tekortBanen,
    gevraagd,
    eigenVraag: g.gevraagd !== null,
    gefinancierd,
    nietGefinancierd: tekortBanen - gefinancierd,
    restbaan,
    benodigdEuro,
    budgetEuro: g.budgetEuro,
    saldoEuro: g.budgetEuro && benodigdEuro ? g.budgetEuro.minus(benodigdEuro) : null,
  };
}

interface Keuzes {
  afronding: TekortAfronding;
  plafond: number | null;
  verdeling: Verdeelmethode | null;
  kostenVoorAlle: Decimal | null;
  budgetEuro: Decimal | null;
  verdeeld: Omit<PlafondVerdeling, "tekortBanen">;
  totaalVraag: number;
}

function uitkomst(rijen: FinancieringRij[], k: Keuzes): Financiering {
  const metKosten = rijen.every((r) => r.kostenPerBaan !== null);
  const totaal: FinancieringTotaal = {
    doel: som(rijen.map((r) => r.doel)),
    gerealiseerd: som(rijen.map((r) => r.gerealiseerd)),
    tekort: som(rijen.map((r) => r.tekort)),
    tekortBanen: optellen(rijen.map((r) => r.tekortBanen)),
    gevraagd: k.totaalVraag,
    gefinancierd: optellen(rijen.map((r) => r.gefinancierd)),
    nietGefinancierd: optellen(rijen.map((r) => r.nietGefinancierd)),
    benodigdEuro: metKosten ? som(rijen.map((r) => r.benodigdEuro!)) : null,
  };
  const plafondToets: PlafondToets | null =
    k.plafond === null ? null : { plafond: k.plafond, verdeeld: k.verdeeld.verdeeld, ongebruikt: k.plafond - totaal.gefinancierd };
  const budgetToets = k.budgetEuro !== null && totaal.benodigdEuro !== null ? toetsBudget(k.budgetEuro, totaal.benodigdEuro, rijen) : null;
  const binnenPlafond = !k.verdeeld.verdeeld;
  return {
    afronding: k.afronding,
    plafond: k.plafond,
    verdeling: k.verdeling,
    kostenPerBaan: k.kostenVoorAlle,
    budgetEuro: k.budgetEuro,
    rijen,
    totaal,
    restOntvangers: k.verdeeld.restOntvangers.map((i) => rijen[i]!.ministerie),
    oordeel: {
      binnenPlafond,
      plafond: plafondToets,
      budget: budgetToets,
      volledig: totaal.nietGefinancierd === 0 && (budgetToets === null || budgetToets.toereikend),
    },
  };
}

/**
 * Divides the plafond over what each party asks, weighted by `gewichten`,
 * never giving a party more than it asks: a party whose share would exceed its
 * ask gets its ask, and the rest of the plafond is divided again over the
 * others (largest remainder each round, ./verdeel). Ends within n rounds.
 */
function verdeelOverPlafondMetGrens(plafond: number | null, vraag: number[], gewichten: number[]): Omit<PlafondVerdeling, "tekortBanen"> {
  const totaal = optellen(vraag);
  if (plafond === null || totaal <= plafond) return { banen: [...vraag], restOntvangers: [], verdeeld: false };
  const banen = vraag.map(() => 0);
  const vast = new Set<number>();
  let rest = plafond;
  let restOntvangers: number[] = [];
  for (;;) {
    const open = vraag.map((_, i) => i).filter((i) => !vast.has(i) && gewichten[i]! > 0);
    if (open.length === 0 || rest === 0) break;
    const { aandelen, restOntvangers: ontvangers } = verdeel(
      rest,
      open.map((i) => gewichten[i]!),
    );
    const teVeel = open.filter((i, j) => aandelen[j]! > vraag[i]!);
    if (teVeel.length === 0) {
      open.forEach((i, j) => (banen[i] = aandelen[j]!));
      restOntvangers = ontvangers.map((j) => open[j]!);
      break;
    }
    for (const i of teVeel) {
      banen[i] = vraag[i]!;
      vast.add(i);
      rest -= vraag[i]!;
    }
  }
  return { banen, restOntvangers, verdeeld: true };
}

function toetsBudget(budgetEuro: Decimal, benodigdEuro: Decimal, rijen: readonly FinancieringRij[]): BudgetToets {
  const saldoEuro = budgetEuro.minus(benodigdEuro);
  const gefinancierd = optellen(rijen.map((r) => r.gefinancierd));
  const kosten = [...new Set(rijen.map((r) => r.kostenPerBaan!.toString()))];
  const eenKosten = kosten.length === 1 ? new Decimal(kosten[0]!) : null;
  // Cheapest jobs first: the most jobs any choice of the financed jobs can fit in the budget.
  let rest = budgetEuro;
  let banenGedekt = 0;
  for (const r of [...rijen].sort((a, b) => a.kostenPerBaan!.comparedTo(b.kostenPerBaan!))) {
    const n = Math.min(r.gefinancierd, rest.dividedToIntegerBy(r.kostenPerBaan!).toNumber());
    banenGedekt += n;
    rest = rest.minus(r.kostenPerBaan!.times(n));
    if (n < r.gefinancierd) break; // every later job costs at least as much
  }
  return {
    budgetEuro,
    benodigdEuro,
    saldoEuro,
    toereikend: saldoEuro.greaterThanOrEqualTo(0),
    overschotEuro: Decimal.max(saldoEuro, NUL),
    tekortEuro: Decimal.max(saldoEuro.negated(), NUL),
    banenGedekt,
    banenTekort: gefinancierd - banenGedekt,
    banenUitBudget: eenKosten ? budgetEuro.dividedToIntegerBy(eenKosten).toNumber() : null,
  };
}

function heel(tekort: Decimal, afronding: TekortAfronding): number {
  return (afronding === "omhoog" ? tekort.ceil() : tekort.floor()).toNumber();
}

function optellen(getallen: readonly number[]): number {
  return getallen.reduce((a, b) => a + b, 0);
}

/** An optional input counts as given unless undefined, null or blank text (an empty cell). */
function aanwezig(invoer: unknown): boolean {
  return invoer !== undefined && invoer !== null && !(typeof invoer === "string" && invoer.trim() === "");
}

/** "400 in 2022": the first sourced, not approximate plafond, for messages. */
function plafondVoorbeeld(): string {
  const s = plafondSuggesties().find((x) => !x.benadering) ?? plafondSuggesties()[0];
  return s ? `${formatteerGetal(s.banen)} in ${s.jaar}` : "een geheel aantal";
}
