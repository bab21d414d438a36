/**
 * The Tabel 1 model: "Aantal voltijdswaarden van 25,5 uur voor medewerkers
 * onder de Wet Banenafspraak" per ministerie, as in seed 003 (same table in
 * seed 000). Input per ministry: fte (or a given doel) and the three realisatie
 * columns, in banen or in hours over a period. Output: exact rows and totals,
 * the rounded presentation, the footnotes and the source line.
 */
import { Decimal, type Getal, HONDERD, NUL, som, zeker } from "../basis/decimaal";
import { doel as berekenDoel } from "../regels/doel";
import { leesPeriode, type Periode, urenNaarBanen } from "../eenheden/eenheden";
import { BanenFout, foutenVerzamelaar, type Plaats, plaatsTekst } from "../basis/fouten";
import { formatteerGetal, leesNietNegatief } from "../basis/getal";
import { kwartaalTekst, leesKwartaal } from "../kwartaal/kwartaal";
import { TABEL1_BRONREGEL } from "../regels/regels";
import { type EigenRegels, leesDoelBasis, quotumVoor } from "../regels/doelbasis";
import { type DoelRecord, type DoelRecordInvoer, doelVoetnoot, leesDoelstatus, maakDoelRecord } from "../regels/doelrecord";
import { rondAfOpSom } from "../regels/verdeel";
import { realisatieInclusief } from "../regels/soorten";
import { ministerieNaam } from "../invoer/cel";
import { isTotaalLabel, ministerieSleutel } from "./ministeries";
import { VERDACHTE_REALISATIE_FRACTIE } from "../invoer/plausibiliteit";
import type { Waarschuwing } from "../invoer/leesverslag";
import { TABEL1_SCHEMA, type WeergaveRij } from "./schema";

export type { WeergaveRij } from "./schema";

/** A quantity in banen, or in paid hours over a period. */
export type Hoeveelheid = Getal | { uren: Getal; periode?: Periode | string };

export interface MinisterieInvoer {
  ministerie: string;
  /** fte in the quotum reference quarter; the doel is computed from it. */
  fte?: Getal;
  /** A given doel in banen (used when no fte is given). */
  doel?: Getal;
  /** Hours per fte for this ministry when it differs from the table's. */
  urenPerFte?: Getal;
  formeel: Hoeveelheid;
  binnenwerk: Hoeveelheid;
  inleen: Hoeveelheid;
  /**
   * Banen via SROI, inkoop or the Groeituin (person rows that do not count, core/regels/soorten.ts): only for the
   * side figure "inclusief SROI/inkoop"; never part of the totals.
   */
  buitenQuotum?: Getal;
  /** Footnote text for this row (e.g. BZ: posted staff included). */
  voetnoot?: string;
  /** Row in the user's sheet or file, for error messages. */
  rij?: number;
}

/** Doel that belongs to no ministry but counts in the total (e.g. DJI executive staff). */
export interface NietToegedeeldInvoer {
  omschrijving: string;
  fte?: Getal;
  doel?: Getal;
  urenPerFte?: Getal;
  /** First sentence of the footnote; the model adds how many doelbanen are missing. */
  voetnoot?: string;
  rij?: number;
}

export interface Tabel1Invoer extends DoelRecordInvoer {
  /** Quarter of the realisatie, e.g. "2023Q2". */
  kwartaal: string;
  ministeries: readonly MinisterieInvoer[];
  nietToegedeeld?: readonly NietToegedeeldInvoer[];
  /** Year of the quotumpercentage and the fte; default: the year of the kwartaal. */
  quotumjaar?: number;
  /** Fraction; needed when the quotumjaar has no published percentage. */
  quotumpercentage?: Getal;
  /** Hours per fte; default 36 (Rijk). Overrides basis. */
  urenPerFte?: Getal;
  /** The doel's basis by name: "Rijk (36 uur per fte)" (default) or "fte zonder omrekening" (see doelbasis.ts). */
  basis?: string;
  /** Percentages the user recorded with their source (rules file, document setting), for years without a published one. */
  eigenRegels?: EigenRegels;
  totaalNaam?: string;
  /**
   * Codes of warnings the user acknowledged (CLI --accepteer, pane checkbox);
   * the model checks REALISATIE_BOVEN_1000 (core/invoer/plausibiliteit.ts).
   */
  bevestigd?: readonly string[];
}

