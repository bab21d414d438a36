/**
 * THE FORMER READER, kept for the tests only: the streaming reader
 * (src/cli/werkmap/lees.ts) must read every workbook of the corpus to the same
 * cells as this one, which loads the workbook with exceljs.
 *
 * Reads an Excel workbook (.xlsx) into Rasters for the shared reader
 * (src/core/invoer.ts): one per sheet, or the sheets asked for by name.
 *
 * Where the data is: the first Excel table (ListObject) on the sheet, as the
 * pane reads a table (header row + data rows, not the total row); else (or
 * with `heelBlad`, for a printed Tabel 1 with title and footnotes) the used
 * range, from the first non-empty row (the header) to the last non-empty
 * row, from the leftmost to the rightmost non-empty column. Trailing empty
 * rows are never part of the Raster (also not when a table reaches down to
 * row 1.048.576).
 *
 * Problems that make a sheet unreadable are BanenFout, never a stack trace:
 * not a workbook, encrypted, an empty named sheet (ONGELDIG_BESTAND,
 * LEEG_BLAD), a sheet name that does not exist (ONBEKEND_BLAD), and per cell
 * in what is read: merged cells (SAMENGEVOEGDE_CELLEN) and formulas without a
 * cached result (FORMULE_ZONDER_WAARDE). One such problem is thrown as it is;
 * several as ONGELDIGE_INVOER listing them all (like bouwTabel1).
 * Without a sheet name, hidden sheets and empty sheets are skipped (an empty
 * "Blad2" is no error); every other sheet must be readable.
 *
 * Cell values (celwaarde.ts): numbers, strings, booleans, Date, null for
 * empty; error values as Dutch text (#DEEL/0!) so that the reader reports
 * FORMULEFOUT; a formula gives its cached result.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Cell, CellValue } from "exceljs";
import { BanenFout } from "../../../src/core/basis/fouten";
import type { Raster } from "../../../src/core/invoer/raster";
import { type BladDeel, werkbladenUit } from "../../../src/cli/werkmap/bladen";
import { controleerWerkmapBytes, controleerWerkmapInhoud, ongeldigBestand } from "../../../src/cli/werkmap/bestandssoort";
import { excelDatum, isDatumFormaat, NEDERLANDSE_FOUTWAARDE } from "../../../src/cli/werkmap/celwaarde";
import { type GedundBlad, LEGE_TEKST, maakDunner } from "./uitdunnen";

export interface LeesWerkmapOpties {
  /** One sheet name, or several (e.g. the person list and the fte sheet); compared without regard to case. */
  blad?: string | readonly string[];
  /**
   * Read the used range even where the sheet has an Excel table: for a printed Tabel 1 (the
   * sheet `schrijfTabel1Werkmap` or the pane writes), whose title, total row and footnotes lie
   * outside the table's header and data rows. Default: the first table, as input is read.
   */
  heelBlad?: boolean;
}

