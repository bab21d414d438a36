/**
 * Reads an Excel workbook (.xlsx) into Rasters for the shared reader
 * (src/core/invoer/invoer.ts): one per sheet, or the sheets asked for by name.
 * Streaming: the zip's parts are inflated chunk by chunk (zip-lezer.ts), each
 * sheet's XML is scanned once (blad-scanner.ts) and its rows handed on as
 * they come; shared strings are one JS string each. Nothing of exceljs is on
 * this path (it only writes workbooks).
 *
 * Where the data is: the first Excel table (ListObject) on the sheet, as the
 * pane reads a table (header row + data rows, not the total row); else (or
 * with `heelBlad`, for a printed Tabel 1 with title and footnotes) the used
 * range, from the first non-empty row (the header) to the last non-empty
 * row, from the leftmost to the rightmost non-empty column. Trailing empty
 * rows are never part of the Raster (also not when a table reaches down to
 * row 1.048.576). Which range was read is stated in the Raster's reading
 * report (verslag).
 *
 * Problems that make a sheet unreadable are BanenFout, never a stack trace:
 * not a workbook, encrypted, an empty named sheet (ONGELDIG_BESTAND,
 * LEEG_BLAD), a sheet name that does not exist (ONBEKEND_BLAD), and per cell
 * in what is read: merged cells (SAMENGEVOEGDE_CELLEN) and formulas without a
 * cached result (FORMULE_ZONDER_WAARDE). `leesWerkmap` throws one such
 * problem as it is and several as ONGELDIGE_INVOER listing them all;
 * `leesWerkmapBladen` returns them per sheet, so that a caller can ignore
 * the sheets it does not use. Without a sheet name, hidden sheets and empty
 * sheets are skipped (an empty "Blad2" is no error).
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { BanenFout } from "../../core/basis/fouten";
import type { Raster } from "../../core/invoer/raster";
import { leegVerslag } from "../../core/invoer/leesverslag";
import { type BladDeel, werkbladenUit } from "./bladen";
import { controleerWerkmapBytes, controleerWerkmapInhoud, ongeldigBestand } from "./bestandssoort";
import { kolomLetters, kolomVan, scanBlad } from "./blad-scanner";
import { datumStijlen, deelNaam, isDatum1904, leesGedeeldeTeksten, leesTabelDeel, relatieDoelen, type TabelDeel } from "./xml-delen";
import { ZipFout, ZipLezer } from "./zip-lezer";
import { type Bereik, Kolomopslag } from "./kolomopslag";
import { Tekstblokken } from "./tekstblokken";

export interface LeesWerkmapOpties {
  /** One sheet name, or several (e.g. the person list and the fte sheet); compared without regard to case. */
  blad?: string | readonly string[];
  /**
   * Read the used range even where the sheet has an Excel table: for a printed Tabel 1 (the
   * sheet `schrijfTabel1Werkmap` or the pane writes), whose title, total row and footnotes lie
   * outside the table's header and data rows. Default: the first table, as input is read.
   */
  heelBlad?: boolean;
  /**
   * Hand the data rows on in the compact store (Raster.bron, a row source; `rijen` empty) instead
   * of as arrays: for the core reader (banen tabel1), whose memory then stays nearly flat with
   * the number of rows. Default: arrays, for callers that read `rijen`.
   */
  compact?: boolean;
}

/** One sheet as read: its Raster (null when it is empty) and the problems in what was read. */
export interface GelezenBlad {
  blad: string;
  raster: Raster | null;
  problemen: BanenFout[];
}

/** The Rasters of the sheets asked for (in the order asked), or of every visible, non-empty sheet in tab order. */
export async function leesWerkmap(pad: string, opties: LeesWerkmapOpties = {}): Promise<Raster[]> {
  const naam = path.basename(pad);
  const gelezen = await leesWerkmapBladen(pad, opties);
  const gevraagd = opties.blad !== undefined && (typeof opties.blad === "string" || opties.blad.length > 0);
  const problemen: BanenFout[] = [];
  const rasters: Raster[] = [];
  for (const g of gelezen) {
    if (g.raster === null) {
      if (gevraagd) problemen.push(new BanenFout("LEEG_BLAD", {}, { blad: g.blad }));
      continue;
    }
    problemen.push(...g.problemen);
    rasters.push(g.raster);
  }
  if (problemen.length === 1) throw problemen[0]!;
  if (problemen.length > 1) throw new BanenFout("ONGELDIGE_INVOER", { aantal: problemen.length }, {}, problemen);
  if (rasters.length === 0) throw ongeldigBestand(`"${naam}" bevat geen gegevens: elk zichtbaar blad is leeg.`);
  return rasters;
}

