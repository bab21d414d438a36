/**
 * The Tabel 1 flow of the pane, without DOM: choose a source, read it (in
 * chunks, cancellable), recognise its shape and columns, validate everything
 * (hidden rows, the shared reader's checks, the core model), and only then
 * build Tabel 1 and write it to a new sheet. Plain TypeScript over the core,
 * the shared reader and the Excel module, so it is unit-tested without Office.
 */
import {
  BanenFout,
  bouwTabel1,
  type EigenRegels,
  ftePeildatumUit,
  losseFouten,
  leesKwartaal,
  type Afronding,
  type Decimaalteken,
  type Leesverslag,
  type Tabel1,
  type Tabel1Invoer,
} from "../core";
import { herkenFte, herkenHoofd, maakInvoer, type Eenheden, type Herkenning, type Toewijzing, type Vorm } from "../core/invoer/invoer";
import type { Bron, ExcelToegang, GelezenBereik, SchrijfResultaat, Werkmapoverzicht } from "./excel-toegang";
import { maakUitvoerPlan, type GrafiekSoort } from "./uitvoer-plan";

export interface BronKeuze {
  /** Value for the dropdown: "selectie", "tabel:<naam>", "blad:<naam>". */
  waarde: string;
  label: string;
  bron: Bron;
}

export function bronKeuzes(o: Werkmapoverzicht): BronKeuze[] {
  const keuzes: BronKeuze[] = [];
  if (o.selectie) {
    keuzes.push({ waarde: "selectie", label: `Huidige selectie (${o.selectie.blad}!${o.selectie.adres})`, bron: { soort: "selectie" } });
  }
  for (const t of o.tabellen)
    keuzes.push({ waarde: `tabel:${t.naam}`, label: `Tabel ${t.naam} (blad ${t.blad})`, bron: { soort: "tabel", naam: t.naam } });
  for (const b of o.bladen) {
    if (b.gebruikt === null) continue;
    keuzes.push({ waarde: `blad:${b.naam}`, label: `Blad ${b.naam} (${b.gebruikt})`, bron: { soort: "blad", naam: b.naam } });
  }
  return keuzes;
}

/** The shared reader's name rule: "personen 2023Q2" → "2023Q2". */
export { kwartaalUitNaam } from "../core/invoer/invoer";

export type Controle =
  { ok: true; invoer: Tabel1Invoer; tabel: Tabel1; samenvatting: string; verslagen: Leesverslag[] } | { ok: false; fouten: BanenFout[] };

export interface ControleVraag {
  kwartaal: string;
  vorm: Vorm;
  hoofd: GelezenBereik;
  toewijzing: Toewijzing;
  /** Units chosen by the user; by default each column's header decides. */
  eenheden?: Partial<Eenheden>;
  fte?: GelezenBereik | null;
  fteToewijzing?: Toewijzing | null;
  /** The decimal mark of text numbers when the user chose it (the question ONBESLIST asks); else decided from the cells. */
  decimaalteken?: Decimaalteken;
  /** Codes of the reader's warnings the user acknowledged (core/invoer WAARSCHUWINGEN), passed on to maakInvoer. */
  bevestigd?: readonly string[];
  /** The doel's choices (issue 18): basis, status, the fte's quarter, and the percentages recorded in the workbook. */
  doel?: DoelKeuze;
}

export interface DoelKeuze {
  basis?: string;
  doelstatus?: string;
  /** "2023Q1"; empty: from the fte sheet's name or an fte header. */
  ftePeildatum?: string;
  eigenRegels?: EigenRegels;
}

/** The doel record's input from the choices and the sheets: the fte's quarter and source are read where the user did not give them. */
function metDoel(invoer: Tabel1Invoer, vraag: ControleVraag): Tabel1Invoer {
  const d = vraag.doel ?? {};
  const peil = d.ftePeildatum?.trim() || ftePeildatumUit(vraag.fte ?? null, vraag.hoofd)?.kwartaal;
  return {
    ...invoer,
    ...(d.basis ? { basis: d.basis } : {}),
    ...(d.doelstatus ? { doelstatus: d.doelstatus } : {}),
    ...(peil ? { ftePeildatum: peil } : {}),
    fteBron: vraag.fte?.blad ?? vraag.hoofd.blad,
    ...(d.eigenRegels ? { eigenRegels: d.eigenRegels } : {}),
  };
}

/**
 * Every check before anything is written: the quarter, the shared reader
 * (hidden rows, columns, cell values, duplicates, unknown names and
 * dienstverband), and the core model itself (a doel from fte needs a known quotumpercentage).
 */
export function controleer(vraag: ControleVraag): Controle {
  const fouten: BanenFout[] = [];
  try {
    leesKwartaal(vraag.kwartaal, { veld: "kwartaal" });
  } catch (e) {
    fouten.push(...losseFouten(e));
  }
  const gelezen = maakInvoer({ ...vraag });
  if (!gelezen.ok) fouten.push(...gelezen.fouten);
  if (fouten.length > 0 || !gelezen.ok) return { ok: false, fouten };
  try {
    const invoer = metDoel(gelezen.invoer, vraag);
    const tabel = bouwTabel1(invoer, "per-cel");
    return { ok: true, invoer, tabel, samenvatting: gelezen.samenvatting, verslagen: gelezen.verslagen ?? [] };
  } catch (e) {
    return { ok: false, fouten: losseFouten(e).map((f) => (f.plaats.blad ? f : f.op({ blad: vraag.hoofd.blad }))) };
  }
}

export interface LeesVoortgang {
  voortgang?: (gelezen: number, totaal: number) => void;
  geannuleerd?: () => boolean;
}

export class Tabel1Stroom {
  constructor(private readonly excel: ExcelToegang) {}

  async keuzes(): Promise<BronKeuze[]> {
    return bronKeuzes(await this.excel.overzicht());
  }

  async leesHoofd(bron: Bron, opties: LeesVoortgang = {}): Promise<{ bereik: GelezenBereik; herkenning: Herkenning }> {
    const bereik = await this.excel.lees(bron, opties);
    return { bereik, herkenning: herkenHoofd(bereik) };
  }

  async leesFte(bron: Bron, opties: LeesVoortgang = {}): Promise<{ bereik: GelezenBereik; herkenning: Herkenning }> {
    const bereik = await this.excel.lees(bron, opties);
    return { bereik, herkenning: herkenFte(bereik) };
  }

  /** Builds Tabel 1 from validated input with the chosen rounding and writes it to a new sheet. */
  async maak(
    invoer: Tabel1Invoer,
    afronding: Afronding,
    grafiek: GrafiekSoort,
    /** The reading reports of the check; they go on the sheet as a note on the title cell. */
    verslagen: readonly Leesverslag[] = [],
  ): Promise<SchrijfResultaat & { tabel1: Tabel1 }> {
    const tabel1 = bouwTabel1(invoer, afronding);
    const plan = maakUitvoerPlan(tabel1, { grafiek, verslagen });
    return { ...(await this.excel.schrijf(plan)), tabel1 };
  }
}
