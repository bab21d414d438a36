/**
 * A sheet as data: everything a writer puts on a new worksheet — cells in
 * blocks, the Excel table and its total row, bold and wrapped ranges, the
 * title size, column widths, row heights and the print setup. The layouts
 * (tabel1-opmaak, financiering-opmaak) make it; the task pane
 * (taskpane/excel-toegang, Excel JavaScript API) and the CLI
 * (cli/werkmap/blad-plan, exceljs) carry it out as it is, without knowing
 * what the sheet is about, so both write the same sheet. Pure data with A1
 * addresses on the new sheet.
 */
import { bereik, kolomLetters, leesCelbereik } from "../invoer/cel";
import { brekRegels, tekenLengte } from "./tekstregels";

/** A cell: a number or text; "" is an empty cell. */
export type Celwaarde = string | number;

export const TEKST_FORMAAT = "@";

export interface Blok {
  /** Address on the new sheet, e.g. "A3:G16". */
  adres: string;
  waarden: Celwaarde[][];
  formaten: string[][];
}

export interface Afdruk {
  /**
   * The print area: the table's columns, from the title to the last line of
   * text under the table; with a chart, a second range (comma-separated, as
   * Excel's RangeAreas address) that covers the chart: Excel and LibreOffice
   * print each range of a print area on a page of its own.
   */
  bereik: string;
  liggend: boolean;
  /** Scaled to fit this many pages wide; as many pages high as needed. */
  paginasBreed: number;
  papier: "A4";
}

/** One series of a chart: values and category labels are ranges on the sheet itself. */
export interface GrafiekReeks {
  naam: string;
  /** Values (without header), e.g. "G4:G16". */
  waarden: string;
  /** Category labels, e.g. "A42:A54". */
  x: string;
  /** Excel's chart type names (Excel.ChartType): clustered columns, or a line over them. */
  soort: "ColumnClustered" | "Line";
}

/**
 * A chart on the sheet, as data: what the pane draws with the Excel API
 * (Worksheet.charts) and the CLI as DrawingML parts (cli/werkmap/grafiek-delen).
 */
export interface GrafiekPlan {
  titel: string;
  /** Top-left and bottom-right cell the chart covers (both wholly), e.g. "I3" and "P22". */
  van: string;
  tot: string;
  reeksen: GrafiekReeks[];
  /** The value axis: number format of its labels, its minimum and its title. */
  waardeAs: { numberFormat: string; minimum: number; titel: string };
  /** Title of the category axis. */
  categorieAs: { titel: string };
}

export interface BladPlan {
  /** Wanted sheet name; the writer makes it unique where it must (the pane). */
  bladnaam: string;
  /** Wanted table name; made unique likewise. */
  tabelnaam: string;
  blokken: Blok[];
  /** The Excel table: its header and data rows are a block; the total row is the table's total row, with values. */
  tabel: { adres: string; totaalrij: Celwaarde[]; totaalFormaten: string[]; stijl: string };
  vet: string[];
  /** Ranges whose text wraps within the column width. */
  omloop: string[];
  titelCel: string;
  titelGrootte: number;
  /** Width per column in characters of the default font (exceljs' unit; the pane converts with `tekensNaarPunten`). */
  kolombreedtes: Array<{ kolom: string; tekens: number }>;
  /** Rows whose wrapped text needs more than one line: 0-based row and height in points. */
  rijhoogtes: Array<{ rij: number; punten: number }>;
  afdruk: Afdruk;
  /**
   * A note (Excel's cell note, the old-style comment) on one cell: on Tabel 1
   * the reading report on the title cell, so a reviewer sees how the input
   * was read without it being printed. Absent: no note.
   */
  notitie?: { cel: string; tekst: string };
  /** A chart beside the table, with its data on the sheet; absent: no chart. */
  grafiek?: GrafiekPlan;
}

/**
 * The values a plan writes in a range, row by row ("" where no block
 * writes): what a chart shows, for writers that store it with the chart
 * (the CLI's DrawingML cache) so that viewers need not recalculate.
 */
export function waardenIn(plan: Pick<BladPlan, "blokken">, adres: string): Celwaarde[] {
  const b = leesCelbereik(adres);
  if (!b) throw new Error(`Ongeldig adres in het bladplan: ${adres}`);
  const uit: Celwaarde[] = [];
  for (let r = b.rij; r < b.rij + b.rijen; r++) {
    for (let k = b.kolom; k < b.kolom + b.kolommen; k++) uit.push(waardeOp(plan.blokken, r, k));
  }
  return uit;
}

/** The value the last block covering 0-based (rij, kolom) writes there, or "". */
function waardeOp(blokken: readonly Blok[], rij: number, kolom: number): Celwaarde {
  for (let i = blokken.length - 1; i >= 0; i--) {
    const b = leesCelbereik(blokken[i]!.adres)!;
    if (rij >= b.rij && rij < b.rij + b.rijen && kolom >= b.kolom && kolom < b.kolom + b.kolommen) {
      return blokken[i]!.waarden[rij - b.rij]?.[kolom - b.kolom] ?? "";
    }
  }
  return "";
}

