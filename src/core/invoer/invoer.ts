/**
 * The one shared reader of input grids, for the task pane and the CLI: a
 * sheet or file read as a Raster goes in; the shape and columns are
 * recognised from the header row; every cell is checked; out comes a
 * Tabel1Invoer, or every problem as a BanenFout that names sheet, row, column
 * header and A1 cell; and always a reading report (leesverslag) per grid that
 * states every decision: header row, shape, each column → field and unit,
 * rows read, rows left out and why, warnings. Pure: no Office, no I/O.
 *
 * Two shapes:
 * - "ministeries": one row per ministry with fte (or doel) and the three
 *   realisatie columns (formeel, Binnenwerk, inleen);
 * - "personen": one row per employee (ministerie, soort dienstverband, uren
 *   or banen, optionally a periode and an id), with a second grid of fte per ministry.
 *
 * Units (core/eenheden, one closed vocabulary): a realisatie column is in uren
 * per week, per kwartaal or per jaar, or in banen; its header says which
 * ("formeel uren", "inleen uren per kwartaal", "formeel banen"). A header
 * without a unit, or with another period ("per maand"), is an error, never a
 * guess: 1.000 banen read as hours would silently be 39 banen.
 *
 * Rows: empty rows after the data are ignored (a sheet may report a million of
 * them). Empty rows between the data are skipped, counted and reported.
 * Hidden or filtered rows with data are errors (VERBORGEN_RIJ). Copied total
 * rows are left out when label and sum agree, else refused
 * (invoer/ministerie-rijen.ts, invoer/persoon-rijen.ts). Duplicates,
 * implausible hours and unknown ministry names are warnings the user must
 * acknowledge by code (`bevestigd`), or errors.
 */
import { BanenFout, kort } from "../basis/fouten";
import { formatteerGetal } from "../basis/getal";
import { type Eenheid, eenheidTekst, kopEenheid } from "../eenheden/eenheden";
import { celAdres, kolomLetters, normaleKop } from "./cel";
import { gevuldAantal, rijbron } from "./rijbron";
import {
  DELEN,
  dichtstbij,
  dubbeleKolommen,
  type Eenheden,
  herkenFteVolledig,
  herkenFte,
  herkenHoofd,
  kopBereik,
  metKopRij,
  type Toewijzing,
  type VeldDef,
  VELDEN,
  type Vorm,
} from "./herken";
import type { MinisterieInvoer, NietToegedeeldInvoer, Tabel1Invoer } from "../tabel1/tabel1";
import { type Decimaalteken, metGetalnotatie } from "./getalnotatie";
import { type Besluitbron, type KolomVerslag, leegVerslag, type Leesverslag } from "./leesverslag";
import { type Lezing, nieuweLezing } from "./lezing";
import { leesMetaRij, naarInvoer, zonderTotaalrijen } from "./ministerie-rijen";
import { PersoonRijen } from "./persoon-rijen";
import type { Raster } from "./raster";
import { dataRijen, rijenTekst } from "./rijen";
import type { RijRegistratie } from "./rij-registratie";

export type { Raster } from "./raster";

export {
  eenheidUitKop,
  herkenFte,
  herkenHoofd,
  kwartaalUitNaam,
  metKopRij,
  veldenVan,
  type Eenheden,
  type Herkenning,
  type Kolomkeuze,
  type Toewijzing,
  type Veld,
  type Vorm,
} from "./herken";
export { WAARSCHUWINGEN, type WaarschuwingCode } from "./lezing";

/** The result of reading; `verslagen` has one reading report per input grid (main grid, then the fte grid). */
export type Gelezen =
  | { ok: true; invoer: Tabel1Invoer; samenvatting: string; legeRijen: number; verslagen: Leesverslag[]; herkomst?: InvoerHerkomst }
  | { ok: false; fouten: BanenFout[]; verslagen: Leesverslag[] };

