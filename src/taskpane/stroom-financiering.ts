/**
 * The centrale-financiering flow of the pane, without DOM: pick the source
 * (a Tabel 1 sheet the pane wrote is offered first), read it, check the
 * source and every input together, and only then write the financing to a
 * new sheet. Plain TypeScript over the core and the Excel module, so it is
 * unit-tested without Office.
 */
import {
  BanenFout,
  type Decimal,
  type Financiering,
  leesBedrag,
  leesDoelEnGerealiseerd,
  leesKostenPerBaan,
  leesPlafond,
  leesTekortAfronding,
  type Leesverslag,
  type TekortAfronding,
  foutenVerzamelaar,
  type Projectie,
  projecteer,
} from "../core";
import { binnenwerkUitGedrukt, projectiePlan, projectieRaster } from "../core/financiering/projectie-opmaak";
import type { Tabel1Vorm } from "../core/tabel1/opmaak";
import {
  type FinancieringBron,
  financieringBlad,
  financieringBronUitRaster,
  financieringJaar,
  financieringUitBron,
} from "../core/financiering/bron";
import type { FinancieringRaster } from "../core/financiering/opmaak";
import type { Bron, ExcelToegang, GelezenBereik, LeesOpties, SchrijfOpties, SchrijfResultaat } from "./excel-toegang";
import { type BronKeuze, bronKeuzes, isTabel1Blad } from "./stroom";
import { maakFinancieringPlan } from "./uitvoer-financiering";

/** What the user typed, as text (Dutch numbers), and the sheet read. */
export interface FinancieringVraag {
  bereik: GelezenBereik;
  kostenPerBaan: string;
  /**
   * Empty: no budget for all ministries together, as the CLI without --budget: the ministries' own budgets
   * come from a "Budget" column when the sheet has one; with neither there is no budget comparison (never a default).
   */
  budget: string;
  /** Empty: no plafond (every whole tekort is financed; the output says so). */
  plafond: string;
  afronding: string;
  /**
   * How a plafond below the demand is divided: "naar-tekort", "naar-vraag", or "" when the user chose none
   * (then a plafond below the demand is an error that asks for the choice, VERDELING_NODIG: never a silent default).
   */
  verdeling?: string;
  /** Codes of the reading report's warnings the user ticked (the pane's --accepteer). */
  bevestigd?: readonly string[];
}

export type FinancieringControle =
  | {
      ok: true;
      bron: FinancieringBron;
      financiering: Financiering;
      raster: FinancieringRaster;
      jaar: number | null;
      /** The effect on Tabel 1 (core `projecteer`) and its sheet grid. */
      projectie: Projectie;
      projectieRaster: Tabel1Vorm;
    }
  /** verslagen: how the sheet was read, when it was (shown before anything is written, also beside errors). */
  | { ok: false; fouten: BanenFout[]; verslagen: Leesverslag[] };

/** Field names in messages, as the pane labels them. */
export const VELDEN = {
  kostenPerBaan: "kosten per baan",
  budget: "beschikbaar budget",
  plafond: "plafond",
  afronding: "afronding",
  verdeling: "verdeling",
} as const;

/**
 * Every check before anything is written, all problems at once: the inputs
 * (cost required, Dutch amounts in whole cents; budget optional as the CLI's
 * --budget; plafond whole and 0 or more, or empty), the source (a header with
 * ministerie, doel and gerealiseerd; every cell; hidden rows), and the reading
 * report's warnings, each ticked by the user (WAARSCHUWING_NIET_BEVESTIGD
 * otherwise). The financing is the core's `financieringUitBron`, so an error
 * in a row names the sheet and the user's own column header.
 */
export function controleerFinanciering(vraag: FinancieringVraag): FinancieringControle {
  const { fouten, probeer } = foutenVerzamelaar();
  const invoer = leesVelden(vraag, probeer, fouten);
  const gelezen = probeer(() => leesDoelEnGerealiseerd(vraag.bereik));
  const bron = gelezen ? metBevestigd(financieringBronUitRaster(gelezen, `blad ${vraag.bereik.blad}`), vraag.bevestigd ?? []) : null;
  const verslagen = bron?.verslagen ?? [];
  if (bron) fouten.push(...onbevestigd(bron.verslagen));
  if (fouten.length > 0 || !invoer || !bron) return { ok: false, fouten, verslagen };

  // The division is the user's choice ("" = none): when the ministries ask for more than the plafond and
  // none was chosen, the core asks for it (VERDELING_NODIG, on the field "verdeling").
  const financiering = probeer(() =>
    financieringUitBron(bron, {
      kostenPerBaan: invoer.kostenPerBaan,
      ...(invoer.budget !== null ? { budget: invoer.budget } : {}),
      afronding: invoer.afronding,
      ...(invoer.plafond !== null ? { plafond: invoer.plafond, verdeling: vraag.verdeling } : {}),
    }),
  );
  if (!financiering)
    return { ok: false, fouten: fouten.map((f) => (f.plaats.blad || f.plaats.veld ? f : f.op({ blad: vraag.bereik.blad }))), verslagen };
  return gecontroleerd(vraag.bereik, bron, financiering);
}

interface Velden {
  kostenPerBaan: Decimal;
  /** null: no budget in the pane (the CLI without --budget). */
  budget: Decimal | null;
  plafond: number | null;
  afronding: TekortAfronding;
}

