/**
 * Number marks in text cells, decided once per column (or file) from all of
 * its cells, never per cell (issue 12, class 3). "35.902" is 35.902 fte in
 * Dutch notation (a dot groups thousands) and 35,902 in English notation (a
 * dot is the decimal mark); only the other cells of the column, or of the
 * file, can tell which. A cell that only one notation reads ("1.267,5": only
 * Dutch; "21.5", "0.500": only English, since a thousands group never starts
 * with 0 and has three digits) is evidence; a column whose cells all fit both
 * notations with different values ("12.125") is undecided, and the reader
 * stops with ONBESLIST naming the cell and the option that settles it
 * (CLI --decimaalteken, a choice in the pane).
 *
 * Cells that are already numbers (Excel number cells) carry no marks and need
 * no decision. Pure: no Office, no I/O.
 */
import { Decimal } from "../basis/decimaal";
import { BanenFout, kort, type Plaats } from "../basis/fouten";
import { celAdres, isLegeRij } from "./cel";
import { alsArrays, type MetRijen, type Rijbron, rijbron } from "./rijbron";
import type { Beslissing, Besluitbron } from "./leesverslag";

/** The decimal mark: "," is Dutch notation (1.234,5), "." English notation (1,234.5). */
export type Decimaalteken = "," | ".";

export const NOTATIE_TEKST: Record<Decimaalteken, string> = {
  ",": "Nederlands (1.234,5: komma als decimaalteken, punt tussen duizendtallen)",
  ".": "Engels (1,234.5: punt als decimaalteken, komma tussen duizendtallen)",
};
const KORT: Record<Decimaalteken, string> = { ",": "Nederlands", ".": "Engels" };

/** The option (CLI) and choice (pane) that settle the question. */
export const DECIMAALTEKEN_OPTIE =
  '--decimaalteken , (Nederlands, 1.234,5) of --decimaalteken . (Engels, 1,234.5); in het taakvenster: de keuze "Decimaalteken van getallen als tekst" (stap 2)';

/** Whole part: digits, or groups of three after a first group of 1-3 digits that does not start with 0. */
const PATROON: Record<Decimaalteken, RegExp> = {
  ",": /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$|^,\d+$/,
  ".": /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/,
};

interface Kern {
  negatief: boolean;
  procent: boolean;
  lichaam: string;
}

/** Sign, percent and spaces (also non-breaking: Excel's "1 234") taken off; null when nothing number-like is left. */
function kern(tekst: string): Kern | null {
  let t = tekst.replace(/[\s\u00a0\u202f]/g, "");
  const procent = t.endsWith("%");
  if (procent) t = t.slice(0, -1);
  const negatief = t.startsWith("-");
  if (negatief || t.startsWith("+")) t = t.slice(1);
  return /^[\d.,]*\d[\d.,]*$/.test(t) ? { negatief, procent, lichaam: t } : null;
}

/** The plain decimal ("1234.5") a body gives in one notation, or null when that notation cannot read it. */
function normaal(lichaam: string, teken: Decimaalteken): string | null {
  if (!PATROON[teken].test(lichaam)) return null;
  const groep = teken === "," ? "." : ",";
  return lichaam.split(groep).join("").replace(teken, ".");
}

/** How the two notations read one text: both alike (or not a number), only one, or both differently. */
export type Lezing = "gelijk" | Decimaalteken | "beide" | "geen";

export function lezingVan(tekst: string): Lezing {
  const k = kern(tekst);
  if (!k) return "geen";
  const nl = normaal(k.lichaam, ",");
  const en = normaal(k.lichaam, ".");
  if (nl === null && en === null) return "geen";
  if (nl === null) return ".";
  if (en === null) return ",";
  // Both read it: alike without a mark; with one, it groups in one notation and is the decimal mark in the other.
  return /[.,]/.test(k.lichaam) ? "beide" : "gelijk";
}

/**
 * A text number read in the given notation, with its sign and percent ("2,5%" → 0,025).
 * Throws GEEN_GETAL (naming the notation) when the text is no number in it.
 */
