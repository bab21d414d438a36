/**
 * The pane's comparison of two quarters, without DOM: pick two Tabel 1
 * sheets (the two newest are offered), read both, check both, and only then
 * write the comparison to a new sheet. Plain TypeScript over the core
 * (invoer-gedrukt reads a printed Tabel 1, kwartaalvergelijking compares,
 * vergelijking-opmaak lays out) and the Excel module; unit-tested without Office.
 */
import { BanenFout, type GedrukteTabel1, leesGedrukteTabel1, losseFouten } from "../core";
import { kwartaalUitNaam } from "../core/invoer/herken";
import { type KwartaalTabel, type KwartaalVergelijking, vergelijkKwartalen } from "../core/kwartaal/vergelijking";
import { vergelijkingPlan, vergelijkingRaster } from "../core/kwartaal/vergelijking-opmaak";
import type { Bron, ExcelToegang, GelezenBereik, LeesOpties, SchrijfOpties, SchrijfResultaat } from "./excel-toegang";
import { type BronKeuze, bronKeuzes, isTabel1Blad } from "./stroom";
import type { UitvoerPlan } from "./uitvoer-plan";

export type VergelijkingControle = { ok: true; vergelijking: KwartaalVergelijking } | { ok: false; fouten: BanenFout[] };

/** A sheet read as a printed Tabel 1 with its quarter (from the title, else the sheet's name), or its errors. */
function alsKwartaalTabel(bereik: GelezenBereik, fouten: BanenFout[]): KwartaalTabel | null {
  let tabel: GedrukteTabel1;
  try {
    tabel = leesGedrukteTabel1(bereik);
  } catch (e) {
    fouten.push(...losseFouten(e).map((f) => (f.plaats.blad ? f : f.op({ blad: bereik.blad }))));
    return null;
  }
  const kwartaal = kwartaalUitNaam(tabel.titel) ?? kwartaalUitNaam(bereik.blad);
  if (!kwartaal) {
    fouten.push(new BanenFout("GEEN_KWARTAAL_IN_TABEL", {}, { blad: bereik.blad }));
    return null;
  }
  return { kwartaal, plaats: `blad ${bereik.blad}`, tabel };
}

/** Both sheets checked, every problem at once; then the comparison (ZELFDE_KWARTAAL for one quarter twice). */
export function controleerVergelijking(a: GelezenBereik, b: GelezenBereik): VergelijkingControle {
  const fouten: BanenFout[] = [];
  const ka = alsKwartaalTabel(a, fouten);
  const kb = alsKwartaalTabel(b, fouten);
  if (!ka || !kb) return { ok: false, fouten };
  try {
    return { ok: true, vergelijking: vergelijkKwartalen(ka, kb) };
  } catch (e) {
    return { ok: false, fouten: losseFouten(e) };
  }
}

/** The two sheets to offer: the two newest whose name starts with "Tabel 1" (as the pane names them), newest second. */
export function voorkeurBronnen(keuzes: readonly BronKeuze[]): [BronKeuze | null, BronKeuze | null] {
  const tabel1 = keuzes.filter((k) => k.bron.soort === "blad" && isTabel1Blad(k.bron.naam));
  return [tabel1.at(-2) ?? null, tabel1.at(-1) ?? null];
}

/** The write plan: the core's comparison sheet, no chart. */
export function maakVergelijkingPlan(v: KwartaalVergelijking): UitvoerPlan {
  return {
    ...vergelijkingPlan(v),
    grafiek: null,
    samenvatting: { rijen: v.rijen.length, voetnoten: vergelijkingRaster(v).voetnoten.length, kwartaal: v.later.kwartaal },
  };
}

export class VergelijkingStroom {
  constructor(private readonly excel: ExcelToegang) {}

  /** Only Tabel 1 sheets, each once. */
  async keuzes(): Promise<BronKeuze[]> {
    return bronKeuzes(await this.excel.overzicht(), "tabel1");
  }

  lees(bron: Bron, opties: LeesOpties = {}): Promise<GelezenBereik> {
    return this.excel.lees(bron, opties);
  }

  /** Writes the comparison to a new sheet ("Vergelijking 2023Q1 2023Q2", made unique). */
  schrijf(v: KwartaalVergelijking, opties: SchrijfOpties = {}): Promise<SchrijfResultaat> {
    return this.excel.schrijf(maakVergelijkingPlan(v), opties);
  }
}
