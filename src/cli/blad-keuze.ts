/**
 * Which sheets of a workbook `banen tabel1` reads (issue 12, class 5), stated
 * in the reading report of each sheet used:
 * - `--blad X`: sheet X, also when hidden; refused when its name belongs to
 *   another quarter than the one given (BLAD_ANDER_KWARTAAL);
 * - otherwise, of the sheets whose columns are recognised, the one named for
 *   the quarter ("2023Q2", "Personen 2023 Q2"); else the first not named for
 *   any quarter; a sheet named for another quarter is never taken
 *   (GEEN_BLAD_VOOR_KWARTAAL). Without a quarter from option or file name, the
 *   chosen sheet's name may give it; sheets named for different quarters then
 *   leave it undecided (ONBESLIST, settled with --kwartaal or --blad).
 * - the fte table of person rows: the first other sheet with fte columns (fte
 *   of an earlier quarter is normal: the doel is set from it).
 * Problems (formulas without a cached value, merged cells) count only in the
 * sheets used: an unrelated sheet does not stop the run.
 */
import * as path from "node:path";
import { BanenFout, kwartaalUitNaam, type Raster } from "../core";
import { type GelezenBlad, leesWerkmapBladen } from "./werkmap/lees";

export interface Keuze {
  raster: Raster;
  problemen: BanenFout[];
}

export interface BladKeuzeOpties {
  blad?: string;
  /** The quarter from --kwartaal or the file name, if any. */
  kwartaal: string | null;
  kwartaalBron: "optie" | "bestandsnaam";
  isHoofd: (r: Raster) => boolean;
  isFte: (r: Raster) => boolean;
  /** Whether the main grid needs an fte table (person rows). */
  vraagtFte: (r: Raster) => boolean;
  /** The fte table comes from its own file (--fte): no fte sheet is looked for. */
  fteApart: boolean;
}

export interface BladKeuze {
  hoofd: Keuze;
  fte: Keuze | null;
  kwartaal: string | null;
}

const BRON_TEKST = { optie: "opgegeven met --kwartaal", bestandsnaam: "uit de bestandsnaam" } as const;

const gelijkeNaam = (a: string, b: string) => a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

export async function kiesWerkmapBladen(pad: string, o: BladKeuzeOpties): Promise<BladKeuze> {
  const bladen = await leesWerkmapBladen(pad, { compact: true });
  if (o.blad !== undefined && !bladen.some((b) => gelijkeNaam(b.blad, o.blad!)))
    bladen.push(...(await leesWerkmapBladen(pad, { blad: o.blad, compact: true })));
  const {
    blad: hoofd,
    kwartaal,
    grond,
    bron,
  } = o.blad !== undefined ? gevraagdBlad(bladen, o.blad, o) : gevondenBlad(bladen, o, path.basename(pad));
  const fte = o.fteApart || !o.vraagtFte(hoofd.raster!) ? null : (bladen.find((b) => b !== hoofd && b.raster && o.isFte(b.raster)) ?? null);

  const problemen = [...hoofd.problemen, ...(fte?.problemen ?? [])];
  if (problemen.length === 1) throw problemen[0]!;
  if (problemen.length > 1) throw new BanenFout("ONGELDIGE_INVOER", { aantal: problemen.length }, {}, problemen);

  const hoofdRaster = metBeslissingen(hoofd.raster!, [
    { vraag: "blad", antwoord: hoofd.blad, besluitbron: bron, grond },
    ...(kwartaal ? [kwartaalBeslissing(kwartaal, o, hoofd.blad)] : []),
  ]);
  const fteRaster = fte?.raster
    ? metBeslissingen(fte.raster, [
        {
          vraag: "blad",
          onderwerp: "fte",
          antwoord: fte.blad,
          besluitbron: "automatisch",
          grond: "het eerste andere blad met kolommen ministerie en fte",
        },
      ])
    : null;
  return {
    hoofd: { raster: hoofdRaster, problemen: [] },
    fte: fteRaster ? { raster: fteRaster, problemen: [] } : null,
    kwartaal,
  };
}

function kwartaalBeslissing(kwartaal: string, o: BladKeuzeOpties, blad: string) {
  if (o.kwartaal) {
    return {
      vraag: "kwartaal" as const,
      antwoord: kwartaal,
      besluitbron: o.kwartaalBron === "optie" ? ("optie" as const) : ("automatisch" as const),
      grond: BRON_TEKST[o.kwartaalBron],
    };
  }
  return { vraag: "kwartaal" as const, antwoord: kwartaal, besluitbron: "automatisch" as const, grond: `uit de naam van blad "${blad}"` };
}