export function leesGetalIn(tekst: string, teken: Decimaalteken, plaats: Plaats = {}): Decimal {
  const k = kern(tekst);
  const n = k ? normaal(k.lichaam, teken) : null;
  if (!k || n === null) {
    throw new BanenFout("GEEN_GETAL_IN_NOTATIE", { waarde: kort(tekst.trim()), notatie: NOTATIE_TEKST[teken] }, plaats);
  }
  let getal = new Decimal(n);
  if (k.negatief) getal = getal.negated();
  return k.procent ? getal.dividedBy(100) : getal;
}

/** A text cell of a column, with where the user sees it. */
export interface NotatieCel {
  tekst: string;
  /** 1-based row as the user sees it. */
  rij: number;
}

/** What the cells of one column say. */
export type KolomNotatie =
  | { soort: "neutraal" } // no text number whose value depends on the notation
  | { soort: "beslist"; teken: Decimaalteken; bewijs: NotatieCel; open?: NotatieCel }
  | { soort: "open"; voorbeeld: NotatieCel } // every cell fits both, some with different values
  | { soort: "tegenstrijdig"; nl: NotatieCel; en: NotatieCel };

/**
 * The notation of one column from all of its text cells. In a column of whole
 * numbers (`heel`, e.g. the banen of a printed Tabel 1) "1.399" is only Dutch
 * and "1,399" only English: the other reading is a fraction such a column never holds.
 */
export function kolomNotatie(cellen: Iterable<NotatieCel>, heel = false): KolomNotatie {
  let nl: NotatieCel | undefined;
  let en: NotatieCel | undefined;
  let open: NotatieCel | undefined;
  const gezien = new Map<string, Lezing>(); // a column repeats few distinct texts (hours of 250.000 person rows)
  for (const cel of cellen) {
    let lezing = gezien.get(cel.tekst);
    if (lezing === undefined) gezien.set(cel.tekst, (lezing = lezingVan(cel.tekst)));
    if (lezing === "beide" && heel) lezing = cel.tekst.includes(".") ? "," : ".";
    if (lezing === ",") nl ??= cel;
    else if (lezing === ".") en ??= cel;
    else if (lezing === "beide") open ??= cel;
  }
  if (nl && en) return { soort: "tegenstrijdig", nl, en };
  if (nl) return { soort: "beslist", teken: ",", bewijs: nl, ...(open ? { open } : {}) };
  if (en) return { soort: "beslist", teken: ".", bewijs: en, ...(open ? { open } : {}) };
  return open ? { soort: "open", voorbeeld: open } : { soort: "neutraal" };
}

/** A column to decide: its 0-based index in the grid, its header as the user wrote it and its text cells. */
export interface NotatieKolom {
  index: number;
  kop: string;
  /** Holds whole numbers only (see kolomNotatie). */
  heel?: boolean;
  cellen: NotatieCel[];
}

export interface NotatieBesluit {
  /** Notation per column index; a column missing here has no text number that needs one. */
  perKolom: Map<number, Decimaalteken>;
  beslissingen: Beslissing[];
}

const aanhaling = (c: NotatieCel, kop: string) => `"${kort(c.tekst.trim())}" in rij ${c.rij} (kolom ${kort(kop, 40)})`;
/** "alleen Nederlands te lezen", or for a whole-number column "als heel getal alleen Nederlands te lezen". */
const alleen = (teken: Decimaalteken, heel?: boolean) => `${heel ? "als heel getal " : ""}alleen ${KORT[teken]} te lezen`;

function beslissing(teken: Decimaalteken, besluitbron: Besluitbron, grond: string, onderwerp?: string): Beslissing {
  return { vraag: "decimaalteken", ...(onderwerp !== undefined ? { onderwerp } : {}), antwoord: NOTATIE_TEKST[teken], besluitbron, grond };
}

function onbeslist(bewijs: string, plaats: Plaats): BanenFout {
  return new BanenFout("ONBESLIST", { vraag: "welk decimaalteken de getallen gebruiken", bewijs, optie: DECIMAALTEKEN_OPTIE }, plaats);
}