export type Afronding = "per-cel" | "sluitend";

export const KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatie"] as const;
export type Kolom = (typeof KOLOMMEN)[number];
export type BedragKolom = Exclude<Kolom, "realisatie">;

export interface Tabel1Rij {
  naam: string;
  voetnoten: number[];
  fte: Decimal | null;
  doel: Decimal;
  formeel: Decimal;
  binnenwerk: Decimal;
  inleen: Decimal;
  totaal: Decimal;
  /** totaal / doel as a fraction (0,75 for 75 %); null when doel is 0. */
  realisatieFractie: Decimal | null;
}

export interface Voetnoot {
  nr: number;
  tekst: string;
  /** What the marker is attached to: "titel", a column, or a row name. */
  bij: { soort: "titel" } | { soort: "kolom"; kolom: Kolom } | { soort: "rij"; naam: string };
}

export interface NietToegedeeldDoel {
  omschrijving: string;
  fte: Decimal | null;
  doel: Decimal;
}

export interface Tabel1 {
  titel: string;
  kwartaal: string;
  quotumjaar: number;
  quotumpercentage: Decimal;
  urenPerFte: Decimal;
  /** The doel as a record: status, fte peildatum and source, basis, percentage and its source; footnote 2 is made from it. */
  doelgrondslag: DoelRecord;
  rijen: Tabel1Rij[];
  nietToegedeeld: NietToegedeeldDoel[];
  totaal: Tabel1Rij;
  voetnoten: Voetnoot[];
  bronregel: string;
  afronding: Afronding;
  weergave: { rijen: WeergaveRij[]; totaal: WeergaveRij; nietToegedeeld: number[] };
  /** Warnings about the input that the user acknowledged (Tabel1Invoer.bevestigd); absent when none. */
  waarschuwingen?: Waarschuwing[];
  /** The side figure "inclusief SROI/inkoop" (seed 002's sectors print it); null without such rows. Never in the totals. */
  naastQuotum: NaastQuotum | null;
}

export const TABEL1_TITEL = "Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak";

/** Published column headers of Tabel 1, by column key (from TABEL1_SCHEMA, ./schema.ts). */
export const KOLOMKOPPEN: Readonly<Record<Kolom | "naam", string>> = Object.fromEntries(
  TABEL1_SCHEMA.map((k) => [k.sleutel, k.kop]),
) as Record<Kolom | "naam", string>;

const VOETNOOT_AFRONDING_PER_CEL =
  "I.v.m. afronding kan het voorkomen dat sommige totaalwaarden of sommige percentages niet overeenkomen met berekening met de afgeronde waarden in de tabel.";
const VOETNOOT_AFRONDING_SLUITEND =
  "De afgeronde waarden zijn zo gekozen dat de tabel sluit: per kolom is het totaal afgerond; elk ministerie krijgt zijn waarde " +
  "naar beneden afgerond en de eenheden die dan nog aan het kolomtotaal ontbreken gaan één voor één naar de grootste resten " +
  "(grootsterestmethode), zodat geen cel 1 of meer afwijkt van de onafgeronde waarde. Een niet toegedeeld doel is apart afgerond. " +
  "Het totaal gerealiseerd is de som van de afgeronde cellen en het realisatiepercentage is berekend met de afgeronde waarden in de tabel.";
const VOETNOOT_BINNENWERK =
  "De banen onder Binnenwerk zijn verdeeld over de ministeries waarvoor Binnenwerk het gemandateerd werkgeverschap uitvoert. " +
  "De ministeries betalen de banen van deze medewerkers en Binnenwerk voert leiding, begeleiding en administratie uit en houdt de bezetting op peil.";

