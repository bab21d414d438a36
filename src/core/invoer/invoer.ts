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
import { NUL } from "../basis/decimaal";
import { formatteerGetal } from "../basis/getal";
import { leesPeriode } from "../eenheden/eenheden";
import { BanenFout, foutenVerzamelaar, kort, type Plaats } from "../basis/fouten";
import { celAdres, gevuldeLengte, isLeeg, isLegeRij, leesGetalCel, leesTekstCel, ministerieNaam, naamSleutel } from "./cel";
import {
  DELEN,
  dichtstbij,
  dubbeleKolommen,
  type Eenheden,
  type Eenheid,
  eenheidUitKop,
  herkenFteVolledig,
  herkenFte,
  herkenHoofd,
  kopBereik,
  metKopRij,
  type Toewijzing,
  type VeldDef,
  VELDEN,
  type Vorm,
} from "./herken";
import { hoeveelheid, Optelling } from "./optelling";
import type { MinisterieInvoer, NietToegedeeldInvoer, Tabel1Invoer } from "../tabel1/tabel1";
import { leegVerslag, type Leesverslag } from "./leesverslag";
import { herkenSoort, type Soort } from "../regels/soorten";
import { BuitenQuotum } from "./buiten-quotum";
import { type Decimaalteken, metGetalnotatie } from "./getalnotatie";
import type { Raster } from "./raster";

export type { Raster } from "./raster";

export {
  eenheidUitKop,
  herkenFte,
  herkenHoofd,
  kwartaalUitNaam,
  metKopRij,
  veldenVan,
  type Eenheden,
  type Eenheid,
  type Herkenning,
  type Kolomkeuze,
  type Toewijzing,
  type Veld,
  type Vorm,
} from "./herken";

/** The result of reading; `verslagen` has one reading report per input grid (main grid, then the fte grid). */
export type Gelezen =
  | { ok: true; invoer: Tabel1Invoer; samenvatting: string; legeRijen: number; verslagen?: Leesverslag[] }
  | { ok: false; fouten: BanenFout[]; verslagen?: Leesverslag[] };

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
  /** The decimal mark of text numbers, when the user settled it (CLI --decimaalteken, a choice in the pane); else decided from the cells. */
  decimaalteken?: Decimaalteken;
}

/** A data row of a grid, with the place of each of its cells. */
interface Rij {
  /** 1-based sheet row. */
  nr: number;
  waarde(sleutel: string): unknown;
  plaats(sleutel: string): Plaats;
  heeft(sleutel: string): boolean;
}

/** One data row: its cells and where they are; the place of a cell is only made when asked (for a message). */
class RasterRij implements Rij {
  constructor(
    private readonly raster: Raster,
    private readonly toewijzing: Toewijzing,
    private readonly labels: Record<string, string>,
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
    rijen.push(new RasterRij(raster, toewijzing, labels, cellen, raster.rijIndex + 2 + i));
  }
  return { rijen, leeg };
}

