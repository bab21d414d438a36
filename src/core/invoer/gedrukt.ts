/**
 * Reads a printed Tabel 1 (the published table, or the sheet our own writer
 * makes: title, header row, ministry rows, "Totaal …" row, source line,
 * footnotes) from a grid into a GedrukteTabel1, for `controleer` and for the
 * centrale-financiering view (doel and totaal gerealiseerd per ministry).
 *
 * The header row is found by its column titles (footnote markers ignored),
 * not assumed to be the first row. `leesDoelEnGerealiseerd` is the same
 * reader with fewer demands, for the centrale financiering: any table with
 * ministerie, doel and gerealiseerd (a printed Tabel 1 is one), total row optional. Realisatie may be printed as a fraction
 * (0,75, Excel's "0%" format) or in percent (75); see `leesRealisatie`.
 */
import { Decimal } from "../basis/decimaal";
import { alsExcelGetal, leesBedrag, leesHeleBanen, zonderBedragtekens } from "../financiering/financiering";
import { BanenFout, foutenVerzamelaar, kort, losseFouten, type Plaats } from "../basis/fouten";
import { leesGetal } from "../basis/getal";
import { type Decimaalteken, lezingVan, metGetalnotatie } from "./getalnotatie";
import {
  celAdres,
  celWaarde,
  foutwaarde,
  gevuldeLengte,
  isLeeg,
  isLegeRij,
  kolomLetters,
  leesGetalCel,
  leesTekstCel,
  normaleKop,
} from "./cel";
import { FINANCIERING_VELDEN, type FinancieringVeldDef } from "./herken";
import { type Beslissing, type KolomVerslag, leegVerslag, type Leesverslag, type Weglating } from "./leesverslag";
import type { Raster } from "./raster";
import { TABEL1_SCHEMA, tabel1Kop, voetnootNummer, zonderVoetnoten } from "../tabel1/schema";
import type { Kolom } from "../tabel1/tabel1";
import { isTotaalLabel, ministerieSleutel, tabel1Naam } from "../tabel1/ministeries";
import type { GedrukteTabel1, GedrukteTabel1Rij } from "../controle/tabel1-controle";

/** A column key of TABEL1_SCHEMA ("naam", "doel", …). */
type GedrukteKolom = string;

/** The columns a printed Tabel 1 must have: every required amount column of the schema. */
const verplichtGedrukt = (): string[] => TABEL1_SCHEMA.filter((k) => k.verplichtGedrukt && k.eenheid === "banen").map((k) => k.sleutel);
/** The amount columns (whole banen) of the schema. */
const bedragKolommen = (): string[] => TABEL1_SCHEMA.filter((k) => k.eenheid === "banen").map((k) => k.sleutel);
/** The realisatie column(s): whole percent. */
const procentKolom = (): string | undefined => TABEL1_SCHEMA.find((k) => k.eenheid === "procent")?.sleutel;

function kolommenIn(rij: readonly unknown[], extra: readonly FinancieringVeldDef[] = []): Partial<Record<GedrukteKolom, number>> {
  const gevonden: Partial<Record<GedrukteKolom, number>> = {};
  rij.forEach((cel, i) => {
    const kop = normaleKop(cel);
    if (!kop) return;
    // A published header, or the short form a user may type; markers and case do not matter.
    for (const k of TABEL1_SCHEMA) {
      if (gevonden[k.sleutel] === undefined && (kop === normaleKop(k.kop) || k.patroon.test(kop))) {
        gevonden[k.sleutel] = i;
        return;
      }
    }
    // Further columns the caller reads (the financing's gevraagd and budget, invoer/herken.ts).
    for (const d of extra) {
      if (gevonden[d.sleutel] === undefined && d.namen.test(kop)) {
        gevonden[d.sleutel] = i;
        return;
      }
    }
  });
  return gevonden;
}

/** "Totaal Rijk⁷" → "Totaal Rijk". */
function naamZonderVoetnoten(tekst: string): string {
  return zonderVoetnoten(tekst.trim()).trim();
}

const MISSENDE_DOELBANEN = /missen er nog ([\d.,]+) doelbanen/gi;
const VOETNOOTNUMMER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+)[\s.)]/u;

