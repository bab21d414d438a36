/**
 * The one shared reader of input grids, for the task pane and the CLI: a
 * sheet or file read as a Raster goes in; the shape and columns are
 * recognised from the header row; every cell is checked; out comes a
 * Tabel1Invoer, or every problem as a BanenFout that names sheet, row, column
 * header and A1 cell. Pure: no Office, no I/O.
 *
 * Two shapes:
 * - "ministeries": one row per ministry with fte (or doel) and the three
 *   realisatie columns (formeel, Binnenwerk, inleen);
 * - "personen": one row per employee (ministerie, soort dienstverband, uren
 *   or banen, optionally a periode), with a second grid of fte per ministry.
 *
 * Units: a realisatie column is in uren per week, per kwartaal or per jaar, or
 * in banen; its header says which ("formeel uren", "inleen uren per
 * kwartaal", "formeel banen"). A header without a unit is an error, never a
 * guess: 1.000 banen read as hours would silently be 39 banen.
 *
 * Rows: empty rows after the data are ignored (a sheet may report a million of
 * them). Empty rows between the data are skipped and counted in the summary:
 * they carry nothing that could count, and users leave them to group rows.
 * Hidden or filtered rows with data are errors (VERBORGEN_RIJ): they would
 * count without the user seeing them.
 */
import { Decimal, NUL } from "./decimaal";
import { leesPeriode, type Periode, urenPerBaan } from "./eenheden";
import { BanenFout, type Plaats } from "./fouten";
import { celAdres, gevuldeLengte, isLeeg, isLegeRij, kolomLetters, leesGetalCel, leesTekstCel, normaleKop } from "./invoer-cel";
import type { Hoeveelheid, MinisterieInvoer, NietToegedeeldInvoer, Tabel1Invoer } from "./tabel1";

/**
 * A rectangular block of cells as read from a sheet or a file: a header row
 * and the data rows below it. Positions are kept so that every error can name
 * the sheet, the row, the column header and the A1 cell the user sees.
 */
export interface Raster {
  /** Sheet name (Excel) or file name (CSV/JSON). */
  blad: string;
  /** 0-based sheet row of the header row; data row i is sheet row rijIndex + 2 + i (1-based). */
  rijIndex: number;
  /** 0-based sheet column of the first column. */
  kolomIndex: number;
  /** Header row values, as read. */
  koppen: unknown[];
  /** Data rows below the header, cell values as read (numbers, strings, Dates, null...). */
  rijen: unknown[][];
  /** Data rows that are hidden or filtered out: 1-based sheet row numbers, ascending. */
  verborgenRijen?: number[];
}

export type Vorm = "ministeries" | "personen";

/** Unit of a realisatie column. */
export type Eenheid = "banen" | "uren-week" | "uren-kwartaal" | "uren-jaar";

export interface Veld {
  sleutel: string;
  label: string;
  verplicht: boolean;
  /** A quantity whose unit (uren per period, or banen) comes from the header of its column. */
  metEenheid?: boolean;
}

/** Field → 0-based column within the grid, or null (not present). */
export type Toewijzing = Readonly<Record<string, number | null>>;
/** Field → unit, for the fields with a unit; null when the header names none. */
export type Eenheden = Readonly<Record<string, Eenheid | null>>;

export interface Kolomkeuze {
  velden: Veld[];
  toewijzing: Toewijzing;
  /** The unit each assigned quantity column has, read from its header. */
  eenheden: Eenheden;
  /** Header of every column as the user sees it: "B: ministerie". */
  kolommen: string[];
  /** Fields whose header pattern matches more than one column: field → 0-based columns. */
  dubbel: Readonly<Record<string, number[]>>;
}

export interface Herkenning {
  /** The shape the header row suggests; null when it fits neither. */
  vorm: Vorm | null;
  per: Record<Vorm, Kolomkeuze>;
}

