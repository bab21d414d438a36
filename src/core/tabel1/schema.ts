/**
 * Tabel 1 as data, once: its columns in the published order (seed 003, same
 * table in seed 000) with, per column, the published header, the unit, the
 * rounding, Excel's number format, the width on the sheet, and the header
 * patterns that recognise the column in a user's file and in a printed table;
 * and the footnote markers (superscript digits) as one codec.
 *
 * Everything that shows or reads Tabel 1 reads this list: the model's
 * messages (tabel1.ts), the readers (invoer/herken.ts for user files,
 * invoer/gedrukt.ts for printed tables), the checks, the comparisons, and
 * every output (sheet plan for the pane and the xlsx writer, CSV, terminal
 * text, JSON). A column added here appears in all of them
 * (test/core/tabel1/schema.test.ts). The outputs read `TABEL1_SCHEMA` when
 * they run, not a copy made at load time.
 *
 * Number formats are Excel's invariant codes: "#,##0" shows 1.399 and "0%"
 * shows 75% in a Dutch locale, as the publication prints them.
 */

/** The printed (rounded) row of Tabel 1: what every output shows. */
export interface WeergaveRij {
  naam: string;
  voetnoten: number[];
  doel: number;
  formeel: number;
  binnenwerk: number;
  inleen: number;
  totaal: number;
  /** Whole percent, from the unrounded values; null when doel is 0. */
  realisatiePercentage: number | null;
}

/** How a column's printed value is shown: text, whole banen, or whole percent. */
export type Tabel1Eenheid = "tekst" | "banen" | "procent";

export interface Tabel1Kolom {
  /** The model's name of the column (Tabel1Rij, Voetnoot.bij.kolom). */
  sleutel: string;
  /** The published header (seed 003, Tabel 1). */
  kop: string;
  /**
   * The header when the table's doel is definitief, where it differs. Seed
   * 003 prints only "Doel (voorlopig)" (a voorlopig doel, footnote 2);
   * afgeleid: a definitief doel drops the qualifier, so the table never calls
   * a definitief doel voorlopig.
   */
  kopDefinitief?: string;
  eenheid: Tabel1Eenheid;
  /** How the printed value is rounded from the exact one. */
  afronding: "geen" | "heel getal, half naar boven" | "heel procent, half naar boven";
  /** Excel number format code (invariant). */
  formaat: string;
  /** Width in characters (exceljs' unit; the pane converts with tekensNaarPunten). */
  breedte: number;
  /** The field of the printed row (WeergaveRij) that holds the value. */
  veld: keyof WeergaveRij;
  /** Recognises the (normalised: lower case, markers and spaces tidied) header in user files and printed tables. */
  patroon: RegExp;
  /** A printed table must have it (the reader of printed tables refuses one without). */
  verplichtGedrukt: boolean;
}

/** Whole numbers with a thousands separator (Dutch Excel: 1.399). */
export const GETAL_FORMAAT = "#,##0";
/** Whole percentages (Dutch Excel: 75%), as published. */
export const PROCENT_FORMAAT = "0%";

const BANEN = { eenheid: "banen", afronding: "heel getal, half naar boven", formaat: GETAL_FORMAAT, verplichtGedrukt: true } as const;