/** A row as read, before it is narrowed to what the caller asked for; amounts exact, absent columns absent. */
interface GelezenRij {
  naam: string;
  /** 1-based sheet row. */
  rij: number;
  /** Per amount column of the schema (whole banen). */
  bedragen: Partial<Record<string, Decimal>>;
  /** Per further column (Eisen.extra) that has a value in this row. */
  extra: Partial<Record<string, Decimal>>;
  realisatiePercentage: number | null;
}

interface Gelezen {
  titel: string | null;
  kolommen: Partial<Record<GedrukteKolom, number>>;
  /** The header row's cells as read. */
  kopRij: unknown[];
  rijen: GelezenRij[];
  totaal: GelezenRij | null;
  nietToegedeeld: GedrukteTabel1["nietToegedeeld"];
  /** The reading report: the grid's own (file, sheet) plus header row, number marks, columns, rows. */
  verslag: Leesverslag;
}

/** What a caller demands of the grid. */
interface Eisen {
  verplicht: readonly string[];
  /** "Totaal …" must close the table; without it the table ends at its first empty row. */
  totaalrij: boolean;
  /** Hidden or filtered rows inside the table are errors (VERBORGEN_RIJ): they would count unseen. */
  verborgenIsFout: boolean;
  /** Numbers as Excel shows them (15 digits): 1220.0000000000002 from a sum is 1.220. */
  alsExcelGetal: boolean;
  /** For GEEN_KOPRIJ: what kind of header row ("de kolomkoppen van Tabel 1"), and the header names. */
  wat: string;
  verwacht: string;
  /** The decimal mark of text numbers when the user settled it; else decided from the cells. */
  decimaalteken?: Decimaalteken | undefined;
  /** Further optional columns to read (the financing's gevraagd and budget); empty cells stay absent. */
  extra?: readonly FinancieringVeldDef[];
}

/**
 * Reads the printed table, or throws ONGELDIGE_INVOER listing every problem
 * (no header row, no total row, a bad cell, a duplicate ministry).
 */
export function leesGedrukteTabel1(raster: Raster, decimaalteken?: Decimaalteken): GedrukteTabel1 {
  const verwacht = TABEL1_SCHEMA.map((k) => `"${k.kop}"`).join(", ");
  const g = lees(raster, {
    verplicht: verplichtGedrukt(),
    totaalrij: true,
    verborgenIsFout: false,
    alsExcelGetal: false,
    wat: "de kolomkoppen van Tabel 1",
    verwacht,
    decimaalteken,
  });
  // Each schema column into its field of the printed row; an absent amount column reads as 0.
  const alsGedrukt = (r: GelezenRij): GedrukteTabel1Rij => {
    const rij: Record<string, unknown> = { naam: r.naam };
    for (const k of TABEL1_SCHEMA) {
      if (k.eenheid === "banen") rij[k.veld] = r.bedragen[k.sleutel]?.toNumber() ?? 0;
      else if (k.eenheid === "procent") rij[k.veld] = r.realisatiePercentage;
    }
    return rij as unknown as GedrukteTabel1Rij;
  };
  return {
    titel: g.titel ?? `Tabel 1 (blad ${raster.blad})`,
    rijen: g.rijen.map(alsGedrukt),
    totaal: alsGedrukt(g.totaal!),
    nietToegedeeld: g.nietToegedeeld,
  };
}

/** Doel and gerealiseerd of one ministry (or of the total row), as in the cells. */
export interface DoelEnGerealiseerdRij {
  naam: string;
  doel: Decimal;
  gerealiseerd: Decimal;
  /** 1-based sheet row. */
  rij: number;
  /** Whole banen the ministry asks to finance, when the grid has a "gevraagd" column and the cell is filled. */
  gevraagd?: Decimal;
  /** The ministry's own budget in euro (whole cents), when the grid has a "budget" column and the cell is filled. */
  budget?: Decimal;
}

