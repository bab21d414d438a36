/**
 * Files in and out: does it exist, is it a kind we read, read it as grids or
 * JSON; write without ever replacing a file unless asked (--overschrijf), and
 * never leave half a file behind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BanenFout, type Beslissing, type Raster } from "../core";
import { type Codering, decodeerBestand, type Gedecodeerd } from "./codering";
import { leesCsv } from "./csv";
import type { Scheidingsteken } from "./scheidingsteken";
import { leesWerkmap, type LeesWerkmapOpties } from "./werkmap/lees";

export type Soort = "csv" | "json" | "xlsx";

const UITLEG: Record<Soort, string> = { csv: ".csv", json: ".json", xlsx: ".xlsx" };

export function soortVan(pad: string): Soort | null {
  const ext = path.extname(pad).toLowerCase();
  return ext === ".csv" || ext === ".txt" ? "csv" : ext === ".json" ? "json" : ext === ".xlsx" ? "xlsx" : null;
}

function verwacht(soorten: readonly Soort[]): string {
  const lijst = soorten.map((s) => UITLEG[s]);
  const tekst = lijst.length > 1 ? `${lijst.slice(0, -1).join(", ")} of ${lijst.at(-1)}` : lijst[0]!;
  return `een bestand ${tekst}`;
}

/** An input file: it must exist and be of one of the kinds. */
export function invoerbestand(pad: string, soorten: readonly Soort[]): Soort {
  const soort = soortVan(pad);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(pad);
  } catch {
    stat = undefined;
  }
  if (!stat || !stat.isFile()) throw new BanenFout("BESTAND_ONTBREEKT", { pad, verwacht: verwacht(soorten) });
  if (!soort || !soorten.includes(soort)) {
    const oud = path.extname(pad).toLowerCase() === ".xls" ? " (sla een oud .xls-bestand in Excel op als .xlsx)" : "";
    throw new BanenFout("ONBEKEND_BESTANDSTYPE", { pad, verwacht: verwacht(soorten) + oud });
  }
  return soort;
}