/** Every sheet asked for (or every visible sheet) with its own problems; throws only for the file as a whole. */
export async function leesWerkmapBladen(pad: string, opties: LeesWerkmapOpties = {}): Promise<GelezenBlad[]> {
  const werkmap = await Werkmap.open(pad);
  try {
    const gevraagd =
      opties.blad === undefined ? null : typeof opties.blad === "string" ? [opties.blad] : opties.blad.length > 0 ? [...opties.blad] : null;
    const gekozen = gevraagd ? gevraagd.map((g) => zoekBlad(werkmap.bladen, g)) : werkmap.bladen.filter((b) => !b.verborgen);
    const uit: GelezenBlad[] = [];
    for (const blad of gekozen) uit.push(await werkmap.leesBlad(blad, opties.heelBlad === true, opties.compact === true));
    return uit;
  } finally {
    await werkmap.sluit();
  }
}

/** The names of the worksheets in tab order (hidden ones included), without reading their cells. */
export async function werkmapBladen(pad: string): Promise<string[]> {
  const werkmap = await Werkmap.open(pad);
  await werkmap.sluit();
  return werkmap.bladen.map((b) => b.naam);
}

function zoekBlad(bladen: readonly BladDeel[], gezocht: string): BladDeel {
  const blad =
    bladen.find((b) => b.naam === gezocht) ?? bladen.find((b) => b.naam.toLocaleLowerCase("nl") === gezocht.trim().toLocaleLowerCase("nl"));
  if (!blad) throw new BanenFout("ONBEKEND_BLAD", { blad: gezocht, bladen: bladen.map((b) => `"${b.naam}"`).join(", ") });
  return blad;
}