export interface DoelEnGerealiseerd {
  /** The text above the header row (a printed table's title), if any. */
  titel: string | null;
  /** The grid has the realisatie columns of Tabel 1 (formeel, Binnenwerk, inleen): a printed Tabel 1, whose cells are rounded. */
  isTabel1: boolean;
  rijen: DoelEnGerealiseerdRij[];
  /** The "Totaal …" row when there is one (its doel may include doel that belongs to no ministry). */
  totaal: DoelEnGerealiseerdRij | null;
  /** Doel in the total that belongs to no ministry, from a footnote under the table (DJI's 409). */
  nietToegedeeld: GedrukteTabel1["nietToegedeeld"];
  /** The sheet (or file) read: Raster.blad. */
  blad: string;
  /** The user's header of each column read ("doel", "totaal", "gevraagd", "budget" → "Gevraagde banen"), for messages. */
  koppen: Partial<Record<string, string>>;
  /** How the grid was read: header row, number marks, columns, ministry names, rows left out. */
  verslag: Leesverslag;
}

const FINANCIERING_VERPLICHT: readonly Kolom[] = ["doel", "totaal"];
/** The realisatie columns of Tabel 1: a grid with all of them is a printed Tabel 1, whose cells are rounded. */
const DELEN: readonly Kolom[] = ["formeel", "binnenwerk", "inleen"];

/**
 * Ministerie, doel and gerealiseerd from any table that has them: a printed
 * Tabel 1 (ours or the publication's) or a short list ("Ministerie", "Doel",
 * "Gerealiseerd"). A "Totaal …" row ends the table and is returned apart;
 * without one the table ends at its first empty row (notes below it are not
 * ministries). Hidden rows inside the table are errors. Throws
 * ONGELDIGE_INVOER with every problem.
 */
export function leesDoelEnGerealiseerd(raster: Raster, decimaalteken?: Decimaalteken): DoelEnGerealiseerd {
  const verwacht = `"Ministerie", "Doel" en "Gerealiseerd" (of "${tabel1Kop("totaal")}")`;
  const g = lees(raster, {
    verplicht: FINANCIERING_VERPLICHT,
    totaalrij: false,
    verborgenIsFout: true,
    alsExcelGetal: true,
    wat: "kolomkoppen voor doel en gerealiseerd",
    verwacht,
    decimaalteken,
    extra: FINANCIERING_VELDEN,
  });
  const verslag = g.verslag;
  const smal = (r: GelezenRij, naam = r.naam): DoelEnGerealiseerdRij => ({
    naam,
    doel: r.bedragen.doel ?? new Decimal(0),
    gerealiseerd: r.bedragen.totaal ?? new Decimal(0),
    rij: r.rij,
    ...(r.extra.gevraagd !== undefined ? { gevraagd: r.extra.gevraagd } : {}),
    ...(r.extra.budget !== undefined ? { budget: r.extra.budget } : {}),
  });
  const koppen: Partial<Record<string, string>> = {};
  for (const [sleutel, i] of Object.entries(g.kolommen)) if (i !== undefined) koppen[sleutel] = kopTekst(g.kopRij[i]) || sleutel;
  return {
    titel: g.titel,
    isTabel1: DELEN.every((k) => g.kolommen[k] !== undefined),
    rijen: g.rijen.map((r) => smal(r, tabel1NaamMetBesluit(r.naam, verslag))),
    totaal: g.totaal ? smal(g.totaal) : null,
    nietToegedeeld: g.nietToegedeeld,
    blad: raster.blad,
    koppen,
    verslag,
  };
}

/** A header as the user wrote it, without footnote markers ("Doel (voorlopig)²" → "Doel (voorlopig)"). */
function kopTekst(cel: unknown): string {
  return naamZonderVoetnoten(String(celWaarde(cel) ?? ""));
}

/**
 * The name as Tabel 1 writes it (tabel1/ministeries.ts): a known alias
 * ("Ministerie van Financiën") becomes the Tabel 1 name ("Fin"), stated once
 * in the report; an unknown name stays as written (a list may hold other
 * organisations), also stated.
 */
