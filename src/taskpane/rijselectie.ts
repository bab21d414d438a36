/**
 * "Toon rijen" (issue 17), without DOM or Excel: the input rows behind a
 * figure as Excel selections. Rows become areas of consecutive rows over the
 * columns that were read ("A2:D4"), per sheet; the areas are grouped into
 * selections that one Worksheet.getRanges call can take.
 *
 * How long may getRanges' address be? Microsoft documents no limit: the
 * reference (Worksheet.getRanges, ExcelApi 1.9) says only "comma-separated or
 * semicolon-separated addresses", and "Work with multiple ranges simultaneously
 * in Excel add-ins" names none (it advises against RangeAreas of many single
 * cells). OfficeDev/office-js issue #5198 reports InvalidArgument from about
 * 8.200 characters, with some strings of 513 areas failing and others working.
 * So we stay well below that: at most MAX_GEBIEDEN areas and MAX_TEKENS
 * characters per selection (our choice, from that report; no source gives a
 * safe number), and the Excel module halves a selection Excel refuses anyway.
 */
import { bereik } from "./adres";

/** Where a sheet's data was read: its first column (0-based) and the number of columns. */
export interface Bladvorm {
  blad: string;
  kolomIndex: number;
  breedte: number;
}

/** One area: consecutive rows over the columns read, on one sheet. */
export interface Gebied {
  blad: string;
  /** "A2:D4" (without the sheet). */
  adres: string;
  /** First and last 1-based sheet row. */
  van: number;
  tot: number;
}

export const MAX_GEBIEDEN = 200;
export const MAX_TEKENS = 4000;
/** ", " between the addresses of one getRanges string. */
export const SCHEIDING = ", ";

/** Rows (1-based, any order, repeats allowed) as runs of consecutive rows. */
export function aaneengesloten(rijen: Iterable<number>): Array<{ van: number; tot: number }> {
  const gesorteerd = [...new Set(rijen)].sort((a, b) => a - b);
  const uit: Array<{ van: number; tot: number }> = [];
  for (const r of gesorteerd) {
    const laatste = uit[uit.length - 1];
    if (laatste && r === laatste.tot + 1) laatste.tot = r;
    else uit.push({ van: r, tot: r });
  }
  return uit;
}

/** The areas that hold the rows (1-based, per place they were read), in the order given and then row order. */
export function gebieden(perVorm: ReadonlyArray<{ vorm: Bladvorm; rijen: readonly number[] }>): Gebied[] {
  const uit: Gebied[] = [];
  for (const { vorm, rijen } of perVorm) {
    for (const { van, tot } of aaneengesloten(rijen)) {
      uit.push({ blad: vorm.blad, adres: bereik(van - 1, vorm.kolomIndex, tot - van + 1, vorm.breedte), van, tot });
    }
  }
  return uit;
}

/** How many areas from `start` go in one selection: all on the sheet of the first, at most `max.gebieden` areas and `max.tekens` characters. */
export function volgendeSelectie(
  g: readonly Gebied[],
  start: number,
  max: { gebieden: number; tekens: number } = { gebieden: MAX_GEBIEDEN, tekens: MAX_TEKENS },
): number {
  const eerste = g[start];
  if (!eerste) return 0;
  let n = 1;
  let tekens = eerste.adres.length;
  for (let i = start + 1; i < g.length && n < max.gebieden; i++) {
    const x = g[i]!;
    if (x.blad !== eerste.blad || tekens + SCHEIDING.length + x.adres.length > max.tekens) break;
    tekens += SCHEIDING.length + x.adres.length;
    n++;
  }
  return n;
}

/** The number of rows in areas [van, tot). */
export function rijenIn(g: readonly Gebied[], van = 0, tot = g.length): number {
  let n = 0;
  for (let i = van; i < tot; i++) n += g[i]!.tot - g[i]!.van + 1;
  return n;
}
