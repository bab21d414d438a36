/**
 * The reading report (leesverslag): every decision taken while reading one
 * input (a file in the CLI, a sheet or table in the pane), stated so that a
 * reviewer sees each assumption before anything is written. One report per
 * input; the CLI prints it (text and --json), the pane shows it in step 3, and
 * the written Tabel 1 sheet carries it as a note.
 *
 * Contract shared by all readers (CSV/JSON/xlsx in the CLI, Excel ranges in the
 * pane, the core row reader): a reader never guesses silently. Each reading
 * question is answered once per file or column from all of its evidence and
 * recorded as a Beslissing; when the evidence does not settle it, the reader
 * throws BanenFout("ONBESLIST", …) naming the question, the candidates with
 * their evidence and the option that settles it (CLI option, pane choice).
 * Pure data: no Office, no I/O.
 */

/** The questions a reader answers. Add a member here rather than using free text. */
export type Leesvraag =
  | "bestandssoort" // csv, xlsx, json, werkblad (a renamed .xlsx is caught here)
  | "codering" // utf-8, utf-8 met BOM, utf-16le, utf-16be, windows-1252
  | "scheidingsteken" // ";", "\t", ","
  | "decimaalteken" // per file or per column: "," (Nederlands: 1.234,5) or "." (Engels: 1,234.5)
  | "blad" // which sheet of a workbook
  | "bereik" // which range (A1:F60) or Excel table
  | "kopregel" // which row holds the headers
  | "vorm" // één rij per ministerie, of per medewerker
  | "kolom" // which column is which field
  | "eenheid" // unit of a quantity column (uren per week/kwartaal/jaar, banen)
  | "kwartaal" // the quarter of the realisatie
  | "ministerie" // a name read as a Tabel 1 ministry ("Ministerie van Financiën" → Fin)
  | "getallen" // which numbers of a Tabel 1: exact (unrounded, from its input) or printed (rounded per cell)
  | "rijen"; // which rows are data (total rows, empty rows, duplicates)

/** How an answer was reached. */
export type Besluitbron =
  | "automatisch" // the evidence settled it
  | "optie" // the user said so (CLI option such as --decimaalteken)
  | "keuze" // the user chose it in the pane
  | "standaard"; // a documented default, where the question has one (e.g. utf-8 for JSON)

export interface Beslissing {
  vraag: Leesvraag;
  /** What applies to it: the whole file, or a column header / field ("uren", "formeel uren"). */
  onderwerp?: string;
  /** The answer, in Dutch as shown to the user ("windows-1252", "puntkomma", "Nederlands (1.234,5)"). */
  antwoord: string;
  besluitbron: Besluitbron;
  /** The evidence in one Dutch sentence ("12 van 12 getallen hebben een komma als decimaalteken"). */
  grond: string;
}

/** A column of the input and what it was read as. */
export interface KolomVerslag {
  /** Header as the user wrote it. */
  kop: string;
  /** A1 column letter(s) in a sheet, or 1-based position in a file. */
  positie: string;
  /** Field key it is read as (schema key), or null when ignored. */
  veld: string | null;
  /** Unit of the values, e.g. "uren per week", "banen", "fte"; null for text fields. */
  eenheid: string | null;
}

/** Rows not counted, and why (a total row, an empty row, a duplicate, a SROI row that does not count...). */
export interface Weglating {
  /** 1-based rows as the user sees them (sheet rows, or file lines). */
  rijen: number[];
  reden: string;
}

/** Something that looks wrong but may be right; the run stops until the user acknowledges it by code. */
export interface Waarschuwing {
  /** Stable code, used to acknowledge it (CLI --accepteer CODE, a checkbox in the pane). */
  code: string;
  tekst: string;
  /** Where, as "blad!C7" or "rij 12"; optional. */
  plaats?: string;
  bevestigd: boolean;
}

export interface Leesverslag {
  /** File name (CLI) or "Blad1!A1:F60" / table name (pane). */
  bron: string;
  beslissingen: Beslissing[];
  kolommen: KolomVerslag[];
  /** Data rows read and counted. */
  rijenGelezen: number;
  weggelaten: Weglating[];
  waarschuwingen: Waarschuwing[];
}

export function leegVerslag(bron: string): Leesverslag {
  return { bron, beslissingen: [], kolommen: [], rijenGelezen: 0, weggelaten: [], waarschuwingen: [] };
}

const BESLUITBRON_TEKST: Record<Besluitbron, string> = {
  automatisch: "herkend",
  optie: "opgegeven",
  keuze: "gekozen",
  standaard: "standaard",
};

/** The report as Dutch lines, the same in the terminal, the pane and the sheet note. */
export function verslagRegels(v: Leesverslag): string[] {
  const regels = [`Gelezen: ${v.bron}`];
  for (const b of v.beslissingen) {
    const over = b.onderwerp ? ` (${b.onderwerp})` : "";
    regels.push(`- ${b.vraag}${over}: ${b.antwoord} [${BESLUITBRON_TEKST[b.besluitbron]}: ${b.grond}]`);
  }
  for (const k of v.kolommen) {
    const naar = k.veld === null ? "niet gebruikt" : `${k.veld}${k.eenheid ? ` in ${k.eenheid}` : ""}`;
    regels.push(`- kolom ${k.positie} "${k.kop}": ${naar}`);
  }
  regels.push(`- ${v.rijenGelezen} gegevensrijen gelezen`);
  for (const w of v.weggelaten) regels.push(`- weggelaten, rij ${w.rijen.join(", ")}: ${w.reden}`);
  for (const w of v.waarschuwingen) {
    regels.push(`- waarschuwing ${w.code}${w.plaats ? ` (${w.plaats})` : ""}: ${w.tekst}${w.bevestigd ? " (bevestigd)" : ""}`);
  }
  return regels;
}