function tabel1NaamMetBesluit(naam: string, verslag: Leesverslag): string {
  const bekend = tabel1Naam(naam);
  if (bekend === naam) return naam;
  verslag.beslissingen.push({
    vraag: "ministerie",
    onderwerp: kort(naam, 60),
    antwoord: bekend ?? "zoals geschreven",
    besluitbron: "automatisch",
    grond:
      bekend !== null
        ? `"${kort(naam, 60)}" is een andere schrijfwijze van ${bekend} in Tabel 1`
        : `"${kort(naam, 60)}" is geen ministerie van Tabel 1; de rij telt onder deze naam mee`,
  });
  return bekend ?? naam;
}

/** The first row that has every required column: the header row (GEEN_KOPRIJ when there is none). */
function zoekKopRij(
  alle: unknown[][],
  eind: number,
  eisen: Eisen,
  blad: string,
): { kopIndex: number; kolommen: Partial<Record<GedrukteKolom, number>> } {
  for (let i = 0; i < eind; i++) {
    const kolommen = kolommenIn(alle[i] ?? [], eisen.extra);
    if (eisen.verplicht.every((v) => kolommen[v] !== undefined)) return { kopIndex: i, kolommen };
  }
  throw new BanenFout("ONGELDIGE_INVOER", { aantal: 1 }, {}, [
    new BanenFout("GEEN_KOPRIJ", { wat: eisen.wat, verwacht: eisen.verwacht }, { blad }),
  ]);
}

/** A row below the header whose name is a total label ("Totaal Rijk", "Eindtotaal", …). */
function heeftTotaalrij(alle: unknown[][], van: number, eind: number, naamKolom: number): boolean {
  for (let i = van; i < eind; i++) {
    const w = celWaarde(alle[i]?.[naamKolom]);
    if (typeof w === "string" && isTotaalLabel(naamZonderVoetnoten(w))) return true;
  }
  return false;
}

/**
 * A cell of a further column (Eisen.extra): absent when empty; whole banen
 * (gevraagd) or euro in whole cents (budget), else an error naming the cell.
 */
function leesExtraCel(cel: unknown, def: FinancieringVeldDef, eisen: Eisen, plaats: Plaats): Decimal | undefined {
  const getal = leesGetalCel(eisen.alsExcelGetal ? alsExcelGetal(celWaarde(cel)) : cel, plaats, undefined);
  if (getal === undefined) return undefined;
  return def.eenheid === "banen" ? leesHeleBanen(getal, plaats) : leesBedrag(getal, plaats);
}

/** "€ 1.250.000,-" → "1.250.000": the marks of an amount off, so the number-mark decision sees the number. */
function zonderEuroteken(w: unknown): unknown {
  const v = celWaarde(w);
  return typeof v === "string" ? zonderBedragtekens(v) : w;
}

/** One amount cell; a number as Excel shows it where the source is a sheet (see alsExcelGetal); empty is 0. */
function leesBedragCel(cel: unknown, eisen: Eisen, plaats: Plaats): Decimal {
  return leesGetalCel(eisen.alsExcelGetal ? alsExcelGetal(celWaarde(cel)) : cel, plaats, new Decimal(0));
}

/** What `lees` works with: the grid below its header, where each column is, and the errors found so far. */
interface Leeswerk {
  raster: Raster;
  eisen: Eisen;
  /** The header row and the rows under it (copies where cells were normalised: the caller's grid is never changed). */
  alle: unknown[][];
  /** Index after the last filled row of `alle`. */
  eind: number;
  kopIndex: number;
  kopRij: unknown[];
  kolommen: Partial<Record<GedrukteKolom, number>>;
  naamKolom: number;
  /** The further columns present (Eisen.extra) and their index. */
  extra: Array<{ def: FinancieringVeldDef; kolom: number }>;
  fouten: BanenFout[];
  probeer: <T>(f: () => T) => T | undefined;
  /** The cells did not settle the decimal mark: ONBESLIST is in `fouten` (see metNotatie). */
  notatieOnbeslist: boolean;
}

/** The rows of a table read, until the total row (or the first empty row when there is none further down). */
interface GelezenRijen {
  rijen: GelezenRij[];
  totaal: GelezenRij | null;
  /** Index of the first row of `alle` after the table. */
  naTotaal: number;
}