export interface InvoerVraag {
  /** Quarter of the realisatie, e.g. "2023Q2" (checked by the model). */
  kwartaal: string;
  vorm: Vorm;
  hoofd: Raster;
  toewijzing: Toewijzing;
  /** Units chosen by the user; by default each column's header decides. */
  eenheden?: Partial<Eenheden>;
  /** For "personen": fte (or doel) per ministry. */
  fte?: Raster | null;
  fteToewijzing?: Toewijzing | null;
  /**
   * Codes of the warnings the user acknowledged (CLI `--accepteer CODE`, a
   * checkbox in the pane; see WAARSCHUWINGEN). A warning not acknowledged
   * stops the reading with WAARSCHUWING_NIET_BEVESTIGD. They travel on in the Tabel1Invoer
   * (the model checks the realisatie against REALISATIE_BOVEN_1000).
   */
  bevestigd?: readonly string[];
  /** How shape and columns were chosen: recognised ("automatisch", the CLI) or chosen by the user ("keuze", the pane; default). */
  besluitbron?: Besluitbron;
  /** The decimal mark of text numbers, when the user settled it (CLI --decimaalteken, a choice in the pane); else decided from the cells. */
  decimaalteken?: Decimaalteken;
  /** Record where every figure comes from (issue 17): the result then has `herkomst`. Off by default (no cost). */
  herkomst?: boolean;
}

/** Where the model input came from (issue 17, core/herkomst): the grids' names, and for person rows which rows went into which sum. */
export interface InvoerHerkomst {
  /** Sheet or file of the main grid. */
  hoofd: string;
  /** Sheet or file of the fte table (person rows), else null. */
  fte: string | null;
  /** Person rows: the counted rows per ministry and dienstverband; null for one row per ministry. */
  personen: RijRegistratie | null;
}

/** Hidden or filtered rows that hold data: one error each (they would count without being seen). */
export function verborgenFouten(raster: Raster): BanenFout[] {
  if (!raster.verborgenRijen?.length) return [];
  const bron = rijbron(raster);
  const eind = raster.rijIndex + 1 + gevuldAantal(bron);
  const eerste = raster.rijIndex + 2;
  return raster.verborgenRijen
    .filter((r) => r >= eerste && r <= eind && !bron.isLeeg(r - eerste))
    .map((rij) => new BanenFout("VERBORGEN_RIJ", {}, { blad: raster.blad, rij, cel: celAdres(rij - 1, raster.kolomIndex) }));
}

/** What one shape gives: model input, a summary and the empty rows skipped. */
interface Uitkomst {
  ministeries: MinisterieInvoer[];
  niet: NietToegedeeldInvoer[];
  samenvatting: string;
  legeRijen: number;
  personen?: RijRegistratie;
}

const VORM_TEKST: Record<Vorm, string> = { ministeries: "één rij per ministerie", personen: "één rij per medewerker" };

/** The report of a grid: the file or sheet reader's (a copy), else a new one; with the header row and the shape. */
function beginVerslag(r: Raster, vorm: Vorm | "fte", besluitbron: Besluitbron): Leesverslag {
  const v = r.verslag
    ? { ...r.verslag, beslissingen: [...r.verslag.beslissingen], weggelaten: [...r.verslag.weggelaten] }
    : leegVerslag(r.blad);
  v.waarschuwingen = [...v.waarschuwingen];
  if (!v.beslissingen.some((b) => b.vraag === "kopregel")) {
    v.beslissingen.push({
      vraag: "kopregel",
      antwoord: `rij ${r.rijIndex + 1}`,
      besluitbron,
      grond: "de eerste rij van het gekozen bereik",
    });
  }
  v.beslissingen.push({
    vraag: "vorm",
    antwoord: vorm === "fte" ? "fte per ministerie (bij de medewerkers)" : VORM_TEKST[vorm],
    besluitbron,
    grond: besluitbron === "automatisch" ? "de verplichte kolommen van deze vorm zijn gevonden" : "zo gekozen",
  });
  return v;
}