/** The year, quotumpercentage and doel basis a Tabel 1 is built on, each read with its own error (undefined when wrong). */
function leesGrondslag(invoer: Tabel1Invoer, probeer: <T>(f: () => T) => T | undefined) {
  const kwartaal = probeer(() => leesKwartaal(invoer.kwartaal));
  const quotumjaar = invoer.quotumjaar ?? kwartaal?.jaar ?? 0;
  const quotum = probeer(() => quotumVoor(quotumjaar, invoer.eigenRegels, { waarde: invoer.quotumpercentage, waar: "quotumpercentage" }));
  const basis = probeer(() =>
    invoer.urenPerFte !== undefined ? leesDoelBasis(invoer.urenPerFte, { veld: "uren per fte" }) : leesDoelBasis(invoer.basis),
  );
  probeer(() => leesDoelstatus(invoer.doelstatus));
  if (invoer.ftePeildatum) probeer(() => leesKwartaal(invoer.ftePeildatum, { veld: "fte peildatum" }));
  return { kwartaal, quotumjaar, quotum, percentage: quotum?.waarde, basis, urenPerFte: basis?.urenPerFte };
}

/** The doel of a row: from its fte (with the year's percentage and the hours per fte), or as given. */
function doelLezer(quotumjaar: number, percentage: Decimal | undefined, urenPerFte: Decimal | undefined): DoelVan {
  return (bron, plaats) => {
    if (bron.fte !== undefined && bron.fte !== null && bron.fte !== "") {
      const fte = leesNietNegatief(bron.fte, { ...plaats, kolom: "fte" });
      if (!percentage || !urenPerFte) return { fte, doel: NUL };
      const uren = bron.urenPerFte !== undefined ? leesNietNegatief(bron.urenPerFte, { ...plaats, kolom: "uren per fte" }) : urenPerFte;
      return { fte, doel: berekenDoel(fte, quotumjaar, { urenPerFte: uren, quotumpercentage: percentage }) };
    }
    if (bron.doel !== undefined && bron.doel !== null && bron.doel !== "") {
      return { fte: null, doel: leesNietNegatief(bron.doel, { ...plaats, kolom: "doel" }) };
    }
    throw new BanenFout("GEEN_DOEL_OF_FTE", {}, plaats);
  };
}