function lees(raster: Raster, eisen: Eisen): Gelezen {
  const w = leeswerk(raster, eisen);
  const notatie = metNotatie(w);
  const titel = titelBoven(w.alle, w.kopIndex);
  const { rijen, totaal, naTotaal } = leesRijen(w);
  const { fouten, kopIndex, kopRij, kolommen, alle, eind } = w;
  const rijNr = (i: number) => raster.rijIndex + 1 + i;
  if (rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: raster.blad, rij: rijNr(kopIndex) }));
  if (eisen.totaalrij && !totaal) fouten.push(new BanenFout("GEEN_TOTAALRIJ", {}, { blad: raster.blad, rij: rijNr(kopIndex) }));
  if (fouten.length > 0) throw new BanenFout("ONGELDIGE_INVOER", { aantal: fouten.length }, {}, fouten);
  const verslag = leesVerslag(raster, {
    kopRij,
    kopIndex,
    kolommen,
    extra: eisen.extra ?? [],
    beslissingen: notatie?.beslissingen ?? [],
    weggelaten: weggelaten(totaal, naTotaal, eind, rijNr, alle),
    rijen: rijen.length,
  });
  return { titel, kolommen, kopRij, rijen, totaal, nietToegedeeld: nietToegedeeldUit(alle, naTotaal, eind), verslag };
}

/** The header found, the further columns placed, and the euro signs off their amount cells. */
function leeswerk(raster: Raster, eisen: Eisen): Leeswerk {
  const alle: unknown[][] = [raster.koppen, ...raster.rijen];
  const eind = gevuldeLengte(alle);
  const { fouten, probeer } = foutenVerzamelaar();
  const { kopIndex, kolommen } = zoekKopRij(alle, eind, eisen, raster.blad);
  const extra = (eisen.extra ?? []).flatMap((d) => (kolommen[d.sleutel] !== undefined ? [{ def: d, kolom: kolommen[d.sleutel]! }] : []));
  // Euro signs off the amount columns first (copies of the rows: the caller's grid is never changed).
  for (const { def, kolom } of extra) {
    if (def.eenheid !== "euro") continue;
    for (let i = kopIndex + 1; i < eind; i++) if (alle[i]) alle[i] = alle[i]!.map((c, k) => (k === kolom ? zonderEuroteken(c) : c));
  }
  return {
    raster,
    eisen,
    alle,
    eind,
    kopIndex,
    kopRij: alle[kopIndex]!,
    kolommen,
    naamKolom: kolommen.naam ?? 0,
    extra,
    fouten,
    probeer,
    notatieOnbeslist: false,
  };
}

/**
 * Text numbers in one notation per file or column, decided from all of their cells (invoer/getalnotatie.ts);
 * the rows of `w.alle` replaced by the normalised ones. A printed Tabel 1 (formeel, Binnenwerk and inleen
 * columns) shows whole banen (seed 003), so there "1.399" can only be Dutch.
 */
function metNotatie(w: Leeswerk): ReturnType<typeof metGetalnotatie> | undefined {
  const { kolommen, kopIndex, alle, raster } = w;
  const getalKolommen = Object.entries(kolommen).flatMap(([k, i]) => (k !== "naam" && i !== undefined ? [i] : []));
  const isTabel1 = DELEN.every((k) => kolommen[k] !== undefined);
  const heel = new Set(isTabel1 ? bedragKolommen().flatMap((k) => (kolommen[k] !== undefined ? [kolommen[k]!] : [])) : []);
  for (const { def, kolom } of w.extra) if (def.eenheid === "banen") heel.add(kolom);
  const kopRaster = {
    blad: raster.blad,
    rijIndex: raster.rijIndex + kopIndex,
    kolomIndex: raster.kolomIndex,
    koppen: w.kopRij,
    rijen: alle.slice(kopIndex + 1),
  };
  let notatie: ReturnType<typeof metGetalnotatie> | undefined;
  try {
    notatie = metGetalnotatie(kopRaster, getalKolommen, w.eisen.decimaalteken, heel);
  } catch (e) {
    const fouten = losseFouten(e);
    w.fouten.push(...fouten);
    // ONBESLIST names the cells and the choice that settles them; leesRij then leaves those cells unread.
    w.notatieOnbeslist = fouten.some((f) => f.code === "ONBESLIST");
  }
  if (notatie) {
    w.fouten.push(...notatie.fouten);
    alle.splice(kopIndex + 1, alle.length, ...notatie.raster.rijen);
  }
  return notatie;
}