function ontbrekendeKolommen(defs: readonly VeldDef[], t: Toewijzing, r: Raster): BanenFout[] {
  return defs
    .filter((d) => d.verplicht && (t[d.sleutel] === null || t[d.sleutel] === undefined))
    .map(
      (d) =>
        new BanenFout(
          "ONTBREKENDE_KOLOM",
          { kolom: d.label, verwacht: `met de kop "${d.voorbeeld}"` },
          { blad: r.blad, rij: r.rijIndex + 1, cel: kopBereik(r) },
        ),
    );
}

/** The unit of a quantity field: the user's choice, else its column header (core/eenheden); an error when the header names none. */
function kolomEenheid(d: VeldDef, vraag: InvoerVraag, t: Toewijzing, r: Raster, l: Lezing, verslag: Leesverslag): Eenheid | null {
  const k = t[d.sleutel];
  if (k === null || k === undefined) return null;
  const kop = String(r.koppen[k] ?? "").trim();
  const gekozen = vraag.eenheden?.[d.sleutel];
  const plaats = { blad: r.blad, rij: r.rijIndex + 1, kolom: kop, cel: celAdres(r.rijIndex, r.kolomIndex + k) };
  if (gekozen) {
    verslag.beslissingen.push({
      vraag: "eenheid",
      onderwerp: kop,
      antwoord: eenheidTekst(gekozen),
      besluitbron: "keuze",
      grond: "zo gekozen",
    });
    return gekozen;
  }
  const e = kopEenheid(normaleKop(r.koppen[k]));
  if ("fout" in e) {
    l.fouten.push(
      e.fout === "geen"
        ? new BanenFout("ONBEKENDE_EENHEID", { kolom: kop, voorbeeld: d.voorbeeld }, plaats)
        : new BanenFout("ANDERE_PERIODE", { kolom: kop, periode: e.periode, uitleg: e.uitleg, voorbeeld: d.voorbeeld }, plaats),
    );
    return null;
  }
  verslag.beslissingen.push({
    vraag: "eenheid",
    onderwerp: kop,
    antwoord: eenheidTekst(e.eenheid),
    besluitbron: e.standaard ? "standaard" : "automatisch",
    grond: e.standaard ? `de kop noemt uren zonder periode: uren per week (docs/cli.md)` : `de kop noemt ${eenheidTekst(e.eenheid)}`,
  });
  return e.eenheid;
}

/** Every column of the grid and what it is read as. */
function kolomVerslagen(r: Raster, t: Toewijzing, eenheden: Eenheden): KolomVerslag[] {
  const veldOp = new Map(Object.entries(t).flatMap(([s, k]) => (k === null ? [] : [[k, s] as const])));
  const EIGEN: Record<string, string> = { fte: "fte", doel: "banen" };
  return r.koppen.map((kop, k) => {
    const veld = veldOp.get(k) ?? null;
    const e = veld ? eenheden[veld] : null;
    return {
      kop: kort(String(kop ?? "").trim(), 80),
      positie: kolomLetters(r.kolomIndex + k),
      veld,
      eenheid: e ? eenheidTekst(e) : veld ? (EIGEN[veld] ?? null) : null,
    };
  });
}

/** Columns, units and report of one grid; false when a required column or a unit is missing. */
function kolommen(defs: readonly VeldDef[], vraag: InvoerVraag, t: Toewijzing, r: Raster, l: Lezing, v: Leesverslag): Eenheden | null {
  const ontbreekt = ontbrekendeKolommen(defs, t, r);
  l.fouten.push(...ontbreekt);
  const eenheden: Record<string, Eenheid | null> = {};
  let compleet = ontbreekt.length === 0;
  for (const d of defs.filter((d) => d.metEenheid)) {
    eenheden[d.sleutel] = kolomEenheid(d, vraag, t, r, l, v);
    if (t[d.sleutel] !== null && t[d.sleutel] !== undefined && !eenheden[d.sleutel]) compleet = false;
  }
  v.kolommen = kolomVerslagen(r, t, eenheden);
  return compleet ? eenheden : null;
}