/**
 * The notation of a file or sheet (`bron`, e.g. the file name) from all text
 * cells of its number columns: one notation for the whole file when the
 * columns that decide agree (the undecided ones follow them), else one per
 * column, stated. `opgegeven` is the user's answer (option or choice) and
 * applies to every column. Throws ONBESLIST when the cells do not settle it.
 */
export function besluitNotatie(bron: string, kolommen: readonly NotatieKolom[], opgegeven?: Decimaalteken): NotatieBesluit {
  const perKolom = new Map<number, Decimaalteken>();
  const oordelen = kolommen.map((k) => ({ index: k.index, kop: k.kop, heel: k.heel, oordeel: kolomNotatie(k.cellen, k.heel) }));
  const telt = oordelen.filter((o) => o.oordeel.soort !== "neutraal");
  if (opgegeven) {
    for (const k of kolommen) perKolom.set(k.index, opgegeven);
    return { perKolom, beslissingen: [beslissing(opgegeven, "optie", "opgegeven voor het hele bestand", bron)] };
  }
  if (telt.length === 0) return { perKolom, beslissingen: [] };
  for (const { kop, oordeel } of telt) {
    if (oordeel.soort === "tegenstrijdig") {
      const bewijs = `${aanhaling(oordeel.nl, kop)} is alleen Nederlands te lezen, ${aanhaling(oordeel.en, kop)} alleen Engels`;
      throw onbeslist(bewijs, { blad: bron, kolom: kop });
    }
  }
  const beslist = telt.flatMap((o) => (o.oordeel.soort === "beslist" ? [{ index: o.index, kop: o.kop, heel: o.heel, ...o.oordeel }] : []));
  const open = telt.flatMap((o) => (o.oordeel.soort === "open" ? [{ kop: o.kop, cel: o.oordeel.voorbeeld }] : []));
  const tekens = new Set(beslist.map((b) => b.teken));
  const tweeLezingen = (c: NotatieCel) => {
    const nl = leesGetalIn(c.tekst, ",");
    const en = leesGetalIn(c.tekst, ".");
    return `${nl.toFixed().replace(".", ",")} (Nederlands) of ${en.toFixed().replace(".", ",")} (Engels)`;
  };
  if (tekens.size === 0) {
    const { kop, cel } = open[0]!;
    throw onbeslist(`${aanhaling(cel, kop)} kan ${tweeLezingen(cel)} zijn, en geen getal in het bestand beslist het`, {
      blad: bron,
      kolom: kop,
    });
  }
  if (tekens.size === 1) {
    const teken = beslist[0]!.teken;
    for (const { index } of telt) perKolom.set(index, teken);
    const eerste = beslist[0]!;
    let grond = `${aanhaling(eerste.bewijs, eerste.kop)} is ${alleen(teken, eerste.heel)} en geen getal spreekt dat tegen`;
    if (open.length > 0) grond += `; zo ook gelezen: ${open.map((o) => aanhaling(o.cel, o.kop)).join(", ")}`;
    return { perKolom, beslissingen: [beslissing(teken, "automatisch", grond, bron)] };
  }
  if (open.length > 0) {
    const { kop, cel } = open[0]!;
    const anders = beslist.map((b) => `${aanhaling(b.bewijs, b.kop)} is ${KORT[b.teken]}`).join(", ");
    throw onbeslist(`${aanhaling(cel, kop)} kan ${tweeLezingen(cel)} zijn, en de andere kolommen verschillen: ${anders}`, {
      blad: bron,
      kolom: kop,
    });
  }
  const beslissingen = beslist.map((b) => {
    perKolom.set(b.index, b.teken);
    return beslissing(
      b.teken,
      "automatisch",
      `per kolom: ${aanhaling(b.bewijs, b.kop)} is ${alleen(b.teken, b.heel)}`,
      `${bron}, kolom ${b.kop}`,
    );
  });
  return { perKolom, beslissingen };
}

/** The grid shape this pass needs (core Raster fits it): rows as arrays, or in a row source. */
interface Rooster extends MetRijen {
  blad: string;
  rijIndex: number;
  kolomIndex: number;
  koppen: unknown[];
}

/** The text of a cell when it may be a number in marks (not an Excel number, not empty, not an error value). */
function getaltekst(w: unknown): string | null {
  const v = w !== null && typeof w === "object" && "result" in (w as object) ? (w as { result: unknown }).result : w;
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" || t.startsWith("#") ? null : t;
}

