/**
 * Data rows of a grid with the place of each of their cells, for the core
 * row reader (invoer.ts). The place of a cell is only made when asked (for a
 * message), so reading a row costs nothing extra.
 */
import type { Plaats } from "../basis/fouten";
import { celAdres } from "./cel";
import { gevuldAantal, rijbron } from "./rijbron";
import type { Raster } from "./raster";
import type { Toewijzing } from "./herken";

/** A data row of a grid, with the place of each of its cells. */
export interface Rij {
  /** 1-based sheet row. */
  nr: number;
  waarde(sleutel: string): unknown;
  plaats(sleutel: string): Plaats;
  heeft(sleutel: string): boolean;
}

/** One data row: its cells and where they are. */
export class RasterRij implements Rij {
  constructor(
    private readonly raster: Raster,
    private readonly toewijzing: Toewijzing,
    private readonly labels: Readonly<Record<string, string>>,
    private readonly cellen: readonly unknown[],
    readonly nr: number,
  ) {}

  waarde(s: string): unknown {
    const k = this.toewijzing[s];
    return k === null || k === undefined ? undefined : this.cellen[k];
  }

  heeft(s: string): boolean {
    return this.toewijzing[s] !== null && this.toewijzing[s] !== undefined;
  }

  plaats(s: string): Plaats {
    const k = this.toewijzing[s];
    const { blad, koppen, kolomIndex } = this.raster;
    if (k === null || k === undefined) return { blad, rij: this.nr, kolom: this.labels[s] ?? s };
    const kop = String(koppen[k] ?? "").trim();
    return { blad, rij: this.nr, kolom: kop || this.labels[s] || s, cel: celAdres(this.nr - 1, kolomIndex + k) };
  }
}

/** The non-empty data rows (trailing empty rows never looked at), and the sheet rows of the empty rows between them. */
export function dataRijen(
  raster: Raster,
  toewijzing: Toewijzing,
  labels: Readonly<Record<string, string>>,
): { rijen: Rij[]; leeg: number[] } {
  const bron = rijbron(raster);
  const eind = gevuldAantal(bron);
  const rijen: Rij[] = [];
  const leeg: number[] = [];
  for (let i = 0; i < eind; i++) {
    if (bron.isLeeg(i)) {
      leeg.push(raster.rijIndex + 2 + i);
      continue;
    }
    rijen.push(new RasterRij(raster, toewijzing, labels, bron.rij(i), raster.rijIndex + 2 + i));
  }
  return { rijen, leeg };
}

/** "3", "3–5" or "3, 7, 9 en 4 meer": sheet rows for a report line or a message. */
export function rijenTekst(rijen: readonly number[], max = 10): string {
  if (rijen.length === 0) return "";
  const opeen = rijen.every((r, i) => i === 0 || r === rijen[i - 1]! + 1);
  if (opeen && rijen.length > 2) return `${rijen[0]}–${rijen.at(-1)}`;
  const lijst = rijen.slice(0, max).join(", ");
  return rijen.length > max ? `${lijst} en nog ${rijen.length - max}` : lijst;
}
