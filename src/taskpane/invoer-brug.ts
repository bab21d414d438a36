/**
 * The pane's only link to the shared reader (src/core/invoer.ts): recognise
 * the shape and columns of what was read, and turn rows + the user's column
 * choice into a Tabel1Invoer or a list of BanenFout with sheet/row/column/cell.
 */
import type { BanenFout, Tabel1Invoer } from "../core";
import type { GelezenBereik } from "./excel-toegang";

export type Vorm = "ministeries" | "personen";

export interface Veld {
  sleutel: string;
  label: string;
  verplicht: boolean;
}

/** Field → 0-based column within the range read, or null (not present). */
export type Toewijzing = Readonly<Record<string, number | null>>;

export interface Kolomkeuze {
  velden: Veld[];
  toewijzing: Toewijzing;
  /** Header of every column as the user sees it: "B: ministerie". */
  kolommen: string[];
}

export interface Herkenning {
  /** The shape the header row suggests; null when it fits neither. */
  vorm: Vorm | null;
  per: Record<Vorm, Kolomkeuze>;
}

export type Gelezen = { ok: true; invoer: Tabel1Invoer; samenvatting: string } | { ok: false; fouten: BanenFout[] };

export function herkenHoofd(_bereik: GelezenBereik): Herkenning {
  throw new Error("invoer.ts nog niet beschikbaar");
}

export function herkenFte(_bereik: GelezenBereik): Herkenning {
  throw new Error("invoer.ts nog niet beschikbaar");
}

export function maakInvoer(_vraag: {
  kwartaal: string;
  vorm: Vorm;
  hoofd: GelezenBereik;
  toewijzing: Toewijzing;
  fte?: GelezenBereik | null;
  fteToewijzing?: Toewijzing | null;
}): Gelezen {
  throw new Error("invoer.ts nog niet beschikbaar");
}