/**
 * A text number whose value depends on the decimal mark ("1.250,50", "1,250.50", "45.000") while the
 * cells left that mark undecided: ONBESLIST already names it and the choice that settles it, so it is
 * not read in a guessed notation too (that would add a second, misleading error for the same cell).
 */
function wachtOpNotatie(w: Leeswerk, cel: unknown): boolean {
  if (!w.notatieOnbeslist) return false;
  const waarde = celWaarde(cel);
  if (typeof waarde !== "string") return false;
  const lezing = lezingVan(waarde);
  return lezing !== "geen" && lezing !== "gelijk";
}

/** The ministries' rows and the total row, each error with its place; a row with an error is left out. */
function leesRijen(w: Leeswerk): GelezenRijen {
  const { raster, alle, eind, kopIndex } = w;
  const rijNr = (i: number) => raster.rijIndex + 1 + i;
  const verborgen = new Set(w.eisen.verborgenIsFout ? (raster.verborgenRijen ?? []) : []);
  // Without a total row the table ends at its first empty row; is there one further down?
  const heeftTotaal = w.eisen.totaalrij || heeftTotaalrij(alle, kopIndex + 1, eind, w.naamKolom);
  const realisatieKolom = w.kolommen[procentKolom() ?? ""];
  const realisatie = { kolom: realisatieKolom, fractie: realisatieAlsFractie(alle, kopIndex + 1, eind, realisatieKolom) };
  const rijen: GelezenRij[] = [];
  const gezien = new Map<string, number>();
  for (let i = kopIndex + 1; i < eind; i++) {
    const cellen = alle[i]!;
    if (isLegeRij(cellen)) {
      if (!heeftTotaal && rijen.length > 0) return { rijen, totaal: null, naTotaal: i };
      continue;
    }
    if (verborgen.has(rijNr(i))) {
      w.fouten.push(
        new BanenFout("VERBORGEN_RIJ", {}, { blad: raster.blad, rij: rijNr(i), cel: celAdres(rijNr(i) - 1, raster.kolomIndex) }),
      );
      continue;
    }
    const rij = leesRij(w, i, gezien, realisatie);
    if (rij === null) continue;
    if (isTotaalLabel(rij.naam)) return { rijen, totaal: rij, naTotaal: i + 1 };
    rijen.push(rij);
  }
  return { rijen, totaal: null, naTotaal: eind };
}

/**
 * Row i of `w.alle`: its name (a second row of the same ministry is an error), its amounts, its further
 * columns (not on the total row) and its realisatie; null when the name cannot be read.
 */