/** Builds Tabel 1, or throws ONGELDIGE_INVOER listing every problem in the input. */
export function bouwTabel1(invoer: Tabel1Invoer, afronding: Afronding = "per-cel"): Tabel1 {
  const { fouten, probeer } = foutenVerzamelaar();
  const { kwartaal, quotumjaar, quotum, percentage, basis, urenPerFte } = leesGrondslag(invoer, probeer);
  const doelVan = doelLezer(quotumjaar, percentage, urenPerFte);

  const { rijen, rijNummers, buitenQuotum } = leesMinisterieRijen(invoer.ministeries, doelVan, fouten, probeer);

  const nietToegedeeld: NietToegedeeldDoel[] = [];
  (invoer.nietToegedeeld ?? []).forEach((n, i) => {
    const d = probeer(() => doelVan(n, { rij: n.rij ?? i + 1, veld: n.omschrijving }));
    if (d) nietToegedeeld.push({ omschrijving: n.omschrijving, fte: d.fte, doel: d.doel });
  });

  if (fouten.length > 0 || !kwartaal || !percentage || !urenPerFte || !quotum || !basis) {
    throw new BanenFout("ONGELDIGE_INVOER", { aantal: fouten.length }, {}, fouten);
  }

  const totaal = maakRij(
    invoer.totaalNaam ?? "Totaal Rijk",
    null,
    som([...rijen.map((r) => r.doel), ...nietToegedeeld.map((n) => n.doel)]),
    som(rijen.map((r) => r.formeel)),
    som(rijen.map((r) => r.binnenwerk)),
    som(rijen.map((r) => r.inleen)),
  );

  const teGroot = teGroteCellen([...rijen.map((rij, i) => ({ rij, plaats: { rij: rijNummers[i] } })), { rij: totaal, plaats: {} }]);
  if (teGroot.length > 0) throw new BanenFout("ONGELDIGE_INVOER", { aantal: teGroot.length }, {}, teGroot);

  const controle = totaalEnPlausibiliteit(rijen, rijNummers, new Set((invoer.bevestigd ?? []).map((c) => c.trim().toUpperCase())));
  if (controle.fouten.length > 0) throw new BanenFout("ONGELDIGE_INVOER", { aantal: controle.fouten.length }, {}, controle.fouten);

  const uitFte = rijen.some((r) => r.fte !== null) || nietToegedeeld.some((n) => n.fte !== null);
  const doelgrondslag = maakDoelRecord(invoer, quotumjaar, basis, quotum, uitFte);
  const weergave = afronding === "sluitend" ? rondSluitend(rijen, nietToegedeeld, totaal) : rondPerCel(rijen, nietToegedeeld, totaal);
  // The footnote names the niet-toegedeeld doel as printed (it is a term of the doel column's sum).
  const voetnoten = maakVoetnoten(invoer, rijen, totaal, nietToegedeeld, weergave.nietToegedeeld, doelgrondslag, afronding);
  const nummerBij = (naam: string) => voetnoten.filter((v) => v.bij.soort === "rij" && v.bij.naam === naam).map((v) => v.nr);
  for (const r of [...rijen, totaal, ...weergave.rijen, weergave.totaal]) r.voetnoten = nummerBij(r.naam);

  return {
    titel: `${TABEL1_TITEL} ${kwartaalTekst(kwartaal)}`,
    kwartaal: kwartaalTekst(kwartaal),
    quotumjaar,
    quotumpercentage: percentage,
    urenPerFte,
    doelgrondslag,
    rijen,
    nietToegedeeld,
    totaal,
    voetnoten,
    bronregel: TABEL1_BRONREGEL.waarde,
    afronding,
    weergave,
    ...(controle.waarschuwingen.length > 0 ? { waarschuwingen: controle.waarschuwingen } : {}),
    naastQuotum: maakNaastQuotum(rijen, totaal, buitenQuotum),
  };
}

type DoelVan = (bron: { fte?: Getal; doel?: Getal; urenPerFte?: Getal }, plaats: Plaats) => { fte: Decimal | null; doel: Decimal };

/** The ministry rows of the input, each checked (names by the one name key); problems go to `fouten`. */
function leesMinisterieRijen(
  ministeries: Tabel1Invoer["ministeries"],
  doelVan: DoelVan,
  fouten: BanenFout[],
  probeer: <T>(f: () => T) => T | undefined,
): { rijen: Tabel1Rij[]; rijNummers: number[]; buitenQuotum: Map<string, Decimal> } {
  const gezien = new Map<string, number>();
  const buitenQuotum = new Map<string, Decimal>();
  const rijen: Tabel1Rij[] = [];
  const rijNummers: number[] = [];
  ministeries.forEach((m, i) => {
    const rijNr = m.rij ?? i + 1;
    const plaats: Plaats = { rij: rijNr };
    const naam = ministerieNaam(m.ministerie ?? "");
    if (!naam) {
      fouten.push(new BanenFout("LEEG_MINISTERIE", {}, { ...plaats, kolom: "ministerie" }));
      return;
    }
    const sleutel = ministerieSleutel(naam);
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam, eerder }, { ...plaats, kolom: "ministerie" }));
      return;
    }
    gezien.set(sleutel, rijNr);
    const d = probeer(() => doelVan(m, plaats));
    const formeel = probeer(() => leesHoeveelheid(m.formeel, { ...plaats, kolom: "formeel" }));
    const binnenwerk = probeer(() => leesHoeveelheid(m.binnenwerk, { ...plaats, kolom: "binnenwerk" }));
    const inleen = probeer(() => leesHoeveelheid(m.inleen, { ...plaats, kolom: "inleen" }));
    const buiten =
      m.buitenQuotum === undefined ? undefined : probeer(() => leesNietNegatief(m.buitenQuotum, { ...plaats, kolom: "buiten quotum" }));
    if (!d || !formeel || !binnenwerk || !inleen) return;
    rijen.push(maakRij(naam, d.fte, d.doel, formeel, binnenwerk, inleen));
    if (buiten) buitenQuotum.set(naam, buiten);
    rijNummers.push(rijNr);
  });

  return { rijen, rijNummers, buitenQuotum };
}