/**
 * Excel's column width in points from a width in characters of the default
 * font (Calibri 11: the default 8,43 characters are 64 px = 48 pt).
 */
export function tekensNaarPunten(tekens: number): number {
  return Math.round(((tekens * 48) / 8.43) * 4) / 4;
}

/** Height of one line of Excel's default font (Calibri 11): Excel's default row height, 15 pt (20 px). */
export const REGELHOOGTE_PUNTEN = 15;

/**
 * Characters per line of text under a table: the table's width in
 * characters. Counted in characters of the default font's digit width (the
 * unit of column widths), ordinary text is narrower, so a line of this many
 * characters stays within the table in Excel and in LibreOffice.
 */
export function tekstBreedte(breedtes: readonly number[]): number {
  return breedtes.reduce((som, b) => som + b, 0);
}

/**
 * The title's font size: `max` points, or less so that the title fits over the
 * table: a title wider than the table runs past the print area and loses its
 * last characters on paper (LibreOffice printed "…Wet Banenafspraak 2023Q" of
 * Tabel 1 at 13 pt). Afgeleid: a character of the bold title takes at most
 * one digit width of the default 11 pt font per 11 pt of size (measured in
 * LibreOffice's A4 rendering of Tabel 1: 0,94), so a title of n characters at
 * s pt is at most n × s ÷ 11 column-width units wide; whole points, at least 10.
 */
export function titelGrootteBinnen(titel: string, breedtes: readonly number[], max: number): number {
  const past = Math.floor((11 * tekstBreedte(breedtes)) / Math.max(1, tekenLengte(titel)));
  return Math.max(Math.min(10, max), Math.min(max, past));
}

/** Paragraphs (footnotes, sentences) as sheet lines of at most `breedte` characters; a reader joins them again. */
export function tekstRegels(alineas: readonly string[], breedte: number): string[] {
  return alineas.flatMap((a) => brekRegels(a, breedte));
}

/** Lines a text needs in a wrapped cell `breedte` characters wide. */
export function aantalRegels(tekst: string, breedte: number): number {
  return tekenLengte(tekst) <= breedte ? 1 : brekRegels(tekst, breedte).length;
}

/** Height in points of a row of wrapped cells (text per column and its width), or null when one line is enough. */
export function rijHoogte(teksten: readonly string[], breedtes: readonly number[]): number | null {
  const regels = Math.max(1, ...teksten.map((t, k) => aantalRegels(t, breedtes[k] ?? Infinity)));
  return regels > 1 ? regels * REGELHOOGTE_PUNTEN : null;
}

/** Lines of text in column A from 0-based row `rij`, one line a row, formatted as text. */
export function tekstBlok(rij: number, regels: readonly string[]): Blok {
  return {
    adres: bereik(rij, 0, regels.length, 1),
    waarden: regels.map((r) => [r]),
    formaten: regels.map(() => [TEKST_FORMAAT]),
  };
}

/** What Tabel 1 and the financing have alike: a title, and an Excel table with a total row. */
export interface TitelEnTabel {
  titel: string;
  koppen: Celwaarde[];
  rijen: Celwaarde[][];
  totaal: Celwaarde[];
  /** Number format per column. */
  formaten: string[];
  /** Width per column in characters. */
  breedtes: number[];
}

/**
 * The title block, the table's block (headers as text, rows in their
 * formats), the table with its total row, the addresses of the parts a
 * layout makes bold or wraps, the column widths, and the print area down to
 * `laatsteRij` — for a title in `titelRij` (column A) and headers in `kopRij`.
 */
export function titelEnTabel(
  t: TitelEnTabel,
  rijen: { titelRij: number; kopRij: number; laatsteRij: number },
  stijl: string,
): Pick<BladPlan, "blokken" | "tabel" | "titelCel" | "kolombreedtes"> & {
  delen: { titel: string; koppen: string; totaal: string };
  afdrukbereik: string;
} {
  const n = t.koppen.length;
  const adres = bereik(rijen.kopRij, 0, 1 + t.rijen.length, n);
  const delen = {
    titel: bereik(rijen.titelRij, 0, 1, 1),
    koppen: bereik(rijen.kopRij, 0, 1, n),
    totaal: bereik(rijen.kopRij + 1 + t.rijen.length, 0, 1, n),
  };
  return {
    blokken: [
      tekstBlok(rijen.titelRij, [t.titel]),
      { adres, waarden: [t.koppen, ...t.rijen], formaten: [t.koppen.map(() => TEKST_FORMAAT), ...t.rijen.map(() => [...t.formaten])] },
    ],
    tabel: { adres, totaalrij: t.totaal, totaalFormaten: [...t.formaten], stijl },
    titelCel: delen.titel,
    kolombreedtes: t.breedtes.map((b, k) => ({ kolom: kolomLetters(k), tekens: b })),
    delen,
    afdrukbereik: bereik(rijen.titelRij, 0, rijen.laatsteRij - rijen.titelRij + 1, n),
  };
}