/** The columns of Tabel 1, in the published order. */
export const TABEL1_SCHEMA: Tabel1Kolom[] = [
  {
    sleutel: "naam",
    kop: "Ministerie",
    eenheid: "tekst",
    afronding: "geen",
    formaat: "General",
    breedte: 20,
    veld: "naam",
    patroon: /^(ministerie|organisatie|onderdeel|departement)s?$/,
    verplichtGedrukt: true,
  },
  { ...BANEN, sleutel: "doel", kop: "Doel (voorlopig)", kopDefinitief: "Doel", breedte: 12, veld: "doel", patroon: /^doel\b/ },
  {
    ...BANEN,
    sleutel: "formeel",
    kop: "Formele dienstverbanden, excl. Binnenwerk",
    breedte: 16,
    veld: "formeel",
    // "formeel", "formele dienstverbanden, excl. binnenwerk"; not "…: binnenwerk".
    patroon: /^formee?le?\b(?!.*:\s*binnenwerk)/,
  },
  {
    ...BANEN,
    sleutel: "binnenwerk",
    kop: "Formele dienstverbanden: Binnenwerk",
    breedte: 16,
    veld: "binnenwerk",
    patroon: /^(formele dienstverbanden:\s*)?binnenwerk\b/,
  },
  // "Inleenverbanden" is one word of 15 characters: it needs 16 to stay whole.
  { ...BANEN, sleutel: "inleen", kop: "Inleenverbanden", breedte: 16, veld: "inleen", patroon: /^inleen/ },
  // "Totaal banen gerealiseerd" as published; "gerealiseerd" as a user may head a short list.
  { ...BANEN, sleutel: "totaal", kop: "Totaal banen gerealiseerd", breedte: 14, veld: "totaal", patroon: /^(totaal|gerealiseerd)\b/ },
  {
    sleutel: "realisatie",
    kop: "Realisatie %",
    eenheid: "procent",
    afronding: "heel procent, half naar boven",
    formaat: PROCENT_FORMAAT,
    breedte: 11,
    veld: "realisatiePercentage",
    patroon: /^realisatie\b/,
    verplichtGedrukt: false,
  },
];

/** The column with this key; throws on an unknown key (a programming error). */
export function tabel1Kolom(sleutel: string): Tabel1Kolom {
  const kolom = TABEL1_SCHEMA.find((k) => k.sleutel === sleutel);
  if (!kolom) throw new Error(`Tabel 1 heeft geen kolom ${sleutel}`);
  return kolom;
}

/** The published header of a column. */
export function tabel1Kop(sleutel: string): string {
  return tabel1Kolom(sleutel).kop;
}

/** The header a table shows for a column, given its doel's status (voorlopig is the published header). */
export function kopBijStatus(kolom: Tabel1Kolom, status: "voorlopig" | "definitief"): string {
  return status === "definitief" && kolom.kopDefinitief !== undefined ? kolom.kopDefinitief : kolom.kop;
}

/** The value a column shows for a printed row: a name, whole banen, or whole percent (null: empty cell). */
export function gedrukteWaarde(kolom: Tabel1Kolom, rij: WeergaveRij): string | number | null {
  const w = rij[kolom.veld];
  return Array.isArray(w) ? null : w;
}

/**
 * The cell a column writes on a sheet: the name (with its markers, given by
 * the caller), a number, a percentage as the fraction Excel's "0%" shows as the
 * core's whole percent (75 → 0,75), or "" for an empty cell.
 */
export function tabel1Celwaarde(kolom: Tabel1Kolom, rij: WeergaveRij): string | number {
  const w = gedrukteWaarde(kolom, rij);
  if (w === null) return "";
  return kolom.eenheid === "procent" && typeof w === "number" ? w / 100 : w;
}

// --- footnote markers -------------------------------------------------------------------------

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** Between two markers ("⁴˒⁷"): a superscript-like comma. */
const SCHEIDING = "˒";

/** Footnote markers as superscript digits (cells can hold no partial formatting through the Excel API): [4, 7] → "⁴˒⁷". */
export function voetnootTekens(nummers: readonly number[]): string {
  return nummers.map((n) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("")).join(SCHEIDING);
}

/** "BZ" with footnote 4 → "BZ⁴". */
export function metVoetnoten(tekst: string, nummers: readonly number[]): string {
  return nummers.length ? tekst + voetnootTekens(nummers) : tekst;
}

/** Removes trailing footnote markers: "BZ⁴" → "BZ" (for reading a written Tabel 1 back). */
export function zonderVoetnoten(tekst: string): string {
  return tekst.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹˒]+$/u, "");
}

/** The number of a footnote marker: "⁷" → 7, "12" → 12; null when it is neither. */
export function voetnootNummer(teken: string): number | null {
  if (/^\d+$/.test(teken)) return Number(teken);
  if (teken.length === 0 || [...teken].some((c) => !SUPERSCRIPT.includes(c))) return null;
  return Number([...teken].map((c) => SUPERSCRIPT.indexOf(c)).join(""));
}