/** An output file: of one of the kinds, in an existing folder, and not there yet unless overwriting is asked for. */
export function uitvoerbestand(pad: string, soorten: readonly Soort[], overschrijf: boolean): Soort {
  const soort = soortVan(pad);
  if (!soort || !soorten.includes(soort)) throw new BanenFout("ONBEKEND_BESTANDSTYPE", { pad, verwacht: verwacht(soorten) });
  const map = path.dirname(path.resolve(pad));
  if (!fs.existsSync(map)) throw new BanenFout("BESTAND_ONTBREEKT", { pad: map, verwacht: "een bestaande map voor het uitvoerbestand" });
  if (!overschrijf && fs.existsSync(pad)) throw new BanenFout("BESTAND_BESTAAT_AL", { pad });
  return soort;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
function echtPad(pad: string): string {
  try {
    return fs.realpathSync.native(pad);
  } catch {
    const map = path.dirname(path.resolve(pad));
    try {
      return path.join(fs.realpathSync.native(map), path.basename(pad));
    } catch {
      return path.resolve(pad);
    }
  }
}

/** Same file: the same real path (symlinks, "./", "../" resolved), or the same inode (hard links, case-insensitive names). */
function zelfdeBestand(a: string, b: string): boolean {
  if (echtPad(a) === echtPad(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * An output file must not be one of the inputs, by whatever spelling or link:
 * refused even with --overschrijf (writing over the input destroys it).
 * `uitvoer` and `invoer` map an option or argument name to its path.
 */
export function nietOverInvoer(uitvoer: Record<string, string | undefined>, invoer: Record<string, string | undefined>): void {
  for (const [optie, pad] of Object.entries(uitvoer)) {
    if (pad === undefined) continue;
    for (const [naam, invoerPad] of Object.entries(invoer)) {
      if (invoerPad !== undefined && zelfdeBestand(pad, invoerPad)) {
        throw new BanenFout("UITVOER_IS_INVOER", { optie, pad, invoer: naam, invoerPad });
      }
    }
  }
}

/** How to read a text file when the user settled it (CLI --codering, --scheidingsteken); else decided from the file. */
export interface TekstOpties {
  codering?: Codering;
  scheidingsteken?: Scheidingsteken;
}

/** A text file decoded (encoding decided from its bytes, or given), with the decision for the reading report. */
export function leesTekst(pad: string, codering?: Codering): Gedecodeerd {
  return decodeerBestand(fs.readFileSync(pad), path.basename(pad), codering);
}

export function leesJson(pad: string, codering?: Codering): unknown {
  return leesJsonBestand(pad, codering).data;
}

/** A JSON file with the decision on its encoding, for the reading report. */
export function leesJsonBestand(pad: string, codering?: Codering): { data: unknown; beslissing: Beslissing } {
  const { tekst, beslissing } = leesTekst(pad, codering);
  try {
    return { data: JSON.parse(tekst), beslissing };
  } catch (e) {
    throw new BanenFout("ONGELDIG_BESTAND", { reden: `bestand "${pad}" is geen geldige JSON (${jsonFoutplaats(e, tekst)}).` });
  }
}

/**
 * Where JSON.parse stopped, in Dutch (V8's own message is English): the position when V8 gives it
 * ("at position 12"), else the unexpected character found through the text V8 quotes around it.
 */
function jsonFoutplaats(e: unknown, tekst: string): string {
  const melding = e instanceof Error ? e.message : "";
  const opRegel = (positie: number) => {
    const voor = tekst.slice(0, positie);
    return `regel ${voor.split("\n").length}, kolom ${positie - voor.lastIndexOf("\n")}`;
  };
  const positie = /position (\d+)/.exec(melding);
  if (positie) return `onverwacht teken op ${opRegel(Number(positie[1]))}`;
  if (/Unexpected end of JSON input/.test(melding) || tekst.trim() === "") return "de JSON houdt op voordat hij af is";
  const token = /^Unexpected token '(.+?)', (?:\.\.\.)?"(.*?)(?:\.\.\.)?" is not valid JSON/s.exec(melding);
  const waar = token ? tekst.indexOf(token[2]!) : -1;
  if (token && waar >= 0) return `onverwacht "${token[1]}" op ${opRegel(waar + token[2]!.indexOf(token[1]!))}`;
  return token ? `onverwacht "${token[1]}"` : "de tekst is geen JSON";
}

/** A CSV file as one grid, a workbook as one grid per sheet (or the sheets asked for). */
export async function leesRasters(pad: string, soort: Soort, opties: LeesWerkmapOpties & TekstOpties = {}): Promise<Raster[]> {
  if (soort === "csv") {
    const { tekst, beslissing } = leesTekst(pad, opties.codering);
    return [
      leesCsv(tekst, path.basename(pad), {
        ...(opties.scheidingsteken ? { scheidingsteken: opties.scheidingsteken } : {}),
        eerder: [beslissing],
      }),
    ];
  }
  if (soort === "xlsx") return leesWerkmap(pad, opties);
  throw new BanenFout("ONBEKEND_BESTANDSTYPE", { pad, verwacht: verwacht(["csv", "xlsx"]) });
}

/**
 * Writes a whole file or nothing: first to a temporary file beside it, then
 * into place. Without overschrijf a hard link puts it there, which fails if
 * the file appeared meanwhile, so an existing file is never replaced.
 */
export function schrijfHeel(pad: string, inhoud: string, overschrijf: boolean): void {
  const tijdelijk = path.join(path.dirname(path.resolve(pad)), `.${path.basename(pad)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tijdelijk, inhoud, { flag: "wx" });
    if (overschrijf) {
      fs.renameSync(tijdelijk, pad);
    } else {
      try {
        fs.linkSync(tijdelijk, pad);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw new BanenFout("BESTAND_BESTAAT_AL", { pad });
        // File systems without hard links: a copy that still refuses to replace an existing file.
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw e;
        try {
          fs.copyFileSync(tijdelijk, pad, fs.constants.COPYFILE_EXCL);
        } catch (f) {
          if ((f as NodeJS.ErrnoException).code === "EEXIST") throw new BanenFout("BESTAND_BESTAAT_AL", { pad });
          throw f;
        }
      }
    }
  } finally {
    fs.rmSync(tijdelijk, { force: true });
  }
}