/** The pane's fields read, each error at its field; undefined when any is wrong. */
function leesVelden(vraag: FinancieringVraag, probeer: <T>(f: () => T) => T | undefined, fouten: BanenFout[]): Velden | undefined {
  const kosten = { veld: VELDEN.kostenPerBaan };
  if (vraag.kostenPerBaan.trim() === "") fouten.push(new BanenFout("LEEG", {}, kosten));
  const kostenPerBaan: Decimal | undefined =
    vraag.kostenPerBaan.trim() === "" ? undefined : probeer(() => leesKostenPerBaan(vraag.kostenPerBaan, kosten));
  const budget = vraag.budget.trim() === "" ? null : probeer(() => leesBedrag(vraag.budget, { veld: VELDEN.budget }));
  const plafond = vraag.plafond.trim() === "" ? null : probeer(() => leesPlafond(vraag.plafond, { veld: VELDEN.plafond }));
  const afronding: TekortAfronding | undefined = probeer(() => leesTekortAfronding(vraag.afronding, { veld: VELDEN.afronding }));
  if (!kostenPerBaan || budget === undefined || plafond === undefined || !afronding) return undefined;
  return { kostenPerBaan, budget, plafond, afronding };
}

/** The source with every warning whose code the user ticked marked as acknowledged. */
function metBevestigd(bron: FinancieringBron, bevestigd: readonly string[]): FinancieringBron {
  const codes = new Set(bevestigd);
  const verslagen = bron.verslagen.map((v) => ({
    ...v,
    waarschuwingen: v.waarschuwingen.map((w) => (codes.has(w.code) ? { ...w, bevestigd: true } : w)),
  }));
  return { ...bron, verslagen };
}

/** One error per warning not yet acknowledged: no error to fix but a question, answered by its checkbox. */
function onbevestigd(verslagen: readonly Leesverslag[]): BanenFout[] {
  return verslagen
    .flatMap((v) => v.waarschuwingen)
    .filter((w) => !w.bevestigd)
    .map((w) => new BanenFout("WAARSCHUWING_NIET_BEVESTIGD", { tekst: w.tekst, code: w.code }, {}));
}

/** The clean check: the financing, its sheet grid, and its projection on Tabel 1. */
function gecontroleerd(bereik: GelezenBereik, bron: FinancieringBron, financiering: Financiering): FinancieringControle {
  const projectie = projecteer(financiering, bron.nietToegedeeld);
  return {
    ok: true,
    bron,
    financiering,
    raster: financieringBlad(financiering, bron),
    jaar: financieringJaar(bron),
    projectie,
    projectieRaster: projectieRaster(projectie, financiering, {
      kwartaal: bron.kwartaal,
      plaats: bron.plaats,
      binnenwerk: binnenwerkUitGedrukt(bereik, bron.getallen),
    }),
  };
}

/**
 * The source to offer first: the newest Tabel 1 sheet ("Tabel 1 2023Q2",
 * the name the pane gives it), else the newest sheet or table whose name
 * mentions Tabel 1 or financiering; the header decides when it is read.
 */
export function voorkeurBron(keuzes: readonly BronKeuze[]): BronKeuze | null {
  const bladen = keuzes.filter((k) => k.bron.soort === "blad");
  const tabel1 = bladen.filter((k) => isTabel1Blad(k.bron.soort === "blad" ? k.bron.naam : ""));
  if (tabel1.length > 0) return tabel1[tabel1.length - 1]!;
  const anders = keuzes.filter((k) => k.bron.soort !== "selectie" && /tabel ?1|financiering/i.test(k.label));
  return anders.length > 0 ? anders[anders.length - 1]! : null;
}

export class FinancieringStroom {
  constructor(private readonly excel: ExcelToegang) {}

  /** Tabel 1 sheets (each once), then other tables. */
  async keuzes(): Promise<BronKeuze[]> {
    return bronKeuzes(await this.excel.overzicht(), "tabel1-of-tabel");
  }

  lees(bron: Bron, opties: LeesOpties = {}): Promise<GelezenBereik> {
    return this.excel.lees(bron, opties);
  }

  /** Writes the checked financing to a new sheet ("Centrale financiering 2023", made unique). */
  schrijf(c: Extract<FinancieringControle, { ok: true }>, opties: SchrijfOpties = {}): Promise<SchrijfResultaat> {
    return this.excel.schrijf(
      maakFinancieringPlan(c.raster, { jaar: c.jaar, kwartaal: c.bron.kwartaal, verslagen: c.bron.verslagen }),
      opties,
    );
  }

  /** Writes the projection on Tabel 1 to a new sheet ("Projectie Tabel 1 2023Q2", made unique). */
  schrijfProjectie(c: Extract<FinancieringControle, { ok: true }>, opties: SchrijfOpties = {}): Promise<SchrijfResultaat> {
    const plan = projectiePlan(c.projectieRaster, c.bron.kwartaal);
    return this.excel.schrijf(
      {
        ...plan,
        grafiek: null,
        samenvatting: { rijen: c.projectie.rijen.length, voetnoten: c.projectieRaster.voetnoten.length, kwartaal: c.bron.kwartaal },
      },
      opties,
    );
  }
}