/** A plain number of 0 or more as a cell holds it: leesGetalCel would take it as it is, so it needs no checks or Decimal. */
function gewoonGetal(w: unknown): w is number {
  return typeof w === "number" && w >= 0 && w < Infinity;
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
/** In the doelgroepregister: an explicit yes (an empty cell is no evidence of registration). */
const JA_REGISTER = new Set(["ja", "j", "waar", "true", "yes", "y", "1"]);
const NEE = new Set(["nee", "n", "onwaar", "false", "no", "0"]);

/**
 * Turns the grid(s) and the column choice into a Tabel1Invoer, or lists every
 * problem (missing columns, bad cells, duplicates, unknown names, hidden rows).
 */
export function maakInvoer(gevraagd: InvoerVraag): Gelezen {
  const { fouten, probeer } = foutenVerzamelaar();
  const vraag = metNotaties(gevraagd, probeer, fouten);
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
    const tekst = probeer(() => leesTekstCel(rij.waarde("ministerie"), rij.plaats("ministerie"), "de naam van een ministerie"));
    if (tekst === undefined) return null;
    const naam = ministerieNaam(tekst);
    if (!naam) {
      fouten.push(new BanenFout("LEEG_MINISTERIE", {}, rij.plaats("ministerie")));
      return null;
    }
    const sleutel = naamSleutel(naam);
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
  const nietTekst = () => (niet.length ? ` en ${aantal(niet.length, "niet toegedeelde rij", "niet toegedeelde rijen")}` : "");

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
    samenvatting = `${aantal(ministeries.length, "ministerie", "ministeries")}${nietTekst()}.`;
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
    let nietMee: BuitenQuotum | null = null;
    if (fouten.length === 0 && vraag.fte && vraag.fteToewijzing && eenheid) {
      const fteRijen = dataRijen(vraag.fte, vraag.fteToewijzing, labels(VELDEN.fte));
      if (fteRijen.rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.fte.blad, rij: vraag.fte.rijIndex + 1 }));
      const gezien = new Map<string, number>();
      for (const rij of fteRijen.rijen) metaRij(rij, ministeries, niet, gezien);
      const perNaam = new Map(ministeries.map((m) => [naamSleutel(m.ministerie), m]));
      const bekend = bekendeNamen(ministeries.map((m) => m.ministerie));
      const optelling = new Optelling();
      // Up to hundreds of thousands of rows: one plain pass over the cells. The place of a cell (for a message)
      // is only made for a cell that is not plain text or a plain number; a text seen before is looked up once
      // (a few ministries and soorten: names cleaned and compared, soorten recognised, once per distinct text);
      // hours are added exactly without a Decimal per row (ExacteSom).
      const hoofd = vraag.hoofd;
      const t = vraag.toewijzing;
      const lbl = labels(defs);
      const kolom = (s: string): number => t[s] ?? -1;
      const [kM, kS, kU, kP] = [kolom("ministerie"), kolom("soort"), kolom("uren"), kolom("periode")];
      const plaatsOp = (i: number, s: string) => new RasterRij(hoofd, t, lbl, hoofd.rijen[i]!, hoofd.rijIndex + 2 + i).plaats(s);
      const tekst = (i: number, w: unknown, sleutel: string, verwacht: string): string | undefined => {
        if (typeof w === "string") {
          const getrimd = w.trim();
          if (getrimd.charCodeAt(0) !== 35) return getrimd; // no "#": no error value, so leesTekstCel gives the same
        }
        return probeer(() => leesTekstCel(w, plaatsOp(i, sleutel), verwacht));
      };
      const soortVan = new Map<string, Soort | undefined>();
      const buiten = new BuitenQuotum();
      const kR = kolom("register");
      const ministerieVan = new Map<string, { naam: string; m: MinisterieInvoer | undefined }>();
      const eind = gevuldeLengte(hoofd.rijen);
      let leeg = 0;
      for (let i = 0; i < eind; i++) {
        const cellen = hoofd.rijen[i]!;
        if (isLegeRij(cellen)) {
          leeg++;
          continue;
        }
        personen++;
        const naamTekst = tekst(i, kM < 0 ? undefined : cellen[kM], "ministerie", "de naam van een ministerie");
        let ministerie = naamTekst === undefined ? undefined : ministerieVan.get(naamTekst);
        if (naamTekst !== undefined && !ministerie) {
          const naam = ministerieNaam(naamTekst);
          ministerie = { naam, m: naam ? perNaam.get(naamSleutel(naam)) : undefined };
          ministerieVan.set(naamTekst, ministerie);
        }
        const soortTekst = tekst(i, kS < 0 ? undefined : cellen[kS], "soort", "formeel, Binnenwerk of inleen");
        let soort: Soort | undefined;
        if (soortTekst !== undefined) {
          soort = soortVan.get(soortTekst);
          if (soort === undefined && !soortVan.has(soortTekst)) {
            soort = herkenSoort(soortTekst); // the vocabulary with its sources: core/regels/soorten.ts
            soortVan.set(soortTekst, soort);
          }
          if (!soort) fouten.push(new BanenFout("ONBEKEND_DIENSTVERBAND", { waarde: soortTekst }, plaatsOp(i, "soort")));
        }
        const cel = kU < 0 ? undefined : cellen[kU];
        const waarde = gewoonGetal(cel) ? cel : probeer(() => leesGetalCel(cel, plaatsOp(i, "uren"), undefined));
        if (waarde === undefined && isLeeg(cel)) fouten.push(new BanenFout("LEEG", {}, plaatsOp(i, "uren")));
        let rijEenheid: Eenheid | undefined = eenheid;
        const periodeCel = kP < 0 ? undefined : cellen[kP];
        if (eenheid !== "banen" && !isLeeg(periodeCel)) {
          const periode = probeer(() =>
            leesPeriode(leesTekstCel(periodeCel, plaatsOp(i, "periode"), "week, kwartaal of jaar"), plaatsOp(i, "periode")),
          );
          rijEenheid = periode === undefined ? undefined : (`uren-${periode}` as Eenheid);
        }
        if (!ministerie) continue;
        if (!ministerie.naam) {
          fouten.push(new BanenFout("LEEG_MINISTERIE", {}, plaatsOp(i, "ministerie")));
          continue;
        }
        const m = ministerie.m;
        if (!m) {
          fouten.push(new BanenFout("ONBEKEND_MINISTERIE", { naam: ministerie.naam, bekend }, plaatsOp(i, "ministerie")));
          continue;
        }
        if (
          kR >= 0 &&
          !JA_REGISTER.has(
            String(cellen[kR] ?? "")
              .trim()
              .toLowerCase(),
          )
        ) {
          buiten.nietGeregistreerd(hoofd.rijIndex + 2 + i); // reported, not counted (seed 002: the doelgroep is the register)
          continue;
        }
        if (soort && !soort.telt) {
          buiten.soort(soort, hoofd.rijIndex + 2 + i, m, waarde, rijEenheid); // reported, never counted
          continue;
        }
        if (!soort || waarde === undefined || !rijEenheid) continue;
        optelling.tel(m, soort.deel, waarde, rijEenheid);
      }
      legeRijen = leeg + fteRijen.leeg;
      if (personen === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: hoofd.blad, rij: hoofd.rijIndex + 1 }));
      optelling.zetIn();
      buiten.zetIn();
      nietMee = buiten;
    }
    samenvatting = `${aantal(personen, "medewerker", "medewerkers")} in ${aantal(ministeries.length, "ministerie", "ministeries")}${nietTekst()}.`;
    if (nietMee && !nietMee.leeg) {
      samenvatting += nietMee.samenvatting();
      const v = vraag.hoofd.verslag ?? leegVerslag(vraag.hoofd.blad);
      vraag.hoofd.verslag = { ...v, weggelaten: [...v.weggelaten, ...nietMee.weglatingen()] };
    }
  }
  if (legeRijen > 0) samenvatting += ` ${aantal(legeRijen, "lege rij", "lege rijen")} tussen de gegevens overgeslagen.`;
  const verslagen = [vraag.hoofd.verslag, vraag.fte?.verslag].filter((v): v is Leesverslag => v !== undefined);
  if (fouten.length > 0 || verborgen.length > 0) return { ok: false, fouten: [...verborgen, ...fouten], verslagen };
  return { ok: true, invoer: { kwartaal: vraag.kwartaal, ministeries, nietToegedeeld: niet }, samenvatting, legeRijen, verslagen };
}