/**
 * Checks on the rows as the model has them, whatever the source (a grid's
 * reader has already left out its total rows; JSON has no reader):
 * - a row named as a total (TOTAAL_LABELS) is refused: the table adds up itself;
 * - a row equal, in fte, doel and the three realisatie columns, to the sum of
 *   at least two rows above it is refused as a copied total;
 * - a realisatie above VERDACHTE_REALISATIE_FRACTIE (1.000 %, eigen keuze) is a
 *   warning that stops the table until acknowledged (REALISATIE_BOVEN_1000).
 */
function totaalEnPlausibiliteit(
  rijen: readonly Tabel1Rij[],
  rijNummers: readonly number[],
  bevestigd: ReadonlySet<string>,
): { fouten: BanenFout[]; waarschuwingen: Waarschuwing[] } {
  const fouten: BanenFout[] = [];
  const waarschuwingen: Waarschuwing[] = [];
  const velden = ["fte", "doel", "formeel", "binnenwerk", "inleen"] as const;
  const waarde = (r: Tabel1Rij, v: (typeof velden)[number]) => (v === "fte" ? (r.fte ?? NUL) : r[v]);
  let sommen = velden.map(() => NUL);
  rijen.forEach((r, i) => {
    const plaats: Plaats = { rij: rijNummers[i], kolom: "ministerie" };
    // Doel and banen are quotients (fte × 36 / 25,5 × 2,76 %, uren / 25,5): a sum of quotients may differ from the
    // quotient of the sum in the last of decimal.js's digits, so "equal" allows that much and no more.
    const gelijk = (a: Decimal, b: Decimal) => a.minus(b).abs().lessThanOrEqualTo(b.abs().plus(1).times("1e-25"));
    const isSom = i >= 2 && sommen.some((s) => !s.isZero()) && velden.every((v, j) => gelijk(waarde(r, v), sommen[j]!));
    if (isTotaalLabel(r.naam) || isSom) {
      fouten.push(
        isTotaalLabel(r.naam)
          ? new BanenFout("TOTAALRIJ_IN_INVOER", { naam: r.naam }, plaats)
          : new BanenFout(
              "SOMRIJ_IN_INVOER",
              { naam: r.naam, kolommen: velden.join(", "), rijen: `${rijNummers[0]}–${rijNummers[i - 1]}` },
              plaats,
            ),
      );
    }
    sommen = sommen.map((s, j) => s.plus(waarde(r, velden[j]!)));
    if (r.realisatieFractie?.greaterThan(VERDACHTE_REALISATIE_FRACTIE)) {
      const code = "REALISATIE_BOVEN_1000";
      const tekst =
        `de realisatie van ${r.naam} is ${formatteerGetal(heelProcent(r.realisatieFractie)!)}%, meer dan ${VERDACHTE_REALISATIE_FRACTIE * 100}% van het doel ` +
        "(grens eigen keuze, geen regel uit de bronnen): controleer de eenheid van de uren en de fte of het doel.";
      waarschuwingen.push({
        code,
        tekst,
        plaats: plaatsTekst({ ...plaats, kolom: KOLOMKOPPEN.realisatie }),
        bevestigd: bevestigd.has(code),
      });
      if (!bevestigd.has(code))
        fouten.push(new BanenFout("WAARSCHUWING_NIET_BEVESTIGD", { code, tekst }, { ...plaats, kolom: KOLOMKOPPEN.realisatie }));
    }
  });
  return { fouten, waarschuwingen };
}