export type Gelezen = { ok: true; invoer: Tabel1Invoer; samenvatting: string; legeRijen: number } | { ok: false; fouten: BanenFout[] };

export interface InvoerVraag {
  /** Quarter of the realisatie, e.g. "2023Q2" (checked by the model). */
  kwartaal: string;
  vorm: Vorm;
  hoofd: Raster;
  toewijzing: Toewijzing;
  /** Units chosen by the user; by default each column's header decides. */
  eenheden?: Partial<Eenheden>;
  /** For "personen": fte (or doel) per ministry. */
  fte?: Raster | null;
  fteToewijzing?: Toewijzing | null;
}

interface VeldDef extends Veld {
  namen: RegExp;
  /** A header that would be recognised, for messages. */
  voorbeeld: string;
}

const MINISTERIE: VeldDef = {
  sleutel: "ministerie",
  label: "Ministerie",
  verplicht: true,
  namen: /^(ministerie|organisatie|onderdeel|departement)s?$/,
  voorbeeld: "ministerie",
};
const FTE: VeldDef = { sleutel: "fte", label: "Fte (1e kwartaal)", verplicht: false, namen: /^fte\b/, voorbeeld: "fte" };
const DOEL: VeldDef = { sleutel: "doel", label: "Doel (banen)", verplicht: false, namen: /^doel\b/, voorbeeld: "doel" };
const TOEGEDEELD: VeldDef = {
  sleutel: "toegedeeld",
  label: "Toegedeeld aan ministerie (ja/nee)",
  verplicht: false,
  namen: /^toegedeeld\b/,
  voorbeeld: "toegedeeld",
};
const VOETNOOT: VeldDef = { sleutel: "voetnoot", label: "Voetnoot", verplicht: false, namen: /^voetnoot\b/, voorbeeld: "voetnoot" };

/** The realisatie columns; "Formele dienstverbanden: Binnenwerk" is Binnenwerk, "…, excl. Binnenwerk" is formeel. */
const DELEN = ["formeel", "binnenwerk", "inleen"] as const;
type Deel = (typeof DELEN)[number];

const VELDEN: Record<Vorm | "fte", VeldDef[]> = {
  ministeries: [
    MINISTERIE,
    FTE,
    DOEL,
    {
      sleutel: "formeel",
      label: "Formele dienstverbanden (uren of banen)",
      verplicht: true,
      metEenheid: true,
      namen: /^formee?le?\b(?!.*:\s*binnenwerk)/,
      voorbeeld: "formeel uren",
    },
    {
      sleutel: "binnenwerk",
      label: "Binnenwerk (uren of banen)",
      verplicht: true,
      metEenheid: true,
      namen: /^(formele dienstverbanden:\s*)?binnenwerk\b/,
      voorbeeld: "binnenwerk uren",
    },
    {
      sleutel: "inleen",
      label: "Inleenverbanden (uren of banen)",
      verplicht: true,
      metEenheid: true,
      namen: /^inleen/,
      voorbeeld: "inleen uren",
    },
    TOEGEDEELD,
    VOETNOOT,
  ],
  personen: [
    MINISTERIE,
    {
      sleutel: "soort",
      label: "Soort dienstverband",
      verplicht: true,
      namen: /^(soort( dienstverband)?|(type )?dienstverband)$/,
      voorbeeld: "soort dienstverband",
    },
    { sleutel: "uren", label: "Uren of banen", verplicht: true, metEenheid: true, namen: /^(uren|banen)\b/, voorbeeld: "uren per week" },
    { sleutel: "periode", label: "Periode van de uren (week/kwartaal/jaar)", verplicht: false, namen: /^periode$/, voorbeeld: "periode" },
  ],
  fte: [MINISTERIE, FTE, DOEL, TOEGEDEELD, VOETNOOT],
};