/** The Rasters of the sheets asked for (in the order asked), or of every visible, non-empty sheet in tab order. */
export async function leesWerkmapExceljs(pad: string, opties: LeesWerkmapOpties = {}): Promise<Raster[]> {
  const naam = path.basename(pad);
  const { zip, bytes, bladen } = await openWerkmap(pad);
  const gevraagd =
    opties.blad === undefined ? null : typeof opties.blad === "string" ? [opties.blad] : opties.blad.length > 0 ? [...opties.blad] : null;
  const gekozen = gevraagd ? gevraagd.map((g) => zoekBlad(bladen, g)) : bladen.filter((b) => !b.verborgen);

  // Thin the sheets we read; empty the others, so exceljs spends nothing on them.
  const samengevoegd = new Map<string, string[]>();
  let gewijzigd = false;
  for (const blad of bladen) {
    const deel = zip.file(blad.pad);
    if (!deel) continue;
    if (!gekozen.includes(blad)) {
      zip.file(blad.pad, LEEG_WERKBLAD);
      gewijzigd = true;
      continue;
    }
    const gedund = await dun(deel, naam);
    samengevoegd.set(blad.naam, gedund.samengevoegd);
    if (gedund.gedund) {
      zip.file(blad.pad, gedund.xml);
      gewijzigd = true;
    }
  }

  const werkmap = new ExcelJS.Workbook();
  try {
    const invoer = gewijzigd ? await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) : bytes;
    // exceljs' typing wants its own Buffer type; a Node Buffer is what it reads.
    await werkmap.xlsx.load(invoer as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw ongeldigBestand(
      `"${naam}" kan niet worden gelezen als Excel-werkmap (${reden(e)}); open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
    );
  }
  const date1904 = Boolean(werkmap.properties?.date1904);

  const rasters: Raster[] = [];
  const problemen: BanenFout[] = [];
  for (const blad of gekozen) {
    const ws = werkmap.getWorksheet(blad.naam);
    if (!ws)
      throw ongeldigBestand(
        `Blad "${blad.naam}" in "${naam}" kan niet worden gelezen (${blad.pad} wordt niet herkend); sla de werkmap opnieuw op in Excel.`,
      );
    const uit = leesBlad(ws, samengevoegd.get(blad.naam) ?? [], date1904, opties.heelBlad === true);
    if (uit === null) {
      if (gevraagd) problemen.push(new BanenFout("LEEG_BLAD", {}, { blad: blad.naam }));
      continue;
    }
    problemen.push(...uit.problemen);
    rasters.push(uit.raster);
  }
  if (problemen.length === 1) throw problemen[0]!;
  if (problemen.length > 1) throw new BanenFout("ONGELDIGE_INVOER", { aantal: problemen.length }, {}, problemen);
  if (rasters.length === 0) throw ongeldigBestand(`"${naam}" bevat geen gegevens: elk zichtbaar blad is leeg.`);
  return rasters;
}

/** The names of the worksheets in tab order (hidden ones included), without reading their cells. */
export async function werkmapBladen(pad: string): Promise<string[]> {
  return (await openWerkmap(pad)).bladen.map((b) => b.naam);
}

const LEEG_WERKBLAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

async function openWerkmap(pad: string): Promise<{ zip: JSZip; bytes: Buffer; bladen: BladDeel[] }> {
  const naam = path.basename(pad);
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(pad);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BanenFout("BESTAND_ONTBREEKT", { pad, verwacht: "een Excel-werkmap (.xlsx)" });
    if (code === "EISDIR") throw ongeldigBestand(`"${pad}" is een map, geen Excel-werkmap.`);
    throw ongeldigBestand(`"${pad}" kan niet worden gelezen (${reden(e)}).`);
  }
  controleerWerkmapBytes(bytes, naam);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw ongeldigBestand(`"${naam}" is geen geldige Excel-werkmap: het zip-bestand is beschadigd of onvolledig (${reden(e)}).`);
  }
  controleerWerkmapInhoud(Object.keys(zip.files), naam);
  const werkmapXml = await zip.file("xl/workbook.xml")!.async("string");
  const relaties = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (relaties === undefined) throw ongeldigBestand(`"${naam}" is geen geldige Excel-werkmap: xl/_rels/workbook.xml.rels ontbreekt.`);
  const bladen = werkbladenUit(werkmapXml, relaties);
  if (bladen.length === 0) throw ongeldigBestand(`"${naam}" heeft geen werkbladen.`);
  return { zip, bytes, bladen };
}

function zoekBlad(bladen: readonly BladDeel[], gezocht: string): BladDeel {
  const blad =
    bladen.find((b) => b.naam === gezocht) ?? bladen.find((b) => b.naam.toLocaleLowerCase("nl") === gezocht.trim().toLocaleLowerCase("nl"));
  if (!blad) throw new BanenFout("ONBEKEND_BLAD", { blad: gezocht, bladen: bladen.map((b) => `"${b.naam}"`).join(", ") });
  return blad;
}

/** Streams one sheet part through the thinner (the decompressed XML is never held whole). */
function dun(deel: JSZip.JSZipObject, naam: string): Promise<GedundBlad> {
  return new Promise((klaar, mis) => {
    const dunner = maakDunner();
    deel
      .nodeStream("nodebuffer")
      .on("data", (stuk: Buffer) => dunner.schrijf(stuk))
      .on("error", (e: Error) => mis(ongeldigBestand(`"${naam}" is beschadigd: ${deel.name} kan niet worden uitgepakt (${reden(e)}).`)))
      .on("end", () => klaar(dunner.einde()));
  });
}

interface Bereik {
  boven: number;
  links: number;
  onder: number;
  rechts: number;
}

/** "B2:C5" or "B2" → 1-based rows and columns. */
export function leesBereik(ref: string): Bereik | null {
  const punt = (p: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(p.trim());
    if (!m) return null;
    let kolom = 0;
    for (const ch of m[1]!.toUpperCase()) kolom = kolom * 26 + (ch.charCodeAt(0) - 64);
    return { rij: Number(m[2]), kolom };
  };
  const [a, b = a] = ref.split(":");
  const p = a === undefined ? null : punt(a);
  const q = b === undefined ? null : punt(b);
  if (!p || !q) return null;
  return {
    boven: Math.min(p.rij, q.rij),
    links: Math.min(p.kolom, q.kolom),
    onder: Math.max(p.rij, q.rij),
    rechts: Math.max(p.kolom, q.kolom),
  };
}

/** The part of exceljs' loaded table model we use (its typing does not describe it). */
interface GeladenTabel {
  table?: { tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean; columns?: Array<{ name?: string }> };
}

const isLeeg = (w: unknown) => w === null || (typeof w === "string" && w.trim() === "");

/** One sheet as a Raster with its cell problems; null when there is nothing on it. */
function leesBlad(
  ws: ExcelJS.Worksheet,
  samengevoegd: readonly string[],
  date1904: boolean,
  heelBlad: boolean,
): { raster: Raster; problemen: BanenFout[] } | null {
  const blad = ws.name;
  const problemen: BanenFout[] = [];
  // Only rows that exist in the (thinned) file; exceljs creates nothing for the others.
  const rijen = new Map<number, ExcelJS.Row>();
  ws.eachRow({ includeEmpty: false }, (rij, nr) => rijen.set(nr, rij));
  const waarde = (r: number, k: number): unknown => {
    const cel = rijen.get(r)?.findCell(k);
    if (!cel) return null;
    const inhoud = celinhoud(cel, date1904);
    if ("formuleZonderWaarde" in inhoud) {
      problemen.push(new BanenFout("FORMULE_ZONDER_WAARDE", { formule: inhoud.formuleZonderWaarde }, { blad, rij: r, cel: cel.address }));
      return null;
    }
    return inhoud.waarde;
  };
  const heeftWaarde = (r: number, k: number) => {
    const cel = rijen.get(r)?.findCell(k);
    if (!cel || cel.value === null || cel.value === undefined) return false;
    const inhoud = celinhoud(cel, date1904);
    return "formuleZonderWaarde" in inhoud || !isLeeg(inhoud.waarde);
  };

  // Where the data is.
  let kopRij: number;
  let koppenUitTabel: string[] | null = null;
  let eersteData: number;
  let laatsteData: number;
  let links: number;
  let rechts: number;
  const tabel = heelBlad ? undefined : (ws.getTables() as unknown as GeladenTabel[])[0]?.table;
  const tabelBereik = tabel ? leesBereik(tabel.tableRef ?? tabel.ref ?? "") : null;
  if (tabel && tabelBereik) {
    links = tabelBereik.links;
    rechts = tabelBereik.rechts;
    const metKop = tabel.headerRow !== false;
    kopRij = metKop ? tabelBereik.boven : tabelBereik.boven - 1;
    if (!metKop) koppenUitTabel = (tabel.columns ?? []).map((c, i) => c.name ?? `Kolom${i + 1}`);
    eersteData = kopRij + 1;
    laatsteData = tabelBereik.onder - (tabel.totalsRow ? 1 : 0);
  } else {
    let boven = Infinity;
    let onder = -Infinity;
    links = Infinity;
    rechts = -Infinity;
    for (const [r, rij] of rijen) {
      rij.eachCell({ includeEmpty: false }, (cel, k) => {
        if (!heeftWaarde(r, k)) return;
        boven = Math.min(boven, r);
        onder = Math.max(onder, r);
        links = Math.min(links, k);
        rechts = Math.max(rechts, k);
      });
    }
    if (boven === Infinity) return null;
    kopRij = boven;
    eersteData = boven + 1;
    laatsteData = onder;
  }
  // Trailing empty rows are not data (a table may have been drawn down to the last row of the sheet).
  let laatste = eersteData - 1;
  for (const r of rijen.keys()) {
    if (r < eersteData || r > laatsteData || r <= laatste) continue;
    for (let k = links; k <= rechts; k++) {
      if (heeftWaarde(r, k)) {
        laatste = r;
        break;
      }
    }
  }
  laatsteData = laatste;

  const koppen: unknown[] = [];
  for (let k = links; k <= rechts; k++) koppen.push(koppenUitTabel ? (koppenUitTabel[k - links] ?? null) : waarde(kopRij, k));
  const data: unknown[][] = [];
  const verborgenRijen: number[] = [];
  for (let r = eersteData; r <= laatsteData; r++) {
    const rij: unknown[] = [];
    for (let k = links; k <= rechts; k++) rij.push(waarde(r, k));
    data.push(rij);
    if (rijen.get(r)?.hidden) verborgenRijen.push(r);
  }

  for (const ref of samengevoegd) {
    const m = leesBereik(ref);
    if (!m || m.onder < kopRij || m.boven > Math.max(laatsteData, kopRij) || m.rechts < links || m.links > rechts) continue;
    const deel = m.boven <= kopRij && kopRij <= m.onder ? "de kolomkoppen" : "de gegevens";
    problemen.push(new BanenFout("SAMENGEVOEGDE_CELLEN", { bereik: ref, deel }, { blad, rij: m.boven, cel: ref }));
  }

  // Problems in row order, as the user walks through the sheet.
  problemen.sort((a, b) => (a.plaats.rij ?? 0) - (b.plaats.rij ?? 0));
  return {
    raster: { blad, rijIndex: kopRij - 1, kolomIndex: links - 1, koppen, rijen: data, verborgenRijen },
    problemen,
  };
}

function reden(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export type Celinhoud = { waarde: unknown } | { formuleZonderWaarde: string };

type Waarde = CellValue | { error: string } | { text?: unknown; richText?: Array<{ text?: string }> };

/** The plain value of a cell, or the formula that has no cached result. */
export function celinhoud(cel: Cell, date1904: boolean): Celinhoud {
  const v = cel.value as Waarde;
  if (v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const resultaat = (v as { result?: unknown }).result;
    if (resultaat === undefined || (typeof resultaat === "number" && Number.isNaN(resultaat))) {
      return { formuleZonderWaarde: formuleTekst(cel) };
    }
    // exceljs turns a date-formatted number into a Date for plain cells, not for formula results.
    if (typeof resultaat === "number" && isDatumFormaat(cel.numFmt)) return { waarde: excelDatum(resultaat, date1904) };
    return { waarde: gewoon(resultaat) };
  }
  return { waarde: gewoon(v) };
}

function formuleTekst(cel: Cell): string {
  try {
    return cel.formula || "…";
  } catch {
    return "…"; // a shared formula whose master cell is missing
  }
}

function gewoon(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === LEGE_TEKST ? "" : v;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return NEDERLANDSE_FOUTWAARDE[o.error] ?? o.error;
  if (Array.isArray(o.richText)) return o.richText.map((d: { text?: unknown }) => String(d?.text ?? "")).join("");
  if ("text" in o) return gewoon(o.text); // hyperlink: { text, hyperlink }
  if ("result" in o) return gewoon(o.result);
  return String(v);
}
