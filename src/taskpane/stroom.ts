/**
 * The Tabel 1 flow of the pane, without DOM: choose a source, read it (in
 * chunks, cancellable), recognise its shape and columns, validate everything
 * (hidden rows, the shared reader's checks, the core model), and only then
 * build Tabel 1 and write it to a new sheet. Plain TypeScript over the core,
 * the shared reader and the Excel module, so it is unit-tested without Office.
 */
import {
  BanenFout,
  QUOTUMPERCENTAGE,
  bouwTabel1,
  foutenVerzamelaar,
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
import {
  herkenFte,
  herkenHoofd,
  maakInvoer,
  type Eenheden,
  type Herkenning,
  type InvoerHerkomst,
  type Toewijzing,
  type Vorm,
} from "../core/invoer/invoer";
import type { Bron, ExcelToegang, GelezenBereik, LeesOpties, SchrijfOpties, SchrijfResultaat, Werkmapoverzicht } from "./excel-toegang";
import { maakUitvoerPlan, type GrafiekSoort } from "./uitvoer-plan";

export interface BronKeuze {
  /** Value for the dropdown: "selectie", "tabel:<naam>", "blad:<naam>". */
  waarde: string;
  label: string;
  bron: Bron;
}

/** A sheet the pane wrote Tabel 1 on ("Tabel 1 2023Q2", "Tabel 1 2023Q2 (2)"). */
export function isTabel1Blad(naam: string): boolean {
  return /^Tabel 1\b/i.test(naam);
}

/** Sheets the pane writes (Tabel 1, its Herkomst, financing, comparison): never input for a new Tabel 1. */
function isUitvoerBlad(naam: string): boolean {
  return isTabel1Blad(naam) || /^(Centrale financiering|Vergelijking|Herkomst)\b/i.test(naam);
}

/**
 * The sources a dropdown offers, each once:
 * - "invoer" (Tabel 1's data): the selection, every table, and every sheet without a table (a
 *   sheet with a table is offered through its table); not the sheets the pane wrote;
 * - "tabel1" (comparison): every Tabel 1 sheet as a sheet (its title carries the quarter; not
 *   again as its table);
 * - "tabel1-of-tabel" (financing): the Tabel 1 sheets first, then the "invoer" sources other than
 *   the selection (a table with ministerie, doel and gerealiseerd is read too).
 */
export function bronKeuzes(o: Werkmapoverzicht, soort: "invoer" | "tabel1" | "tabel1-of-tabel" = "invoer"): BronKeuze[] {
  const keuzes: BronKeuze[] = [];
  const tabel = (t: { naam: string; blad: string }): BronKeuze => ({
    waarde: `tabel:${t.naam}`,
    label: `Tabel ${t.naam} (blad ${t.blad})`,
    bron: { soort: "tabel", naam: t.naam },
  });
  const blad = (b: { naam: string; gebruikt: string | null }): BronKeuze => ({
    waarde: `blad:${b.naam}`,
    label: `Blad ${b.naam} (${b.gebruikt})`,
    bron: { soort: "blad", naam: b.naam },
  });
  const gevuld = o.bladen.filter((b) => b.gebruikt !== null);
  if (soort === "invoer") {
    if (o.selectie) {
      keuzes.push({ waarde: "selectie", label: `Huidige selectie (${o.selectie.blad}!${o.selectie.adres})`, bron: { soort: "selectie" } });
    }
    keuzes.push(...o.tabellen.filter((t) => !isUitvoerBlad(t.blad)).map(tabel));
    const metTabel = new Set(o.tabellen.map((t) => t.blad));
    keuzes.push(...gevuld.filter((b) => !metTabel.has(b.naam) && !isUitvoerBlad(b.naam)).map(blad));
    return keuzes;
  }
  keuzes.push(...gevuld.filter((b) => isTabel1Blad(b.naam)).map(blad));
  if (soort === "tabel1-of-tabel") keuzes.push(...bronKeuzes({ ...o, selectie: null }, "invoer"));
  return keuzes;
}

/** The shared reader's name rule: "personen 2023Q2" → "2023Q2". */
export { kwartaalUitNaam } from "../core/invoer/invoer";

export type Controle =
  | {
      ok: true;
      invoer: Tabel1Invoer;
      tabel: Tabel1;
      samenvatting: string;
      verslagen: Leesverslag[];
      /** Which rows went into which figure (issue 17: the Herkomst view), from the same reading. */
      herkomst?: InvoerHerkomst;
    }
  | { ok: false; fouten: BanenFout[]; verslagen: Leesverslag[] };

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

/**
 * Whether the quarter's year has a quotumpercentage: a published one, or one
 * recorded in this workbook with its source (the Regels tab, the one place
 * the pane records a percentage). Else the pane sends the user there.
 */
export function quotumBekend(kwartaal: string, eigen: EigenRegels = []): boolean {
  try {
    const { jaar } = leesKwartaal(kwartaal);
    return QUOTUMPERCENTAGE[jaar] !== undefined || eigen.some((r) => r.jaar === jaar);
  } catch {
    return true;
  }
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
  const { fouten, probeer } = foutenVerzamelaar();
  probeer(() => leesKwartaal(vraag.kwartaal, { veld: "kwartaal" }));
  // The herkomst record costs 4 bytes per counted person row (core/invoer/rij-registratie.ts).
  const gelezen = maakInvoer({ ...vraag, herkomst: true });
  const verslagen = gelezen.verslagen ?? [];
  if (!gelezen.ok) fouten.push(...gelezen.fouten);
  if (fouten.length > 0 || !gelezen.ok) return { ok: false, fouten, verslagen };
  try {
    const metKeuzes = metDoel(gelezen.invoer, vraag);
    const tabel = bouwTabel1(metKeuzes, "per-cel");
    const herkomst = gelezen.herkomst ? { herkomst: gelezen.herkomst } : {};
    return { ok: true, invoer: metKeuzes, tabel, samenvatting: gelezen.samenvatting, verslagen, ...herkomst };
  } catch (e) {
    // Errors of the model without a place in the data are about the pane's fields (quarter, quotum).
    return { ok: false, fouten: losseFouten(e), verslagen };
  }
}

export class Tabel1Stroom {
  constructor(private readonly excel: ExcelToegang) {}

  async keuzes(): Promise<BronKeuze[]> {
    return bronKeuzes(await this.excel.overzicht());
  }

  async leesHoofd(bron: Bron, opties: LeesOpties = {}): Promise<{ bereik: GelezenBereik; herkenning: Herkenning }> {
    const bereik = await this.excel.lees(bron, opties);
    return { bereik, herkenning: herkenHoofd(bereik) };
  }

  async leesFte(bron: Bron, opties: LeesOpties = {}): Promise<{ bereik: GelezenBereik; herkenning: Herkenning }> {
    const bereik = await this.excel.lees(bron, opties);
    return { bereik, herkenning: herkenFte(bereik) };
  }

  /** Builds Tabel 1 from validated input with the chosen rounding and writes it to a new sheet. */
  async maak(
    invoer: Tabel1Invoer,
    afronding: Afronding,
    grafiek: GrafiekSoort,
    opties: SchrijfOpties = {},
    /** The reading reports of the check; they go on the sheet as a note on the title cell. */
    verslagen: readonly Leesverslag[] = [],
  ): Promise<SchrijfResultaat & { tabel1: Tabel1 }> {
    const tabel1 = bouwTabel1(invoer, afronding);
    const plan = maakUitvoerPlan(tabel1, { grafiek, verslagen });
    return { ...(await this.excel.schrijf(plan, opties)), tabel1 };
  }
}