/** Fields of a shape, without their patterns (e.g. for the pane's column choice). */
export function veldenVan(vorm: Vorm | "fte"): Veld[] {
  return VELDEN[vorm].map(({ sleutel, label, verplicht, metEenheid }) => ({
    sleutel,
    label,
    verplicht,
    ...(metEenheid ? { metEenheid } : {}),
  }));
}

/** The unit a header names: "uren per kwartaal" → uren-kwartaal, "formeel banen" → banen; null when none. */
export function eenheidUitKop(kop: unknown): Eenheid | null {
  const k = normaleKop(kop);
  if (/\b(banen|baan|voltijdswaarden?)\b/.test(k)) return "banen";
  if (/\b(uren|uur)\b/.test(k)) {
    if (/\b(kwartaal|kw)\b/.test(k)) return "uren-kwartaal";
    if (/\bjaar\b/.test(k)) return "uren-jaar";
    return "uren-week";
  }
  return null;
}

function keuze(raster: Raster, defs: VeldDef[]): Kolomkeuze {
  const koppen = raster.koppen.map(normaleKop);
  const toewijzing: Record<string, number | null> = {};
  const eenheden: Record<string, Eenheid | null> = {};
  const dubbel: Record<string, number[]> = {};
  const bezet = new Set<number>();
  for (const d of defs) {
    const passend = koppen.flatMap((k, i) => (d.namen.test(k) && !bezet.has(i) ? [i] : []));
    const i = passend[0];
    toewijzing[d.sleutel] = i ?? null;
    if (i !== undefined) bezet.add(i);
    if (passend.length > 1) dubbel[d.sleutel] = passend;
    if (d.metEenheid) eenheden[d.sleutel] = i === undefined ? null : eenheidUitKop(raster.koppen[i]);
  }
  return {
    velden: defs.map(({ sleutel, label, verplicht, metEenheid }) => ({ sleutel, label, verplicht, ...(metEenheid ? { metEenheid } : {}) })),
    toewijzing,
    eenheden,
    kolommen: raster.koppen.map((k, i) => `${kolomLetters(raster.kolomIndex + i)}: ${String(k ?? "")}`),
    dubbel,
  };
}

const volledig = (k: Kolomkeuze) => k.velden.every((v) => !v.verplicht || k.toewijzing[v.sleutel] !== null);

/** Recognises the shape of the main grid and its columns from the header row. */
export function herkenHoofd(raster: Raster): Herkenning {
  const per = { ministeries: keuze(raster, VELDEN.ministeries), personen: keuze(raster, VELDEN.personen) };
  return { vorm: volledig(per.personen) ? "personen" : volledig(per.ministeries) ? "ministeries" : null, per };
}

/** Recognises the columns of the fte grid that goes with person rows. */
export function herkenFte(raster: Raster): Herkenning {
  const fte = keuze(raster, VELDEN.fte);
  return { vorm: "ministeries", per: { ministeries: fte, personen: fte } };
}

/**
 * The grid with its real header row: when the first row is not recognised
 * (a title above the table), the first of the next rows that is becomes the
 * header. Only the top rows are looked at.
 */
export function metKopRij(raster: Raster, herken: (r: Raster) => Herkenning = herkenHoofd, zoekRijen = 20): Raster {
  if (herken(raster).vorm !== null) return raster;
  for (let i = 0; i < Math.min(zoekRijen, raster.rijen.length); i++) {
    const kandidaat: Raster = {
      ...raster,
      rijIndex: raster.rijIndex + 1 + i,
      koppen: raster.rijen[i] ?? [],
      rijen: raster.rijen.slice(i + 1),
      verborgenRijen: raster.verborgenRijen?.filter((r) => r > raster.rijIndex + 2 + i),
    };
    if (herken(kandidaat).vorm !== null) return kandidaat;
  }
  return raster;
}

/** A data row of a grid, with the place of each of its cells. */
interface Rij {
  /** 1-based sheet row. */
  nr: number;
  waarde(sleutel: string): unknown;
  plaats(sleutel: string): Plaats;
  heeft(sleutel: string): boolean;
}