const labels = (defs: readonly VeldDef[]) => Object.fromEntries(defs.map((d) => [d.sleutel, d.label]));

/** The empty rows between the data, without a CSV record's continuation lines (they belong to the row above). */
function echtLeeg(r: Raster, leeg: readonly number[]): number[] {
  if (!r.vervolgRijen?.length) return [...leeg];
  const vervolg = new Set(r.vervolgRijen);
  return leeg.filter((rij) => !vervolg.has(rij));
}

function legeRijenVerslag(v: Leesverslag, leeg: readonly number[]): void {
  if (leeg.length > 0) v.weggelaten.push({ rijen: [...leeg], reden: "lege rij tussen de gegevens" });
}

/** Ministry rows of one grid (main grid, or the fte table), totals left out, as model input. */
function ministerieGrid(
  r: Raster,
  t: Toewijzing,
  defs: readonly VeldDef[],
  eenheden: Eenheden,
  l: Lezing,
  v: Leesverslag,
  metDelen: boolean,
) {
  const gelezenRijen = dataRijen(r, t, labels(defs));
  const { rijen } = gelezenRijen;
  const leeg = echtLeeg(r, gelezenRijen.leeg);
  const begin = l.fouten.length;
  legeRijenVerslag(v, leeg);
  if (rijen.length === 0) l.fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: r.blad, rij: r.rijIndex + 1 }));
  const gelezen = rijen.flatMap((rij) => leesMetaRij(rij, l, metDelen) ?? []);
  const velden = defs.map((d) => d.sleutel).filter((s) => t[s] !== null && t[s] !== undefined);
  const blijft = zonderTotaalrijen(gelezen, velden, l, v);
  v.rijenGelezen = blijft.length;
  const invoer = naarInvoer(blijft, eenheden, l, v);
  // The problems of this grid in the order of its rows (a stable sort: a row's own problems keep their order).
  l.fouten.splice(begin, Infinity, ...l.fouten.slice(begin).sort((a, b) => (a.plaats.rij ?? 0) - (b.plaats.rij ?? 0)));
  return { ...invoer, leeg: leeg.length };
}

function ministerieVorm(vraag: InvoerVraag, l: Lezing, v: Leesverslag): Uitkomst {
  const eenheden = kolommen(VELDEN.ministeries, vraag, vraag.toewijzing, vraag.hoofd, l, v);
  if (!eenheden) return { ministeries: [], niet: [], samenvatting: "0 ministeries.", legeRijen: 0 };
  const g = ministerieGrid(vraag.hoofd, vraag.toewijzing, VELDEN.ministeries, eenheden, l, v, true);
  const niet = g.niet.length ? ` en ${aantal(g.niet.length, "niet toegedeelde rij", "niet toegedeelde rijen")}` : "";
  return {
    ministeries: g.ministeries,
    niet: g.niet,
    samenvatting: `${aantal(g.ministeries.length, "ministerie", "ministeries")}${niet}.`,
    legeRijen: g.leeg,
  };
}