function leesRij(
  w: Leeswerk,
  i: number,
  gezien: Map<string, number>,
  realisatie: { kolom: number | undefined; fractie: boolean },
): GelezenRij | null {
  const { raster, kopRij, naamKolom, fouten, probeer } = w;
  const cellen = w.alle[i]!;
  const rijNr = raster.rijIndex + 1 + i;
  const plaats = (k: number): Plaats => ({
    blad: raster.blad,
    rij: rijNr,
    kolom: naamZonderVoetnoten(String(celWaarde(kopRij[k]) ?? "")) || undefined,
    cel: celAdres(rijNr - 1, raster.kolomIndex + k),
  });
  const naam = probeer(() => naamZonderVoetnoten(leesTekstCel(cellen[naamKolom], plaats(naamKolom), "de naam van een ministerie")));
  if (naam === undefined) return null;
  if (!naam) {
    fouten.push(new BanenFout("LEEG_MINISTERIE", {}, plaats(naamKolom)));
    return null;
  }
  const isTotaal = isTotaalLabel(naam);
  if (!isTotaal) {
    const eerder = gezien.get(ministerieSleutel(naam));
    if (eerder !== undefined) {
      fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam, eerder }, plaats(naamKolom)));
      return null;
    }
    gezien.set(ministerieSleutel(naam), rijNr);
  }
  const rij: GelezenRij = { naam, rij: rijNr, bedragen: {}, extra: {}, realisatiePercentage: null };
  for (const k of bedragKolommen()) {
    const kolom = w.kolommen[k];
    if (kolom === undefined || wachtOpNotatie(w, cellen[kolom])) continue;
    const bedrag = probeer(() => leesBedragCel(cellen[kolom], w.eisen, plaats(kolom)));
    if (bedrag !== undefined) rij.bedragen[k] = bedrag;
  }
  for (const { def, kolom } of isTotaal ? [] : w.extra) {
    if (wachtOpNotatie(w, cellen[kolom])) continue;
    const waarde = probeer(() => leesExtraCel(cellen[kolom], def, w.eisen, plaats(kolom)));
    if (waarde !== undefined) rij.extra[def.sleutel] = waarde;
  }
  const r = realisatie.kolom;
  if (r !== undefined && !wachtOpNotatie(w, cellen[r]))
    rij.realisatiePercentage = probeer(() => leesRealisatie(cellen[r], realisatie.fractie, plaats(r))) ?? null;
  return rij;
}

/** Rows under the table that are not read as ministries: the total row, and notes below the table. */
function weggelaten(
  totaal: GelezenRij | null,
  naTotaal: number,
  eind: number,
  rijNr: (i: number) => number,
  alle: unknown[][],
): Weglating[] {
  const uit: Weglating[] = [];
  if (totaal) {
    uit.push({
      rijen: [totaal.rij],
      reden: `totaalrij "${kort(totaal.naam, 60)}": niet als ministerie gelezen; het totaal is de som van de ministeries`,
    });
  }
  const onder: number[] = [];
  for (let i = naTotaal; i < eind; i++) if (!isLegeRij(alle[i])) onder.push(rijNr(i));
  if (onder.length > 0) uit.push({ rijen: onder, reden: "onder de tabel: bronregel, voetnoten of toelichting, geen ministeries" });
  return uit;
}

interface VerslagDelen {
  kopRij: unknown[];
  kopIndex: number;
  kolommen: Partial<Record<GedrukteKolom, number>>;
  extra: readonly FinancieringVeldDef[];
  beslissingen: Beslissing[];
  weggelaten: Weglating[];
  rijen: number;
}

/** The reading report of a printed table or list: the grid's own report (file, sheet) and what this reader decided. */
function leesVerslag(raster: Raster, d: VerslagDelen): Leesverslag {
  const basis = raster.verslag ?? leegVerslag(raster.blad);
  const kopRijNr = raster.rijIndex + 1 + d.kopIndex;
  const eenheid = (sleutel: string): string | null => {
    const schema = TABEL1_SCHEMA.find((k) => k.sleutel === sleutel);
    if (schema) return schema.eenheid === "tekst" ? null : schema.eenheid === "banen" ? "banen" : "procent";
    const def = d.extra.find((x) => x.sleutel === sleutel);
    return def ? (def.eenheid === "euro" ? "euro" : "hele banen") : null;
  };
  const veldVan = new Map(Object.entries(d.kolommen).map(([k, i]) => [i, k]));
  const kolommen: KolomVerslag[] = d.kopRij.flatMap((cel, i) => {
    const kop = String(celWaarde(cel) ?? "").trim();
    const veld = veldVan.get(i) ?? null;
    if (!kop && veld === null) return [];
    return [{ kop, positie: kolomLetters(raster.kolomIndex + i), veld, eenheid: veld ? eenheid(veld) : null }];
  });
  const kopregel: Beslissing = {
    vraag: "kopregel",
    antwoord: `rij ${kopRijNr}`,
    besluitbron: "automatisch",
    grond:
      d.kopIndex === 0
        ? "de eerste rij heeft de kolomkoppen"
        : `rij ${kopRijNr} is de eerste rij met de kolomkoppen; de rijen erboven (titel of toelichting) zijn niet als gegevens gelezen`,
  };
  return {
    ...basis,
    beslissingen: [...basis.beslissingen, kopregel, ...d.beslissingen],
    kolommen: [...basis.kolommen, ...kolommen],
    rijenGelezen: d.rijen,
    weggelaten: [...basis.weggelaten, ...d.weggelaten],
    waarschuwingen: [...basis.waarschuwingen],
  };
}