/** The non-empty data rows (trailing empty rows never looked at), and how many empty rows lay between them. */
function dataRijen(raster: Raster, toewijzing: Toewijzing, labels: Record<string, string>): { rijen: Rij[]; leeg: number } {
  const eind = gevuldeLengte(raster.rijen);
  const rijen: Rij[] = [];
  let leeg = 0;
  for (let i = 0; i < eind; i++) {
    const cellen = raster.rijen[i]!;
    if (isLegeRij(cellen)) {
      leeg++;
      continue;
    }
    const nr = raster.rijIndex + 2 + i;
    rijen.push({
      nr,
      waarde: (s) => {
        const k = toewijzing[s];
        return k === null || k === undefined ? undefined : cellen[k];
      },
      heeft: (s) => toewijzing[s] !== null && toewijzing[s] !== undefined,
      plaats: (s) => {
        const k = toewijzing[s];
        if (k === null || k === undefined) return { blad: raster.blad, rij: nr, kolom: labels[s] ?? s };
        const kop = String(raster.koppen[k] ?? "").trim();
        return { blad: raster.blad, rij: nr, kolom: kop || labels[s] || s, cel: celAdres(nr - 1, raster.kolomIndex + k) };
      },
    });
  }
  return { rijen, leeg };
}

/** Hidden or filtered rows that hold data: one error each (they would count without being seen). */
export function verborgenFouten(raster: Raster): BanenFout[] {
  if (!raster.verborgenRijen?.length) return [];
  const eind = raster.rijIndex + 1 + gevuldeLengte(raster.rijen);
  return raster.verborgenRijen
    .filter((r) => r <= eind && !isLegeRij(raster.rijen[r - raster.rijIndex - 2]))
    .map((rij) => new BanenFout("VERBORGEN_RIJ", {}, { blad: raster.blad, rij, cel: celAdres(rij - 1, raster.kolomIndex) }));
}

const JA = new Set(["", "ja", "j", "waar", "true", "yes", "y", "1"]);
const NEE = new Set(["nee", "n", "onwaar", "false", "no", "0"]);

const SOORTEN: Record<string, Deel> = {
  formeel: "formeel",
  "formele dienstverbanden": "formeel",
  "formeel dienstverband": "formeel",
  "formele dienstverband": "formeel",
  binnenwerk: "binnenwerk",
  inleen: "inleen",
  inleenverband: "inleen",
  inleenverbanden: "inleen",
};

const PERIODE_VAN: Record<Exclude<Eenheid, "banen">, Periode> = { "uren-week": "week", "uren-kwartaal": "kwartaal", "uren-jaar": "jaar" };

/** A quantity as the model takes it: banen as they are, hours with their period. */
function hoeveelheid(waarde: Decimal, eenheid: Eenheid): Hoeveelheid {
  return eenheid === "banen" ? waarde : { uren: waarde, periode: PERIODE_VAN[eenheid] };
}

/** Hours over a year for any unit: an exact multiplication (a week is 1/52 year, a kwartaal 1/4, a baan 1.326 uren per jaar). */
function jaarUren(waarde: Decimal, eenheid: Eenheid): Decimal {
  const perBaan = eenheid === "banen" ? new Decimal(1) : urenPerBaan(PERIODE_VAN[eenheid]);
  return waarde.times(urenPerBaan("jaar")).dividedBy(perBaan);
}

/** Totals per ministry and dienstverband; one unit stays that unit, mixed units become hours per year. */
class Optelling {
  private readonly per = new Map<MinisterieInvoer, Record<Deel, { som: Decimal; jaar: Decimal; eenheden: Set<Eenheid> }>>();