function persoonVorm(vraag: InvoerVraag, l: Lezing, v: Leesverslag, verslagen: Leesverslag[]): Uitkomst {
  const eenheden = kolommen(VELDEN.personen, vraag, vraag.toewijzing, vraag.hoofd, l, v);
  const leeg: Uitkomst = { ministeries: [], niet: [], samenvatting: "0 medewerkers.", legeRijen: 0 };
  if (!vraag.fte || !vraag.fteToewijzing) {
    l.fouten.push(new BanenFout("ONTBREKENDE_KOLOM", { kolom: "fte", verwacht: "in een tweede tabel met fte per ministerie" }, {}));
    return leeg;
  }
  const fteVerslag = beginVerslag(vraag.fte, "fte", vraag.besluitbron ?? "keuze");
  verslagen.push(fteVerslag);
  const fteEenheden = kolommen(VELDEN.fte, vraag, vraag.fteToewijzing, vraag.fte, l, fteVerslag);
  const eenheid = eenheden?.uren;
  if (l.fouten.length > 0 || !fteEenheden || !eenheid) return leeg;
  const fte = ministerieGrid(vraag.fte, vraag.fteToewijzing, VELDEN.fte, fteEenheden, l, fteVerslag, false);
  const lijst = bekendeNamen(fte.ministeries.map((m) => m.ministerie));
  const p = new PersoonRijen(vraag.hoofd, vraag.toewijzing, labels(VELDEN.personen), fte.ministeries, eenheid, l, lijst);
  const registratie = vraag.herkomst ? p.registreer() : undefined;
  p.lees();
  if (p.personen === 0) l.fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.hoofd.blad, rij: vraag.hoofd.rijIndex + 1 }));
  p.rond(v);
  const persoonLeeg = echtLeeg(vraag.hoofd, p.leeg);
  legeRijenVerslag(v, persoonLeeg);
  v.rijenGelezen = p.personen;
  const niet = fte.niet.length ? ` en ${aantal(fte.niet.length, "niet toegedeelde rij", "niet toegedeelde rijen")}` : "";
  return {
    ministeries: fte.ministeries,
    niet: fte.niet,
    samenvatting: `${aantal(p.personen, "medewerker", "medewerkers")} in ${aantal(fte.ministeries.length, "ministerie", "ministeries")}${niet}.${p.buiten.samenvatting()}`,
    legeRijen: persoonLeeg.length + fte.leeg,
    ...(registratie ? { personen: registratie } : {}),
  };
}

/**
 * Turns the grid(s) and the column choice into a Tabel1Invoer, or lists every
 * problem (missing columns, bad cells, duplicates, unknown names, hidden rows,
 * warnings not acknowledged); with a reading report per grid either way.
 */
export function maakInvoer(gevraagd: InvoerVraag): Gelezen {
  const l = nieuweLezing(gevraagd.bevestigd);
  const vraag = metNotaties(gevraagd, l);
  const verslag = beginVerslag(vraag.hoofd, vraag.vorm, vraag.besluitbron ?? "keuze");
  const verslagen = [verslag];
  // Hidden rows are reported with the rest, but do not stop the rows from being checked.
  const verborgen = [...verborgenFouten(vraag.hoofd), ...(vraag.fte ? verborgenFouten(vraag.fte) : [])];
  const uit = vraag.vorm === "ministeries" ? ministerieVorm(vraag, l, verslag) : persoonVorm(vraag, l, verslag, verslagen);
  const fouten = [...verborgen, ...l.fouten, ...l.open];
  if (fouten.length > 0) return { ok: false, fouten, verslagen };
  let samenvatting = uit.samenvatting;
  if (uit.legeRijen > 0) samenvatting += ` ${aantal(uit.legeRijen, "lege rij", "lege rijen")} tussen de gegevens overgeslagen.`;
  const totalen = verslagen.flatMap((v) => v.weggelaten.filter((w) => w.reden.startsWith("totaalrij")).flatMap((w) => w.rijen));
  if (totalen.length > 0) samenvatting += ` Totaalrij (rij ${rijenTekst(totalen)}) weggelaten: de tabel telt zelf op.`;
  const invoer: Tabel1Invoer = {
    kwartaal: vraag.kwartaal,
    ministeries: uit.ministeries,
    nietToegedeeld: uit.niet,
    ...(vraag.bevestigd?.length ? { bevestigd: [...vraag.bevestigd] } : {}),
  };
  const herkomst: InvoerHerkomst | undefined = vraag.herkomst
    ? { hoofd: vraag.hoofd.blad, fte: vraag.vorm === "personen" ? (vraag.fte?.blad ?? null) : null, personen: uit.personen ?? null }
    : undefined;
  return { ok: true, invoer, samenvatting, legeRijen: uit.legeRijen, verslagen, ...(herkomst ? { herkomst } : {}) };
}