/**
 * Cells whose rounded value a JS number (and Excel, 15 digits) cannot hold
 * exactly: beyond Number.MAX_SAFE_INTEGER totals would be wrong, rounding
 * that adds up could not work, and a tiny doel could make realisatie % Infinity.
 * An error at the row, never a wrong or infinite cell.
 */
function teGroteCellen(rijen: Array<{ rij: Tabel1Rij; plaats: Plaats }>): BanenFout[] {
  const fouten: BanenFout[] = [];
  const tekst = (d: Decimal) => d.toSignificantDigits(4).toString().replace(".", ",");
  for (const { rij, plaats } of rijen) {
    const kolom = (k: Kolom) => (plaats.rij === undefined ? `${KOLOMKOPPEN[k]} (${rij.naam})` : KOLOMKOPPEN[k]);
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const) {
      if (rij[k].greaterThan(Number.MAX_SAFE_INTEGER)) {
        fouten.push(new BanenFout("UITKOMST_TE_GROOT", { waarde: tekst(rij[k]) }, { ...plaats, kolom: kolom(k) }));
      }
    }
    const procent = rij.realisatieFractie?.times(HONDERD);
    if (procent?.greaterThan(Number.MAX_SAFE_INTEGER)) {
      fouten.push(new BanenFout("UITKOMST_TE_GROOT", { waarde: `${tekst(procent)}%` }, { ...plaats, kolom: kolom("realisatie") }));
    }
  }
  return fouten;
}

/** Banen from a quantity given in banen or in hours over a period. */
export function leesHoeveelheid(h: Hoeveelheid | undefined, plaats: Plaats): Decimal {
  if (h !== null && typeof h === "object" && !(h instanceof Decimal)) {
    return urenNaarBanen(h.uren, leesPeriode(h.periode, plaats), plaats);
  }
  if (h === undefined || h === null || h === "") return NUL; // an empty realisatie cell means none
  return leesNietNegatief(h, plaats);
}

function maakRij(naam: string, fte: Decimal | null, doel: Decimal, formeel: Decimal, binnenwerk: Decimal, inleen: Decimal): Tabel1Rij {
  const totaal = formeel.plus(binnenwerk).plus(inleen);
  return {
    naam,
    voetnoten: [],
    fte,
    doel,
    formeel,
    binnenwerk,
    inleen,
    totaal,
    realisatieFractie: doel.isZero() ? null : totaal.dividedBy(doel),
  };
}