/** The first text above the header row: the table's title, without footnote markers. */
function titelBoven(alle: unknown[][], kopIndex: number): string | null {
  for (let i = 0; i < kopIndex; i++) {
    for (const cel of alle[i] ?? []) {
      const tekst = typeof celWaarde(cel) === "string" ? naamZonderVoetnoten(String(celWaarde(cel))) : "";
      if (tekst) return tekst;
    }
  }
  return null;
}

/**
 * Whether the realisatie column holds fractions (0,75 shown as 75 % by
 * Excel's "0%" format) or percent (75). Per column, from its numbers: a
 * ministry at 1.000 % or more is not credible, so when no number exceeds 10
 * the column holds fractions. Text with "%" ("75%") is percent either way.
 */
function realisatieAlsFractie(alle: unknown[][], van: number, tot: number, kolom: number | undefined): boolean {
  if (kolom === undefined) return false;
  for (let i = van; i < tot; i++) {
    const w = celWaarde(alle[i]?.[kolom]);
    if (isLeeg(w) || foutwaarde(w) !== null || (typeof w === "string" && w.includes("%"))) continue;
    try {
      if (leesGetal(w).abs().greaterThan(10)) return false;
    } catch {
      // Not a number: reported when the cell itself is read.
    }
  }
  return true;
}

/** Realisatie in whole percent (as printed), or null for an empty cell (doel 0). */
function leesRealisatie(w: unknown, fractie: boolean, plaats: Plaats): number | null {
  const waarde = celWaarde(w);
  const getal = leesGetalCel(waarde, plaats, undefined);
  if (getal === undefined) return null;
  // "75%" is read as 0,75 by leesGetal: text with a percent sign is a fraction after reading.
  const alsFractie = fractie || (typeof waarde === "string" && waarde.includes("%"));
  return (alsFractie ? getal.times(100) : getal).toNumber();
}

/**
 * Doel that is in the total but not in a ministry row, from the footnotes
 * under the table ("Hierdoor missen er nog 409 doelbanen …", seed 003 note 7).
 *
 * A footnote may run over several rows (our writers break it into lines no
 * wider than the table), so the text rows under the table are read as one
 * text: consecutive rows joined with a space, an empty row ends a paragraph.
 * The footnote's number is the marker at the start of the last row, at or
 * before the sentence, that begins with one ("⁷ De executieve …").
 */
function nietToegedeeldUit(alle: unknown[][], van: number, tot: number): GedrukteTabel1["nietToegedeeld"] {
  const uit: GedrukteTabel1["nietToegedeeld"] = [];
  let tekst = "";
  /** Where a row starting with a footnote marker starts in `tekst`, and its number. */
  const nummers: Array<{ op: number; nummer: string }> = [];
  for (let i = van; i < tot; i++) {
    const regel = (alle[i] ?? [])
      .map(celWaarde)
      .filter((w): w is string => typeof w === "string" && w.trim() !== "")
      .map((w) => w.trim())
      .join(" ");
    if (!regel) {
      tekst += "\n";
      continue;
    }
    if (tekst && !tekst.endsWith("\n")) tekst += " ";
    const nr = VOETNOOTNUMMER.exec(regel)?.[1];
    if (nr) nummers.push({ op: tekst.length, nummer: String(voetnootNummer(nr)) });
    tekst += regel;
  }
  for (const m of tekst.matchAll(MISSENDE_DOELBANEN)) {
    const nummer = nummers.filter((n) => n.op <= m.index).at(-1)?.nummer ?? null;
    uit.push({
      omschrijving: nummer ? `Niet toegedeeld doel (voetnoot ${nummer})` : "Niet toegedeeld doel",
      doel: leesGetal(m[1]!).toNumber(),
    });
  }
  return uit;
}