/**
 * Recognises and reads in one go (the CLI, where nobody picks columns): finds
 * the header row, the shape and the columns; a column pattern that matches
 * two columns is an error rather than a guess.
 */
export function leesInvoer(vraag: {
  kwartaal: string;
  hoofd: Raster;
  fte?: Raster | null;
  bevestigd?: readonly string[];
  decimaalteken?: Decimaalteken;
  herkomst?: boolean;
}): Gelezen {
  const metVerslag = (r: Raster): Raster => (r.verslag ? r : { ...r, verslag: leegVerslag(r.blad) });
  const hoofd = metKopRij(metVerslag(vraag.hoofd));
  const herkenning = herkenHoofd(hoofd);
  const vorm = herkenning.vorm ?? dichtstbij(herkenning);
  const fte = vraag.fte ? metKopRij(metVerslag(vraag.fte), herkenFteVolledig) : null;
  const fteKeuze = fte ? herkenFte(fte).per.ministeries : null;
  const fouten = [...dubbeleKolommen(hoofd, herkenning.per[vorm]), ...(fte && fteKeuze ? dubbeleKolommen(fte, fteKeuze) : [])];
  const gelezen = maakInvoer({
    kwartaal: vraag.kwartaal,
    vorm,
    hoofd,
    toewijzing: herkenning.per[vorm].toewijzing,
    fte,
    fteToewijzing: fteKeuze?.toewijzing,
    besluitbron: "automatisch",
    ...(vraag.bevestigd ? { bevestigd: vraag.bevestigd } : {}),
    ...(vraag.decimaalteken ? { decimaalteken: vraag.decimaalteken } : {}),
    ...(vraag.herkomst ? { herkomst: true } : {}),
  });
  if (fouten.length === 0) return gelezen;
  return { ok: false, fouten: [...fouten, ...(gelezen.ok ? [] : gelezen.fouten)], verslagen: gelezen.verslagen };
}

/** The names a message can list: all of them when few, else the first ones and how many more; each name cut short. */
function bekendeNamen(namen: string[]): string {
  const MAX = 20;
  const lijst = namen.slice(0, MAX).map((n) => kort(n, 40));
  return namen.length <= MAX ? lijst.join(", ") : `${lijst.join(", ")} en nog ${namen.length - MAX}`;
}

/** Number fields: their text cells are read in one notation per file or column (invoer/getalnotatie.ts). */
const GETALVELDEN: ReadonlySet<string> = new Set(["fte", "doel", ...DELEN, "uren"]);

/**
 * The question with the text numbers of each grid read in the notation decided
 * for it, the decisions added to the grid's reading report; ONBESLIST and cells
 * the notation cannot read go to the problems.
 */
function metNotaties(vraag: InvoerVraag, l: Lezing): InvoerVraag {
  const lees = (r: Raster, t: Toewijzing): Raster => {
    const kolommen = Object.entries(t).flatMap(([s, k]) => (GETALVELDEN.has(s) && k !== null && k !== undefined ? [k] : []));
    const uit = l.probeer(() => metGetalnotatie(r, kolommen, vraag.decimaalteken));
    if (!uit) return r;
    l.fouten.push(...uit.fouten);
    if (uit.beslissingen.length === 0) return uit.raster;
    const verslag = r.verslag ?? leegVerslag(r.blad);
    return { ...uit.raster, verslag: { ...verslag, beslissingen: [...verslag.beslissingen, ...uit.beslissingen] } };
  };
  const hoofd = lees(vraag.hoofd, vraag.toewijzing);
  const fte = vraag.fte && vraag.fteToewijzing ? lees(vraag.fte, vraag.fteToewijzing) : vraag.fte;
  return { ...vraag, hoofd, fte };
}

/** "1 medewerker", "4.813 medewerkers": Dutch thousands separator and the right number. */
function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${formatteerGetal(n)} ${n === 1 ? enkelvoud : meervoud}`;
}
