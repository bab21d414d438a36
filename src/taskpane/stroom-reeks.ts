/**
 * The pane's series view without DOM: the Rijk's points from the sources
 * (seeds/reeks-rijk.json and the published Tabel 1 of a quarter, bundled with
 * the add-in and fetched from its own origin, as voorbeeld.ts does), quarters
 * the user adds from a Tabel 1 sheet (marked "eigen invoer"), the series per
 * ministry, and the write plan: the table plus an Excel chart of the
 * realisatie % per moment (the chart writer Tabel 1 uses). Unit-tested without Office.
 */
import {
  BanenFout,
  bouwReeks,
  eigenPunt,
  leesDoelEnGerealiseerd,
  losseFouten,
  ministerieReeks,
  ministerieSleutel,
  type ReeksPunt,
  type ReeksRij,
  type ReeksSeed,
  type SeedTabel1,
  seedKwartalen,
  seedPunten,
} from "../core";
import { financieringBronUitRaster } from "../core/financiering/bron";
import { reeksPlan, reeksRaster } from "../core/reeks/opmaak";
import type { Bron, ExcelToegang, GelezenBereik, LeesOpties, SchrijfOpties, SchrijfResultaat } from "./excel-toegang";
import { type BronKeuze, bronKeuzes } from "./stroom";
import type { UitvoerPlan } from "./uitvoer-plan";

/** The series' seed as the pane has it: the points (with ministries where a Tabel 1 is known) and the notes. */
export interface ReeksBron {
  seed: ReeksSeed;
  punten: ReeksPunt[];
}

/** "Rijk": the whole series; otherwise a ministry's name. */
export const RIJK = "Rijk";

/** Fetches the bundled seed (`haal` reads a path of the add-in's origin) and the published Tabel 1 of its quarters. */
export async function laadReeksBron(haal: (pad: string) => Promise<string>): Promise<ReeksBron> {
  const seed = JSON.parse(await haal("seeds/reeks-rijk.json")) as ReeksSeed;
  const tabellen = new Map<string, SeedTabel1>();
  for (const kwartaal of seedKwartalen(seed)) {
    try {
      tabellen.set(kwartaal, JSON.parse(await haal(`seeds/tabel1-${kwartaal}.json`)) as SeedTabel1);
    } catch {
      // No published Tabel 1 for this quarter: the point has the Rijk's numbers only.
    }
  }
  return { seed, punten: seedPunten(seed, (k) => tabellen.get(k) ?? null) };
}

/** The ministries in the points, each once (by the one name key), in the order they first appear. */
export function ministeriesIn(punten: readonly ReeksPunt[]): string[] {
  const gezien = new Map<string, string>();
  for (const p of punten)
    for (const m of p.ministeries ?? []) if (!gezien.has(ministerieSleutel(m.naam))) gezien.set(ministerieSleutel(m.naam), m.naam);
  return [...gezien.values()];
}

/** The series of the Rijk or of one ministry. Two points for one moment: DUBBEL_MOMENT. */
export function reeksVan(punten: readonly ReeksPunt[], wie: string): ReeksRij[] {
  const rijk = bouwReeks(punten);
  return wie === RIJK ? rijk : ministerieReeks(rijk, wie);
}

export type PuntControle = { ok: true; punt: ReeksPunt } | { ok: false; fouten: BanenFout[] };

/**
 * A Tabel 1 sheet as a point of the series (its quarter from the title or the sheet's name), checked against
 * the points there are: the same moment twice is an error that names both.
 */
export function puntUitBlad(bereik: GelezenBereik, punten: readonly ReeksPunt[]): PuntControle {
  try {
    const bron = financieringBronUitRaster(leesDoelEnGerealiseerd(bereik), `blad ${bereik.blad}`);
    const punt = eigenPunt(bron, `blad ${bereik.blad}`);
    bouwReeks([...punten, punt]);
    return { ok: true, punt };
  } catch (e) {
    return { ok: false, fouten: losseFouten(e).map((f) => (f.plaats.blad ? f : f.op({ blad: bereik.blad }))) };
  }
}

/** The write plan: the core's series sheet with its chart of the realisatie % per moment. */
export function maakReeksPlan(reeks: readonly ReeksRij[], wie: string, noten: readonly string[]): UitvoerPlan {
  const raster = reeksRaster(reeks, wie, noten);
  const plan = reeksPlan(raster, wie);
  return {
    ...plan,
    grafiek: plan.grafiek ?? null,
    samenvatting: { rijen: reeks.length, voetnoten: raster.voetnoten.length, kwartaal: null },
  };
}

export class ReeksStroom {
  constructor(private readonly excel: ExcelToegang) {}

  /** Only Tabel 1 sheets, each once. */
  async keuzes(): Promise<BronKeuze[]> {
    return bronKeuzes(await this.excel.overzicht(), "tabel1");
  }

  lees(bron: Bron, opties: LeesOpties = {}): Promise<GelezenBereik> {
    return this.excel.lees(bron, opties);
  }

  /** Writes the series to a new sheet ("Reeks Rijk", made unique), with its chart where Excel can. */
  schrijf(plan: UitvoerPlan, opties: SchrijfOpties = {}): Promise<SchrijfResultaat> {
    return this.excel.schrijf(plan, opties);
  }
}