/** Number fields: their text cells are read in one notation per file or column (invoer/getalnotatie.ts). */
const GETALVELDEN: ReadonlySet<string> = new Set(["fte", "doel", ...DELEN, "uren"]);

/**
 * The question with the text numbers of each grid read in the notation decided
 * for it, the decisions added to the grid's reading report; ONBESLIST and cells
 * the notation cannot read go to the problems.
 */
function metNotaties(vraag: InvoerVraag, probeer: <T>(f: () => T) => T | undefined, fouten: BanenFout[]): InvoerVraag {
  const lees = (r: Raster, t: Toewijzing): Raster => {
    const kolommen = Object.entries(t).flatMap(([s, k]) => (GETALVELDEN.has(s) && k !== null && k !== undefined ? [k] : []));
    const uit = probeer(() => metGetalnotatie(r, kolommen, vraag.decimaalteken));
    if (!uit) return r;
    fouten.push(...uit.fouten);
    if (uit.beslissingen.length === 0) return uit.raster;
    const verslag = r.verslag ?? leegVerslag(r.blad);
    return { ...uit.raster, verslag: { ...verslag, beslissingen: [...verslag.beslissingen, ...uit.beslissingen] } };
  };
  const hoofd = lees(vraag.hoofd, vraag.toewijzing);
  const fte = vraag.fte && vraag.fteToewijzing ? lees(vraag.fte, vraag.fteToewijzing) : vraag.fte;
  return { ...vraag, hoofd, fte };
}

/**
 * Recognises and reads in one go (the CLI, where nobody picks columns): finds
 * the header row, the shape and the columns; a column pattern that matches
 * two columns is an error rather than a guess.
 */
export function leesInvoer(vraag: { kwartaal: string; hoofd: Raster; fte?: Raster | null; decimaalteken?: Decimaalteken }): Gelezen {
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
    ...(vraag.decimaalteken ? { decimaalteken: vraag.decimaalteken } : {}),
  });
  if (fouten.length === 0) return gelezen;
  return {
    ok: false,
    fouten: [...fouten, ...(gelezen.ok ? [] : gelezen.fouten)],
    ...(gelezen.verslagen ? { verslagen: gelezen.verslagen } : {}),
  };
}

/** The names a message can list: all of them when few, else the first ones and how many more; each name cut short. */
function bekendeNamen(namen: string[]): string {
  const MAX = 20;
  const lijst = namen.slice(0, MAX).map((n) => kort(n, 40));
  return namen.length <= MAX ? lijst.join(", ") : `${lijst.join(", ")} en nog ${namen.length - MAX}`;
}

/** "1 medewerker", "4.813 medewerkers": Dutch thousands separator and the right number. */
function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${formatteerGetal(n)} ${n === 1 ? enkelvoud : meervoud}`;
}
