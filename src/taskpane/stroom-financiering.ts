/**
 * The centrale-financiering flow of the pane, without DOM: pick the source
 * (a Tabel 1 sheet the pane wrote is offered first), read it, check the
 * source and every input together, and only then write the financing to a
 * new sheet. Plain TypeScript over the core and the Excel module, so it is
 * unit-tested without Office.
 */
import {
  BanenFout,
  centraleFinanciering,
  type Decimal,
  type Financiering,
  leesBedrag,
  leesDoelEnGerealiseerd,
  leesGedrukteTabel1,
  leesKostenPerBaan,
  leesPlafond,
  leesTekortAfronding,
  type Plaats,
  type TekortAfronding,
  foutenVerzamelaar,
  type Projectie,
  projecteer,
} from "../core";
import { type ProjectieBinnenwerk, projectiePlan, projectieRaster } from "../core/financiering/projectie-opmaak";
import type { Tabel1Vorm } from "../core/tabel1/opmaak";
import { type FinancieringBron, financieringBlad, financieringBronUitRaster, financieringJaar } from "../core/financiering/bron";
import type { FinancieringRaster } from "../core/financiering/opmaak";
import type { Bron, ExcelToegang, GelezenBereik, LeesOpties, SchrijfOpties, SchrijfResultaat } from "./excel-toegang";
import { type BronKeuze, bronKeuzes, isTabel1Blad } from "./stroom";
import { maakFinancieringPlan } from "./uitvoer-financiering";

/** What the user typed, as text (Dutch numbers), and the sheet read. */
export interface FinancieringVraag {
  bereik: GelezenBereik;
  kostenPerBaan: string;
  budget: string;
  /** Empty: no plafond (every whole tekort is financed; the output says so). */
  plafond: string;
  afronding: string;
  /**
   * How a plafond below the demand is divided: "naar-tekort", "naar-vraag", or "" when the user chose none
   * (then a plafond below the demand is an error that asks for the choice, VERDELING_NODIG: never a silent default).
   */
  verdeling?: string;
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
  | { ok: false; fouten: BanenFout[] };

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
 * (cost and budget required, Dutch amounts in whole cents; plafond whole and
 * 0 or more, or empty), and the source (a header with ministerie, doel and
 * gerealiseerd; every cell; hidden rows).
 */
export function controleerFinanciering(vraag: FinancieringVraag): FinancieringControle {
  const { fouten, probeer } = foutenVerzamelaar();
  const verplicht = <T>(tekst: string, plaats: Plaats, lees: () => T): T | undefined => {
    if (tekst.trim() === "") {
      fouten.push(new BanenFout("LEEG", {}, plaats));
      return undefined;
    }
    return probeer(lees);
  };
  const kostenPerBaan: Decimal | undefined = verplicht(vraag.kostenPerBaan, { veld: VELDEN.kostenPerBaan }, () =>
    leesKostenPerBaan(vraag.kostenPerBaan, { veld: VELDEN.kostenPerBaan }),
  );
  const budget = verplicht(vraag.budget, { veld: VELDEN.budget }, () => leesBedrag(vraag.budget, { veld: VELDEN.budget }));
  const plafond = vraag.plafond.trim() === "" ? null : probeer(() => leesPlafond(vraag.plafond, { veld: VELDEN.plafond }));
  const afronding: TekortAfronding | undefined = probeer(() => leesTekortAfronding(vraag.afronding, { veld: VELDEN.afronding }));
  const gelezen = probeer(() => leesDoelEnGerealiseerd(vraag.bereik));
  if (fouten.length > 0 || !gelezen || !kostenPerBaan || !budget || plafond === undefined || !afronding) return { ok: false, fouten };

  const bron = financieringBronUitRaster(gelezen, `blad ${vraag.bereik.blad}`);
  const financiering = probeer(() =>
    // The division is the user's choice ("" = none): when the ministries ask for more than the plafond and
    // none was chosen, the core asks for it (VERDELING_NODIG, on the field "verdeling"); the sheet names it.
    centraleFinanciering(bron.ministeries, {
      kostenPerBaan,
      budget,
      afronding,
      ...(plafond !== null ? { plafond, verdeling: vraag.verdeling } : {}),
    }),
  );
  if (!financiering)
    return { ok: false, fouten: fouten.map((f) => (f.plaats.blad || f.plaats.veld ? f : f.op({ blad: vraag.bereik.blad }))) };
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
      binnenwerk: binnenwerk(vraag.bereik, bron),
    }),
  };
}

/** The Binnenwerk column of a printed Tabel 1 (for the projection), or null for a plain list of doel and gerealiseerd. */
function binnenwerk(bereik: GelezenBereik, bron: FinancieringBron): ProjectieBinnenwerk | null {
  if (bron.getallen !== "gedrukt") return null;
  try {
    const t = leesGedrukteTabel1(bereik);
    return { perMinisterie: t.rijen.map((r) => ({ naam: r.naam, banen: r.binnenwerk })), totaal: t.totaal.binnenwerk };
  } catch {
    // The sheet has doel and gerealiseerd but is no complete printed Tabel 1: the projection goes without Binnenwerk now.
    return null;
  }
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
    return this.excel.schrijf(maakFinancieringPlan(c.raster, { jaar: c.jaar, kwartaal: c.bron.kwartaal }), opties);
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