/** Whole percent from a fraction, half up (74,67 % → 75). */
export function heelProcent(fractie: Decimal | null): number | null {
  return fractie === null ? null : zeker(fractie.times(HONDERD)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function rondAf(d: Decimal): number {
  return zeker(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function weergaveRij(r: Tabel1Rij, waarden?: Partial<Record<BedragKolom, number>>): WeergaveRij {
  return {
    naam: r.naam,
    voetnoten: r.voetnoten,
    doel: waarden?.doel ?? rondAf(r.doel),
    formeel: waarden?.formeel ?? rondAf(r.formeel),
    binnenwerk: waarden?.binnenwerk ?? rondAf(r.binnenwerk),
    inleen: waarden?.inleen ?? rondAf(r.inleen),
    totaal: waarden?.totaal ?? rondAf(r.totaal),
    realisatiePercentage: heelProcent(r.realisatieFractie),
  };
}

/** Like the publication: every cell rounded on its own from the unrounded value. */
function rondPerCel(rijen: Tabel1Rij[], nietToegedeeld: NietToegedeeldDoel[], totaal: Tabel1Rij): Tabel1["weergave"] {
  return {
    rijen: rijen.map((r) => weergaveRij(r)),
    totaal: weergaveRij(totaal),
    nietToegedeeld: nietToegedeeld.map((n) => rondAf(n.doel)),
  };
}

/**
 * Rounded cells that add up, so that every printed number follows from the
 * printed cells (the method, also stated in footnote 1 and `AFRONDING_SLUITEND`):
 * 1. Each column total is its exact total rounded half up; a niet-toegedeeld
 *    doel (DJI) is its exact doel rounded half up, as its footnote prints it.
 * 2. Per column the ministry cells are their exact values rounded down, and
 *    the units still missing to the column total go one each to the cells
 *    with the largest remainders (largest-remainder method, `rondAfOpSom`;
 *    ties: larger value, then the earlier row). A cell moves by less than 1
 *    from its exact value.
 * 3. A row's "totaal gerealiseerd" is the sum of its three rounded cells, the
 *    total row's cells are the sums of the columns.
 * 4. Realisatie % is the printed totaal / the printed doel, rounded half up to
 *    a whole percent (from the exact values only where the printed doel is 0).
 */
function rondSluitend(rijen: Tabel1Rij[], nietToegedeeld: NietToegedeeldDoel[], totaal: Tabel1Rij): Tabel1["weergave"] {
  const kolom = (exact: Decimal[], totaalExact: Decimal) => rondAfOpSom(exact.map(zeker), rondAf(totaalExact)).aandelen;
  const { ministeries: doel, nietToegedeeld: doelNiet } = sluitendDoel(rijen, nietToegedeeld, totaal);
  const formeel = kolom(
    rijen.map((r) => r.formeel),
    totaal.formeel,
  );
  const binnenwerk = kolom(
    rijen.map((r) => r.binnenwerk),
    totaal.binnenwerk,
  );
  const inleen = kolom(
    rijen.map((r) => r.inleen),
    totaal.inleen,
  );
  const weergave = rijen.map((r, i) =>
    gedruktePercentage(r, {
      doel: doel[i]!,
      formeel: formeel[i]!,
      binnenwerk: binnenwerk[i]!,
      inleen: inleen[i]!,
      totaal: formeel[i]! + binnenwerk[i]! + inleen[i]!,
    }),
  );
  const somVan = (k: BedragKolom) => weergave.reduce((a, r) => a + r[k], 0);
  return {
    rijen: weergave,
    totaal: gedruktePercentage(totaal, {
      doel: rondAf(totaal.doel),
      formeel: somVan("formeel"),
      binnenwerk: somVan("binnenwerk"),
      inleen: somVan("inleen"),
      totaal: somVan("totaal"),
    }),
    nietToegedeeld: doelNiet,
  };
}

/** A row of printed cells whose realisatie % is computed from those cells (step 4 of rondSluitend). */
function gedruktePercentage(r: Tabel1Rij, waarden: Record<BedragKolom, number>): WeergaveRij {
  const rij = weergaveRij(r, waarden);
  if (waarden.doel === 0) return rij;
  return { ...rij, realisatiePercentage: heelProcent(new Decimal(waarden.totaal).dividedBy(waarden.doel)) };
}

/**
 * The doel column of rondSluitend: niet-toegedeeld doelen rounded on their
 * own, the ministries share the rest of the rounded total. With several
 * niet-toegedeeld rows their own roundings can leave a rest outside what the
 * ministries can take; then all rows share the total alike.
 */
function sluitendDoel(
  rijen: Tabel1Rij[],
  nietToegedeeld: NietToegedeeldDoel[],
  totaal: Tabel1Rij,
): { ministeries: number[]; nietToegedeeld: number[] } {
  const exact = rijen.map((r) => zeker(r.doel));
  const eigen = nietToegedeeld.map((n) => rondAf(n.doel));
  const rest = rondAf(totaal.doel) - eigen.reduce((a, b) => a + b, 0);
  const vloer = exact.reduce((a, e) => a + e.floor().toNumber(), 0);
  if (rest >= vloer && rest <= vloer + exact.length) {
    return { ministeries: rondAfOpSom(exact, rest).aandelen, nietToegedeeld: eigen };
  }
  const samen = rondAfOpSom([...exact, ...nietToegedeeld.map((n) => zeker(n.doel))], rondAf(totaal.doel)).aandelen;
  return { ministeries: samen.slice(0, rijen.length), nietToegedeeld: samen.slice(rijen.length) };
}

function maakVoetnoten(
  invoer: Tabel1Invoer,
  rijen: Tabel1Rij[],
  totaal: Tabel1Rij,
  nietToegedeeld: NietToegedeeldDoel[],
  nietToegedeeldGedrukt: number[],
  doelgrondslag: DoelRecord,
  afronding: Afronding,
): Voetnoot[] {
  const teksten: Array<{ tekst: string; bij: Voetnoot["bij"] }> = [];
  teksten.push({ tekst: afronding === "sluitend" ? VOETNOOT_AFRONDING_SLUITEND : VOETNOOT_AFRONDING_PER_CEL, bij: { soort: "titel" } });

  const uitFte = rijen.some((r) => r.fte !== null);
  const gegeven = rijen.filter((r) => r.fte === null).map((r) => r.naam);
  let doelTekst = uitFte ? doelVoetnoot(doelgrondslag) : "Het doel is per ministerie opgegeven, niet berekend uit fte.";
  if (uitFte && gegeven.length > 0) doelTekst += ` Het doel van ${gegeven.join(", ")} is opgegeven, niet berekend uit fte.`;
  teksten.push({ tekst: doelTekst, bij: { soort: "kolom", kolom: "doel" } });
  teksten.push({ tekst: VOETNOOT_BINNENWERK, bij: { soort: "kolom", kolom: "binnenwerk" } });

  invoer.ministeries.forEach((m) => {
    const tekst = m.voetnoot?.trim();
    if (tekst) teksten.push({ tekst, bij: { soort: "rij", naam: ministerieNaam(m.ministerie) } });
  });

  const nietToegedeeldInvoer = invoer.nietToegedeeld ?? [];
  nietToegedeeld.forEach((n, i) => {
    const eerste =
      nietToegedeeldInvoer[i]?.voetnoot?.trim() ??
      `${n.omschrijving} telt mee in het totale doel, maar is niet toegedeeld aan een ministerie.`;
    const grondslag = n.fte !== null ? ` (o.b.v. ${formatteerGetal(n.fte)} fte)` : "";
    teksten.push({
      tekst: `${eerste} Hierdoor missen er nog ${formatteerGetal(nietToegedeeldGedrukt[i]!)} doelbanen${grondslag} die nog niet belegd zijn onder de ministeries.`,
      bij: { soort: "rij", naam: totaal.naam },
    });
  });
  return teksten.map((t, i) => ({ nr: i + 1, ...t }));
}

/** Realisatie "inclusief SROI/inkoop" per ministry and in total: beside Tabel 1, never in it. */
export interface NaastQuotum {
  omschrijving: string;
  rijen: Array<{ naam: string; buitenQuotum: Decimal; realisatieInclusief: Decimal | null }>;
  totaal: { naam: string; buitenQuotum: Decimal; realisatieInclusief: Decimal | null };
}

function maakNaastQuotum(rijen: Tabel1Rij[], totaal: Tabel1Rij, buitenQuotum: Map<string, Decimal>): NaastQuotum | null {
  if (buitenQuotum.size === 0) return null;
  const regel = (r: Tabel1Rij, b: Decimal) => ({
    naam: r.naam,
    buitenQuotum: b,
    realisatieInclusief: realisatieInclusief(r.totaal, b, r.doel),
  });
  return {
    omschrijving:
      "Realisatie inclusief SROI/inkoop (zoals sectoren het naast het officiële cijfer noemen, seed 002): " +
      "banen via Social Return, inkoop en de Groeituin tellen niet mee voor het quotum van de sector Rijk en staan niet in Tabel 1.",
    rijen: rijen.map((r) => regel(r, buitenQuotum.get(r.naam) ?? NUL)),
    totaal: regel(totaal, som([...buitenQuotum.values()])),
  };
}