  tel(rij: MinisterieInvoer, deel: Deel, waarde: Decimal, eenheid: Eenheid): void {
    let t = this.per.get(rij);
    if (!t) {
      const nieuw = () => ({ som: NUL, jaar: NUL, eenheden: new Set<Eenheid>() });
      t = { formeel: nieuw(), binnenwerk: nieuw(), inleen: nieuw() };
      this.per.set(rij, t);
    }
    const d = t[deel];
    d.som = d.som.plus(waarde);
    d.jaar = d.jaar.plus(jaarUren(waarde, eenheid));
    d.eenheden.add(eenheid);
  }

  zetIn(): void {
    for (const [rij, t] of this.per) {
      for (const deel of DELEN) {
        const d = t[deel];
        const [enige] = d.eenheden;
        rij[deel] = d.eenheden.size === 1 && enige ? hoeveelheid(d.som, enige) : hoeveelheid(d.jaar, "uren-jaar");
      }
    }
  }
}

/**
 * Turns the grid(s) and the column choice into a Tabel1Invoer, or lists every
 * problem (missing columns, bad cells, duplicates, unknown names, hidden rows).
 */
export function maakInvoer(vraag: InvoerVraag): Gelezen {
  const fouten: BanenFout[] = [];
  const probeer = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof BanenFout) {
        fouten.push(e);
        return undefined;
      }
      throw e;
    }
  };
  const labels = (defs: VeldDef[]) => Object.fromEntries(defs.map((d) => [d.sleutel, d.label]));

  const ontbreekt = (defs: VeldDef[], t: Toewijzing, r: Raster) => {
    for (const d of defs) {
      if (d.verplicht && (t[d.sleutel] === null || t[d.sleutel] === undefined)) {
        fouten.push(
          new BanenFout(
            "ONTBREKENDE_KOLOM",
            { kolom: d.label, verwacht: `met de kop "${d.voorbeeld}"` },
            { blad: r.blad, rij: r.rijIndex + 1, cel: kopBereik(r) },
          ),
        );
      }
    }
  };
  /** The unit of a quantity field: the user's choice, else its column header. */
  const eenheidVan = (sleutel: string, voorbeeld: string, t: Toewijzing, r: Raster): Eenheid | null => {
    const gekozen = vraag.eenheden?.[sleutel];
    if (gekozen) return gekozen;
    const k = t[sleutel];
    if (k === null || k === undefined) return null;
    const eenheid = eenheidUitKop(r.koppen[k]);
    if (!eenheid) {
      const kop = String(r.koppen[k] ?? "").trim();
      fouten.push(
        new BanenFout(
          "ONBEKENDE_EENHEID",
          { kolom: kop, voorbeeld },
          { blad: r.blad, rij: r.rijIndex + 1, kolom: kop, cel: celAdres(r.rijIndex, r.kolomIndex + k) },
        ),
      );
    }
    return eenheid;
  };

  // Hidden rows are reported with the rest, but do not stop the rows from being checked.
  const verborgen = [...verborgenFouten(vraag.hoofd), ...(vraag.fte ? verborgenFouten(vraag.fte) : [])];

  /** A row with ministerie, fte/doel, toegedeeld, voetnoot: a ministry row, a doel-only row, or null. */
  const metaRij = (rij: Rij, ministeries: MinisterieInvoer[], niet: NietToegedeeldInvoer[], gezien: Map<string, number>) => {
    const naam = probeer(() => leesTekstCel(rij.waarde("ministerie"), rij.plaats("ministerie"), "de naam van een ministerie"));
    if (naam === undefined) return null;
    if (!naam) {
      fouten.push(new BanenFout("LEEG_MINISTERIE", {}, rij.plaats("ministerie")));
      return null;
    }
    const sleutel = naam.toLocaleLowerCase("nl");
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam, eerder }, rij.plaats("ministerie")));
      return null;
    }
    gezien.set(sleutel, rij.nr);
    const fte = probeer(() => leesGetalCel(rij.waarde("fte"), rij.plaats("fte"), undefined));
    const doel = probeer(() => leesGetalCel(rij.waarde("doel"), rij.plaats("doel"), undefined));
    if (isLeeg(rij.waarde("fte")) && isLeeg(rij.waarde("doel"))) {
      fouten.push(new BanenFout("GEEN_DOEL_OF_FTE", {}, rij.heeft("fte") || !rij.heeft("doel") ? rij.plaats("fte") : rij.plaats("doel")));
    }
    const toegedeeldTekst = probeer(() => leesTekstCel(rij.waarde("toegedeeld"), rij.plaats("toegedeeld"), "ja of nee"));
    const keuzeTekst = (toegedeeldTekst ?? "").toLocaleLowerCase("nl");
    if (toegedeeldTekst !== undefined && !JA.has(keuzeTekst) && !NEE.has(keuzeTekst)) {
      fouten.push(new BanenFout("ONGELDIGE_KEUZE", { waarde: toegedeeldTekst, verwacht: "ja of nee" }, rij.plaats("toegedeeld")));
    }
    const toegedeeld = !NEE.has(keuzeTekst);
    if (toegedeeld && /^totaal\b/i.test(naam)) {
      fouten.push(new BanenFout("TOTAALRIJ_IN_INVOER", { naam }, rij.plaats("ministerie")));
      return null;
    }
    const voetnoot = probeer(() => leesTekstCel(rij.waarde("voetnoot"), rij.plaats("voetnoot"), "een tekst")) || undefined;
    // The model takes fte first; a doel only counts when no fte is given.
    const basis = { fte, doel: fte === undefined ? doel : undefined, voetnoot, rij: rij.nr };
    if (!toegedeeld) {
      niet.push({ omschrijving: naam, ...basis });
      return { naam, toegedeeld, rij: null };
    }
    const m: MinisterieInvoer = { ministerie: naam, ...basis, formeel: NUL, binnenwerk: NUL, inleen: NUL };
    ministeries.push(m);
    return { naam, toegedeeld, rij: m };
  };

  const ministeries: MinisterieInvoer[] = [];
  const niet: NietToegedeeldInvoer[] = [];
  let samenvatting = "";
  let legeRijen = 0;
  const nietTekst = () => (niet.length ? ` en ${niet.length} niet toegedeelde rij(en)` : "");

  if (vraag.vorm === "ministeries") {
    const defs = VELDEN.ministeries;
    ontbreekt(defs, vraag.toewijzing, vraag.hoofd);
    const eenheden = Object.fromEntries(
      defs.filter((d) => d.metEenheid).map((d) => [d.sleutel, eenheidVan(d.sleutel, d.voorbeeld, vraag.toewijzing, vraag.hoofd)]),
    );
    if (fouten.length === 0) {
      const { rijen, leeg } = dataRijen(vraag.hoofd, vraag.toewijzing, labels(defs));
      legeRijen = leeg;
      if (rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.hoofd.blad, rij: vraag.hoofd.rijIndex + 1 }));
      const gezien = new Map<string, number>();
      for (const rij of rijen) {
        const meta = metaRij(rij, ministeries, niet, gezien);
        if (!meta) continue;
        for (const deel of DELEN) {
          const w = probeer(() => leesGetalCel(rij.waarde(deel), rij.plaats(deel), NUL));
          if (w === undefined) continue;
          if (!meta.rij) {
            if (!w.isZero()) fouten.push(new BanenFout("REALISATIE_NIET_TOEGEDEELD", { naam: meta.naam }, rij.plaats(deel)));
            continue;
          }
          meta.rij[deel] = hoeveelheid(w, eenheden[deel]!);
        }
      }
    }
    samenvatting = `${ministeries.length} ministeries${nietTekst()}.`;
  } else {
    const defs = VELDEN.personen;
    ontbreekt(defs, vraag.toewijzing, vraag.hoofd);
    const urenDef = defs.find((d) => d.sleutel === "uren")!;
    const eenheid = eenheidVan("uren", urenDef.voorbeeld, vraag.toewijzing, vraag.hoofd);
    if (!vraag.fte || !vraag.fteToewijzing) {
      fouten.push(new BanenFout("ONTBREKENDE_KOLOM", { kolom: "fte", verwacht: "in een tweede tabel met fte per ministerie" }, {}));
    } else {
      ontbreekt(VELDEN.fte, vraag.fteToewijzing, vraag.fte);
    }
    let personen = 0;
    if (fouten.length === 0 && vraag.fte && vraag.fteToewijzing && eenheid) {
      const fteRijen = dataRijen(vraag.fte, vraag.fteToewijzing, labels(VELDEN.fte));
      if (fteRijen.rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.fte.blad, rij: vraag.fte.rijIndex + 1 }));
      const gezien = new Map<string, number>();
      for (const rij of fteRijen.rijen) metaRij(rij, ministeries, niet, gezien);
      const perNaam = new Map(ministeries.map((m) => [m.ministerie.toLocaleLowerCase("nl"), m]));
      const bekend = bekendeNamen(ministeries.map((m) => m.ministerie));
      const optelling = new Optelling();
      const { rijen, leeg } = dataRijen(vraag.hoofd, vraag.toewijzing, labels(defs));
      legeRijen = leeg + fteRijen.leeg;
      if (rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.hoofd.blad, rij: vraag.hoofd.rijIndex + 1 }));
      personen = rijen.length;
      for (const rij of rijen) {
        const naam = probeer(() => leesTekstCel(rij.waarde("ministerie"), rij.plaats("ministerie"), "de naam van een ministerie"));
        const soortTekst = probeer(() => leesTekstCel(rij.waarde("soort"), rij.plaats("soort"), "formeel, Binnenwerk of inleen"));
        const soort = soortTekst === undefined ? undefined : SOORTEN[soortTekst.toLocaleLowerCase("nl").replace(/\s+/g, " ")];
        if (soortTekst !== undefined && !soort)
          fouten.push(new BanenFout("ONBEKEND_DIENSTVERBAND", { waarde: soortTekst }, rij.plaats("soort")));
        const waarde = probeer(() => leesGetalCel(rij.waarde("uren"), rij.plaats("uren"), undefined));
        if (waarde === undefined && isLeeg(rij.waarde("uren"))) fouten.push(new BanenFout("LEEG", {}, rij.plaats("uren")));
        let rijEenheid: Eenheid | undefined = eenheid;
        if (eenheid !== "banen" && !isLeeg(rij.waarde("periode"))) {
          const periode = probeer(() =>
            leesPeriode(leesTekstCel(rij.waarde("periode"), rij.plaats("periode"), "week, kwartaal of jaar"), rij.plaats("periode")),
          );
          rijEenheid = periode === undefined ? undefined : (`uren-${periode}` as Eenheid);
        }
        if (naam === undefined) continue;
        if (!naam) {
          fouten.push(new BanenFout("LEEG_MINISTERIE", {}, rij.plaats("ministerie")));
          continue;
        }
        const m = perNaam.get(naam.toLocaleLowerCase("nl"));
        if (!m) {
          fouten.push(new BanenFout("ONBEKEND_MINISTERIE", { naam, bekend }, rij.plaats("ministerie")));
          continue;
        }
        if (!soort || waarde === undefined || !rijEenheid) continue;
        optelling.tel(m, soort, waarde, rijEenheid);
      }
      optelling.zetIn();
    }
    samenvatting = `${personen} medewerkers in ${ministeries.length} ministeries${nietTekst()}.`;
  }
  if (legeRijen > 0) samenvatting += ` ${legeRijen} lege rij(en) tussen de gegevens overgeslagen.`;
  if (fouten.length > 0 || verborgen.length > 0) return { ok: false, fouten: [...verborgen, ...fouten] };
  return { ok: true, invoer: { kwartaal: vraag.kwartaal, ministeries, nietToegedeeld: niet }, samenvatting, legeRijen };
}