/**
 * The text cells of one column, each distinct text once with the first row it is in, in the order
 * of those rows: kolomNotatie takes the first cell of each reading, which is the first occurrence
 * of some text, so it decides the same as from every cell (and a column of a million text numbers
 * costs its distinct texts, not a million cells).
 */
function tekstcellen(bron: Rijbron, k: number, rijNr: (i: number) => number): NotatieCel[] {
  const eerste = new Map<string, number>();
  const rijen = alsArrays(bron);
  if (rijen) eersteTeksten(rijen.arrays, rijen.van, bron.aantal, k, eerste);
  else for (let i = 0; i < bron.aantal; i++) eersteTekst(bron.cel(i, k), i, eerste);
  return [...eerste].map(([tekst, i]) => ({ tekst, rij: rijNr(i) }));
}

/**
 * The first row of each text in column k of rows held as arrays. A plain
 * function over arrays and a map (no class instance): this pass runs over
 * every row before the reader's own, and the engine's code for it then
 * survives from one run to the next (see invoer/persoon-lus.ts).
 */
function eersteTeksten(
  arrays: readonly (readonly unknown[] | undefined)[],
  van: number,
  aantal: number,
  k: number,
  eerste: Map<string, number>,
): void {
  for (let i = 0; i < aantal; i++) {
    const w = arrays[van + i]?.[k];
    if (typeof w !== "number" && w !== null && w !== undefined) eersteTekst(w, i, eerste); // a number or empty cell: nothing to decide
  }
}

function eersteTekst(w: unknown, i: number, eerste: Map<string, number>): void {
  const tekst = getaltekst(w);
  if (tekst !== null && !eerste.has(tekst)) eerste.set(tekst, i);
}

/** The value a text number has in a notation: a Decimal, null when the notation cannot read it, undefined when it is no number at all. */
class Notatielezer {
  private readonly gelezen = new Map<string, Decimal | null>();
  /** Per notation, what `cel` gives per cell text as it is (a column repeats few texts: no trim or lookup key per cell). */
  private readonly perCel: Record<Decimaalteken, Map<string, unknown>> = { ",": new Map(), ".": new Map() };

  /** A cell of a number column read in a notation: a Decimal, null when the notation cannot read it, else the cell as it is. */
  cel(w: unknown, teken: Decimaalteken): unknown {
    if (typeof w === "number" || w === null || w === undefined) return w;
    if (typeof w !== "string") return this.lees(w, teken);
    const gezien = this.perCel[teken];
    let v = gezien.get(w);
    if (v === undefined) gezien.set(w, (v = this.lees(w, teken)));
    return v;
  }

  private lees(w: unknown, teken: Decimaalteken): unknown {
    const tekst = getaltekst(w);
    if (tekst === null) return w;
    const getal = this.waarde(tekst, teken);
    return getal === undefined ? w : getal;
  }

  waarde(tekst: string, teken: Decimaalteken): Decimal | null | undefined {
    const sleutel = teken + tekst;
    let getal = this.gelezen.get(sleutel);
    if (getal === undefined) {
      if (lezingVan(tekst) === "geen") return undefined; // not a number at all: the cell reader names it
      try {
        getal = leesGetalIn(tekst, teken);
      } catch {
        getal = null;
      }
      this.gelezen.set(sleutel, getal);
    }
    return getal;
  }
}

/**
 * A row source with the text numbers of some columns read in their notation (Decimal; null for a
 * text the notation cannot read, reported apart), the other cells as they are.
 */
class MetNotatie implements Rijbron {
  constructor(
    private readonly bron: Rijbron,
    /** Notation per 0-based column; undefined where no text is read. */
    private readonly tekens: readonly (Decimaalteken | undefined)[],
    private readonly lezer: Notatielezer,
  ) {}

  get aantal(): number {
    return this.bron.aantal;
  }

  cel(i: number, k: number): unknown {
    const w = this.bron.cel(i, k);
    const teken = this.tekens[k];
    return teken === undefined ? w : this.lezer.cel(w, teken);
  }