/** "B2:C5" or "B2" → 1-based rows and columns. */
export function leesBereik(ref: string): Bereik | null {
  const punt = (p: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(p.trim());
    if (!m) return null;
    return { rij: Number(m[2]), kolom: kolomVan(m[1]!.toUpperCase()) };
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

const bereikTekst = (b: Bereik) => `${kolomLetters(b.links)}${b.boven}:${kolomLetters(b.rechts)}${b.onder}`;

function reden(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const TYPE = {
  stijlen: /\/relationships\/styles$/,
  teksten: /\/relationships\/sharedStrings$/,
  tabel: /\/relationships\/table$/,
};

/** An open workbook: its sheets, date system, date styles and (read on first use) shared strings. */
class Werkmap {
  private gedeeld: Tekstblokken | null = null;

  private constructor(
    private readonly zip: ZipLezer,
    readonly naam: string,
    readonly bladen: BladDeel[],
    private readonly date1904: boolean,
    private readonly datumStijl: boolean[],
    private readonly tekstenDeel: string | undefined,
  ) {}

  static async open(pad: string): Promise<Werkmap> {
    const naam = path.basename(pad);
    await controleerBestand(pad, naam);
    let zip: ZipLezer;
    try {
      zip = await ZipLezer.open(pad);
    } catch (e) {
      throw ongeldigBestand(`"${naam}" is geen geldige Excel-werkmap: het zip-bestand is beschadigd of onvolledig (${reden(e)}).`);
    }
    try {
      controleerWerkmapInhoud([...zip.delen.keys()], naam);
      if (!zip.heeft("xl/_rels/workbook.xml.rels"))
        throw ongeldigBestand(`"${naam}" is geen geldige Excel-werkmap: xl/_rels/workbook.xml.rels ontbreekt.`);
      const werkmapXml = await zip.leesTekst("xl/workbook.xml");
      const relaties = await zip.leesTekst("xl/_rels/workbook.xml.rels");
      const bladen = werkbladenUit(werkmapXml, relaties);
      if (bladen.length === 0) throw ongeldigBestand(`"${naam}" heeft geen werkbladen.`);
      const stijlDeel = relatieDoelen(relaties, TYPE.stijlen, "xl")[0];
      const stijlen = stijlDeel && zip.heeft(stijlDeel) ? await zip.leesTekst(stijlDeel) : undefined;
      const teksten = relatieDoelen(relaties, TYPE.teksten, "xl")[0];
      return new Werkmap(
        zip,
        naam,
        bladen,
        isDatum1904(werkmapXml),
        datumStijlen(stijlen),
        teksten && zip.heeft(teksten) ? teksten : undefined,
      );
    } catch (e) {
      await zip.sluit();
      if (e instanceof ZipFout) throw ongeldigBestand(`"${naam}" is beschadigd: ${e.message}.`);
      throw e;
    }
  }

  sluit(): Promise<void> {
    return this.zip.sluit();
  }

  private async teksten(): Promise<Tekstblokken> {
    this.gedeeld ??= this.tekstenDeel ? await leesGedeeldeTeksten(this.zip.stroom(this.tekstenDeel)) : new Tekstblokken();
    return this.gedeeld;
  }

  /** The sheet's first Excel table, if it has one (its relationship target may be relative or absolute). */
  private async eersteTabel(blad: BladDeel): Promise<TabelDeel | null> {
    const map = path.posix.dirname(blad.pad);
    const rels = `${map}/_rels/${path.posix.basename(blad.pad)}.rels`;
    if (!this.zip.heeft(rels)) return null;
    for (const doel of relatieDoelen(await this.zip.leesTekst(rels), TYPE.tabel, map)) {
      if (!this.zip.heeft(doel)) continue;
      const tabel = leesTabelDeel(await this.zip.leesTekst(doel));
      if (tabel && leesBereik(tabel.ref)) return tabel;
    }
    return null;
  }

  async leesBlad(blad: BladDeel, heelBlad: boolean, compact: boolean): Promise<GelezenBlad> {
    if (!this.zip.heeft(blad.pad))
      throw ongeldigBestand(
        `Blad "${blad.naam}" in "${this.naam}" kan niet worden gelezen (${blad.pad} ontbreekt); sla de werkmap opnieuw op in Excel.`,
      );
    try {
      const tabel = heelBlad ? null : await this.eersteTabel(blad);
      const verzamelaar = new Verzamelaar(blad.naam, tabel, await this.teksten());
      const scan = await scanBlad(
        this.zip.stroom(blad.pad),
        { datumStijl: this.datumStijl, date1904: this.date1904, ...verzamelaar.grenzen() },
        verzamelaar.opslag,
      );
      return verzamelaar.einde(this.naam, scan.zonderWaarde, scan.samengevoegd, compact);
    } catch (e) {
      if (e instanceof ZipFout) throw ongeldigBestand(`"${this.naam}" is beschadigd: ${e.message}.`);
      throw e;
    }
  }
}

/** The file's first bytes: a zip, not an old .xls, an encrypted workbook or text (bestandssoort.ts). */
async function controleerBestand(pad: string, naam: string): Promise<void> {
  let kop: Buffer;
  try {
    const fd = await fsp.open(pad, "r");
    try {
      kop = Buffer.alloc(4096);
      const { bytesRead } = await fd.read(kop, 0, kop.length, 0);
      kop = kop.subarray(0, bytesRead);
    } finally {
      await fd.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BanenFout("BESTAND_ONTBREEKT", { pad, verwacht: "een Excel-werkmap (.xlsx)" });
    if (code === "EISDIR") throw ongeldigBestand(`"${pad}" is een map, geen Excel-werkmap.`);
    throw ongeldigBestand(`"${pad}" kan niet worden gelezen (${reden(e)}).`);
  }
  // An OLE compound file (old .xls, or an encrypted workbook) is searched whole for its stream name.
  const ole = kop.length >= 8 && kop.readUInt32LE(0) === 0xe011cfd0;
  controleerWerkmapBytes(ole ? await fsp.readFile(pad) : kop, naam);
}

/**
 * Collects the cells of one sheet as the scanner hands them on (into a Kolomopslag) and makes the
 * Raster: with a table its range is known before the scan (rows and columns outside it are skipped
 * unread); without one, the used range is found on the way.
 */
class Verzamelaar {
  readonly opslag: Kolomopslag;
  private readonly tabelBereik: Bereik | null;

  constructor(
    private readonly blad: string,
    private readonly tabel: TabelDeel | null,
    teksten: Tekstblokken,
  ) {
    this.tabelBereik = tabel ? leesBereik(tabel.ref) : null;
    this.opslag = new Kolomopslag(teksten);
  }

  grenzen(): { kolommen?: { van: number; tot: number }; rijen?: { van: number; tot: number } } {
    const b = this.tabelBereik;
    if (!b) return {};
    return { kolommen: { van: b.links, tot: b.rechts }, rijen: { van: b.boven, tot: b.onder } };
  }

  einde(
    bestand: string,
    zonderWaarde: { rij: number; kolom: number; formule: string }[],
    samengevoegd: string[],
    compact: boolean,
  ): GelezenBlad {
    for (const z of zonderWaarde) this.opslag.neemOp(z.rij, z.kolom, z.kolom); // a cell without a result is not empty
    const bereik = this.bereik(zonderWaarde);
    if (!bereik) return { blad: this.blad, raster: null, problemen: [] };
    const { kopRij, eersteData, laatsteData, links, rechts, koppenUitTabel } = bereik;
    const breedte = rechts - links + 1;
    const koppen = koppenUitTabel
      ? Array.from({ length: breedte }, (_, i) => koppenUitTabel[i] ?? null)
      : this.opslag.rij(kopRij, links, breedte);
    const bron = this.opslag.rijen(eersteData, laatsteData, links, breedte);
    const rijen: unknown[][] = [];
    if (!compact) for (let i = 0; i < bron.aantal; i++) rijen.push(bron.rij(i) as unknown[]);
    const verborgenRijen = this.opslag.verborgen.filter((r) => r >= eersteData && r <= laatsteData);
    const problemen = this.problemen(
      zonderWaarde,
      samengevoegd,
      { boven: kopRij, links, onder: Math.max(laatsteData, kopRij), rechts },
      kopRij,
    );
    const gelezen = { boven: koppenUitTabel ? eersteData : kopRij, links, onder: laatsteData, rechts };
    const verslag = leegVerslag(bestand);
    verslag.beslissingen.push({
      vraag: "bereik",
      onderwerp: `blad "${this.blad}"`,
      antwoord: this.tabel ? `Excel-tabel "${this.tabel.naam}" (${bereikTekst(gelezen)})` : bereikTekst(gelezen),
      besluitbron: "automatisch",
      grond: this.tabel
        ? `de eerste Excel-tabel op het blad (${this.tabel.ref}${this.tabel.metTotaal ? ", zonder de totaalrij" : ""}${this.tabel.metKop ? "" : ", zonder koprij: de kolomnamen van de tabel zijn de koppen"})`
        : "het gebruikte bereik: van de eerste tot de laatste niet-lege rij en kolom",
    });
    const raster: Raster = { blad: this.blad, rijIndex: kopRij - 1, kolomIndex: links - 1, koppen, rijen, verborgenRijen, verslag };
    return { blad: this.blad, raster: compact ? { ...raster, bron } : raster, problemen };
  }

  /** Header row, data rows and columns: from the table, or the used range; trailing empty rows left out. */
  private bereik(zonderWaarde: readonly { rij: number; kolom: number }[]) {
    const t = this.tabel;
    const tb = this.tabelBereik;
    let kopRij: number;
    let onder: number;
    let koppenUitTabel: string[] | null = null;
    const g = this.opslag.gebruikt;
    if (t && tb) {
      kopRij = t.metKop ? tb.boven : tb.boven - 1;
      if (!t.metKop) koppenUitTabel = t.kolomnamen.map((n, i) => n || `Kolom${i + 1}`);
      onder = tb.onder - (t.metTotaal ? 1 : 0);
    } else {
      if (g.boven === Infinity) return null;
      kopRij = g.boven;
      onder = g.onder;
    }
    const links = t && tb ? tb.links : g.links;
    const rechts = t && tb ? tb.rechts : g.rechts;
    // The last row with a value in the columns read (a table may reach down to the last row of the sheet).
    let laatsteData = kopRij;
    for (let nr = Math.min(onder, g.onder); nr > kopRij; nr--) {
      if (this.opslag.isGevuld(nr)) {
        laatsteData = nr;
        break;
      }
    }
    for (const z of zonderWaarde) {
      if (z.rij > laatsteData && z.rij <= onder && z.kolom >= links && z.kolom <= rechts) laatsteData = z.rij;
    }
    return { kopRij, eersteData: kopRij + 1, laatsteData, links, rechts, koppenUitTabel };
  }

  private problemen(
    zonderWaarde: { rij: number; kolom: number; formule: string }[],
    samengevoegd: string[],
    gelezen: Bereik,
    kopRij: number,
  ): BanenFout[] {
    const blad = this.blad;
    const problemen: BanenFout[] = [];
    for (const z of zonderWaarde) {
      if (z.rij < gelezen.boven || z.rij > gelezen.onder || z.kolom < gelezen.links || z.kolom > gelezen.rechts) continue;
      problemen.push(
        new BanenFout("FORMULE_ZONDER_WAARDE", { formule: z.formule }, { blad, rij: z.rij, cel: `${kolomLetters(z.kolom)}${z.rij}` }),
      );
    }
    for (const ref of samengevoegd) {
      const m = leesBereik(ref);
      if (!m || m.onder < gelezen.boven || m.boven > gelezen.onder || m.rechts < gelezen.links || m.links > gelezen.rechts) continue;
      const deel = m.boven <= kopRij && kopRij <= m.onder ? "de kolomkoppen" : "de gegevens";
      problemen.push(new BanenFout("SAMENGEVOEGDE_CELLEN", { bereik: ref, deel }, { blad, rij: m.boven, cel: ref }));
    }
    // Problems in row order, as the user walks through the sheet.
    return problemen.sort((a, b) => (a.plaats.rij ?? 0) - (b.plaats.rij ?? 0));
  }
}

export { deelNaam };