/**
 * Recognises and reads in one go (the CLI, where nobody picks columns): finds
 * the header row, the shape and the columns; a column pattern that matches
 * two columns is an error rather than a guess.
 */
export function leesInvoer(vraag: { kwartaal: string; hoofd: Raster; fte?: Raster | null }): Gelezen {
  const hoofd = metKopRij(vraag.hoofd);
  const herkenning = herkenHoofd(hoofd);
  const vorm = herkenning.vorm ?? dichtstbij(herkenning);
  const fte = vraag.fte ? metKopRij(vraag.fte, herkenFteVolledig) : null;
  const fteKeuze = fte ? herkenFte(fte).per.ministeries : null;
  const fouten = [...dubbeleKolommen(hoofd, herkenning.per[vorm]), ...(fte && fteKeuze ? dubbeleKolommen(fte, fteKeuze) : [])];
  const gelezen = maakInvoer({
    kwartaal: vraag.kwartaal,
    vorm,
    hoofd,
    toewijzing: herkenning.per[vorm].toewijzing,
    fte,
    fteToewijzing: fteKeuze?.toewijzing,
  });
  if (fouten.length === 0) return gelezen;
  return { ok: false, fouten: [...fouten, ...(gelezen.ok ? [] : gelezen.fouten)] };
}