  rij(i: number): readonly unknown[] {
    const rij = [...this.bron.rij(i)];
    for (let k = 0; k < this.tekens.length; k++) if (this.tekens[k] !== undefined && k < rij.length) rij[k] = this.cel(i, k);
    return rij;
  }

  isLeeg(i: number): boolean {
    if (this.bron.isLeeg(i)) return true;
    // A cell read as null (a text the notation cannot read) empties it, as the arrays' copy does.
    const geleegd = this.tekens.some((t, k) => t !== undefined && this.cel(i, k) === null && this.bron.cel(i, k) !== null);
    return geleegd && isLegeRij(this.rij(i));
  }

  vanaf(i: number): Rijbron {
    return new MetNotatie(this.bron.vanaf(i), this.tekens, this.lezer);
  }
}

/**
 * The grid with the text numbers of its number columns (0-based indexes in the
 * grid) read in the notation decided for them: such cells become Decimals, so
 * the cell reader takes them as they are (rows as arrays: in a copy; a row
 * source: through a source that reads them so). Cells the decided notation
 * cannot read (only with a notation given by the user) become problems and are
 * emptied. Throws ONBESLIST (see besluitNotatie).
 */
export function metGetalnotatie<R extends Rooster>(
  raster: R,
  kolommen: readonly number[],
  opgegeven?: Decimaalteken,
  /** Columns that hold whole numbers only (a printed Tabel 1's banen). */
  heel: ReadonlySet<number> = new Set(),
): { raster: R; beslissingen: Beslissing[]; fouten: BanenFout[] } {
  const rijNr = (i: number) => raster.rijIndex + 2 + i;
  const kop = (k: number) => String(raster.koppen[k] ?? "").trim() || `kolom ${k + 1}`;
  const bron = rijbron(raster);
  const teKiezen: NotatieKolom[] = kolommen.map((k) => ({ index: k, kop: kop(k), cellen: tekstcellen(bron, k, rijNr), heel: heel.has(k) }));
  const besluit = besluitNotatie(raster.blad, teKiezen, opgegeven);
  if (besluit.perKolom.size === 0) return { raster, beslissingen: besluit.beslissingen, fouten: [] };
  const fouten: BanenFout[] = [];
  const lezer = new Notatielezer();
  const tekens: (Decimaalteken | undefined)[] = [];
  for (const [k, teken] of besluit.perKolom) tekens[k] = teken;
  const kolommenMetTeken = [...besluit.perKolom];
  // A cell the notation cannot read (only with a notation given by the user): a problem, and the cell emptied.
  const onleesbaar = (i: number, k: number, teken: Decimaalteken, w: unknown) => {
    const plaats = { blad: raster.blad, rij: rijNr(i), kolom: kop(k), cel: celAdres(rijNr(i) - 1, raster.kolomIndex + k) };
    fouten.push(new BanenFout("GEEN_GETAL_IN_NOTATIE", { waarde: kort(getaltekst(w) ?? ""), notatie: NOTATIE_TEKST[teken] }, plaats));
  };
  if (raster.bron) {
    for (let i = 0; i < bron.aantal; i++) {
      for (const [k, teken] of kolommenMetTeken) {
        const w = bron.cel(i, k);
        if (lezer.cel(w, teken) === null) onleesbaar(i, k, teken, w);
      }
    }
    return { raster: { ...raster, bron: new MetNotatie(bron, tekens, lezer) }, beslissingen: besluit.beslissingen, fouten };
  }
  // Rows as arrays: one pass reads, reports and copies (a row only when one of its cells changes).
  const rijen = raster.rijen.map((rij, i) => {
    if (!rij) return rij;
    let kopie: unknown[] | null = null;
    for (const [k, teken] of kolommenMetTeken) {
      const w = lezer.cel(rij[k], teken);
      if (w === rij[k]) continue;
      if (w === null) onleesbaar(i, k, teken, rij[k]);
      kopie ??= [...rij];
      kopie[k] = w;
    }
    return kopie ?? rij;
  });
  return { raster: { ...raster, rijen }, beslissingen: besluit.beslissingen, fouten };
}