function metBeslissingen(r: Raster, beslissingen: NonNullable<Raster["verslag"]>["beslissingen"]): Raster {
  const verslag = r.verslag ?? { bron: r.blad, beslissingen: [], kolommen: [], rijenGelezen: 0, weggelaten: [], waarschuwingen: [] };
  return { ...r, verslag: { ...verslag, beslissingen: [...beslissingen, ...verslag.beslissingen] } };
}

interface Gekozen {
  blad: GelezenBlad;
  kwartaal: string | null;
  grond: string;
  bron: "optie" | "automatisch";
}

/** --blad X: that sheet, unless its name says it belongs to another quarter. */
function gevraagdBlad(bladen: GelezenBlad[], naam: string, o: BladKeuzeOpties): Gekozen {
  const blad = bladen.find((b) => b.blad === naam) ?? bladen.find((b) => gelijkeNaam(b.blad, naam))!;
  if (!blad.raster) throw new BanenFout("LEEG_BLAD", {}, { blad: blad.blad });
  const eigen = kwartaalUitNaam(blad.blad);
  if (eigen && o.kwartaal && eigen !== o.kwartaal) {
    throw new BanenFout("BLAD_ANDER_KWARTAAL", {
      blad: blad.blad,
      bladKwartaal: eigen,
      kwartaal: o.kwartaal,
      bron: BRON_TEKST[o.kwartaalBron],
    });
  }
  return { blad, kwartaal: o.kwartaal ?? eigen, grond: `opgegeven met --blad "${naam}"`, bron: "optie" };
}

/** Without --blad: the sheet named for the quarter, else the first recognised sheet not named for another quarter. */
function gevondenBlad(bladen: GelezenBlad[], o: BladKeuzeOpties, bestand: string): Gekozen {
  const metGegevens = bladen.filter((b) => b.raster !== null);
  if (metGegevens.length === 0)
    throw new BanenFout("ONGELDIG_BESTAND", { reden: `"${bestand}" bevat geen gegevens: elk zichtbaar blad is leeg.` });
  const herkend = metGegevens.filter((b) => o.isHoofd(b.raster!));
  const kwartaalVan = (b: GelezenBlad) => kwartaalUitNaam(b.blad);
  if (herkend.length === 0) {
    // Nothing recognised: the first sheet, so that the reader says what it misses there.
    return {
      blad: metGegevens[0]!,
      kwartaal: o.kwartaal,
      grond: "geen blad met herkende kolommen; het eerste blad met gegevens",
      bron: "automatisch",
    };
  }
  if (o.kwartaal) {
    const genoemd = herkend.filter((b) => kwartaalVan(b) === o.kwartaal);
    if (genoemd.length > 1) {
      throw new BanenFout("ONBESLIST", {
        vraag: "welk blad",
        bewijs: `meer dan één blad heet naar ${o.kwartaal}: ${genoemd.map((b) => `"${b.blad}"`).join(", ")}`,
        optie: "--blad <naam>",
      });
    }
    if (genoemd.length === 1)
      return { blad: genoemd[0]!, kwartaal: o.kwartaal, grond: `het blad heet naar kwartaal ${o.kwartaal}`, bron: "automatisch" };
    const zonder = herkend.filter((b) => kwartaalVan(b) === null);
    if (zonder.length > 0) {
      return {
        blad: zonder[0]!,
        kwartaal: o.kwartaal,
        grond: "het eerste blad met herkende kolommen (geen blad heet naar een kwartaal)",
        bron: "automatisch",
      };
    }
    throw new BanenFout("GEEN_BLAD_VOOR_KWARTAAL", {
      kwartaal: o.kwartaal,
      bron: BRON_TEKST[o.kwartaalBron],
      bladen: herkend.map((b) => `"${b.blad}" (${kwartaalVan(b)})`).join(", "),
    });
  }
  const kwartalen = [...new Set(herkend.map(kwartaalVan).filter((k): k is string => k !== null))];
  if (kwartalen.length > 1) {
    throw new BanenFout("ONBESLIST", {
      vraag: "welk kwartaal",
      bewijs: `de bladen horen bij verschillende kwartalen: ${herkend.map((b) => `"${b.blad}"`).join(", ")}, en het kwartaal staat niet in de bestandsnaam`,
      optie: "--kwartaal (bijvoorbeeld --kwartaal 2023Q2) of --blad <naam>",
    });
  }
  const blad = herkend[0]!;
  return { blad, kwartaal: kwartaalVan(blad), grond: "het eerste blad met herkende kolommen", bron: "automatisch" };
}