/** Like herkenFte, but with vorm null when the required columns are missing (to find its header row). */
function herkenFteVolledig(raster: Raster): Herkenning {
  const h = herkenFte(raster);
  return volledig(h.per.ministeries) ? h : { ...h, vorm: null };
}

/** The shape with the most required columns found (ties: ministeries), for messages about what is missing. */
function dichtstbij(h: Herkenning): Vorm {
  const gevonden = (v: Vorm) => h.per[v].velden.filter((veld) => veld.verplicht && h.per[v].toewijzing[veld.sleutel] !== null).length;
  return gevonden("personen") > gevonden("ministeries") ? "personen" : "ministeries";
}

function dubbeleKolommen(raster: Raster, k: Kolomkeuze): BanenFout[] {
  return Object.entries(k.dubbel).map(([sleutel, kolommen]) => {
    const kop = String(raster.koppen[kolommen[0]!] ?? sleutel).trim();
    return new BanenFout(
      "DUBBELE_KOLOM",
      { kolom: kop, kolommen: kolommen.map((i) => kolomLetters(raster.kolomIndex + i)).join(" en ") },
      { blad: raster.blad, rij: raster.rijIndex + 1, kolom: kop, cel: celAdres(raster.rijIndex, raster.kolomIndex + kolommen[0]!) },
    );
  });
}

function kopBereik(r: Raster): string {
  const breedte = Math.max(1, r.koppen.length);
  const links = celAdres(r.rijIndex, r.kolomIndex);
  return breedte === 1 ? links : `${links}:${celAdres(r.rijIndex, r.kolomIndex + breedte - 1)}`;
}

/** The names a message can list: all of them when few, else the first ones and how many more. */
function bekendeNamen(namen: string[]): string {
  const MAX = 20;
  return namen.length <= MAX ? namen.join(", ") : `${namen.slice(0, MAX).join(", ")} en nog ${namen.length - MAX}`;
}

/** A quarter in a sheet, table or file name: "personen 2023Q2", "Tabel_2023-Q2", "q2-2023.csv" → "2023Q2". */
export function kwartaalUitNaam(naam: string): string | null {
  const m = /(20\d\d)\s*[-_ ]?\s*Q([1-4])/i.exec(naam) ?? /Q([1-4])\s*[-_ ]?\s*(20\d\d)/i.exec(naam);
  if (!m) return null;
  return m[1]!.length === 4 ? `${m[1]}Q${m[2]}` : `${m[2]}Q${m[1]}`;
}
