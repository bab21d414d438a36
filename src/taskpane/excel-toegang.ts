/**
 * The ONLY module that talks to Excel (Excel.run). Narrow on purpose: list
 * what can be read, read a range in chunks with its hidden rows, check a
 * sheet name, carry out a write plan on a new sheet, delete a sheet.
 * Everything else in the pane is plain TypeScript over the core.
 *
 * Requests: each chunk of rows is one request, sized by `rijenPerBrok` to stay
 * under Excel on the web's 5 MB payload limit; a too-large response halves the
 * chunk and retries. Writing takes three requests: read the names in use,
 * add the sheet (and learn its id), then everything else at once. If the second
 * or the last request fails, the sheet we added is deleted again, so the workbook
 * is as it was (a batch is no transaction: a failed request may have added it);
 * if deleting fails too, the message says so and names the sheet.
 */
import type { Raster } from "../core/invoer/raster";
import { brokken, rijenPerBrok } from "./brokken";
import { bereik } from "./adres";
import { uniekeBladnaam, uniekeTabelnaam } from "./bladnaam";
import { tekensNaarPunten } from "../core/blad/blad-plan";
import { tekstBlijftTekst } from "./formule-veilig";
import { PaneFout, excelReden, officeFoutCode } from "./pane-fout";
import type { UitvoerPlan } from "./uitvoer-plan";

/** The part of the Excel global we use; injectable for tests. */
export interface ExcelRun {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export type Bron = { soort: "selectie" } | { soort: "tabel"; naam: string } | { soort: "blad"; naam: string };

export interface Werkmapoverzicht {
  bladen: Array<{ naam: string; gebruikt: string | null }>;
  tabellen: Array<{ naam: string; blad: string }>;
  selectie: { blad: string; adres: string } | null;
}

/** What the pane read: the shared reader's grid (core/invoer/invoer.ts) plus where it came from. */
export interface GelezenBereik extends Raster {
  /** Data rows that are hidden or filtered out: 1-based sheet row numbers, ascending (always known in Excel). */
  verborgenRijen: number[];
  /** What was read, for the pane ("Personen!A1:D4814"). */
  adres: string;
  verzoeken: number;
}

export interface LeesOpties {
  /** Called after every chunk with rows read so far and the total (data rows incl. header). */
  voortgang?: (gelezen: number, totaal: number) => void;
  /** Polled before every request; true stops reading with PaneFout "geannuleerd". */
  geannuleerd?: () => boolean;
  /** Override the chunk size (tests). */
  rijenPerBrok?: number;
}

export interface SchrijfResultaat {
  blad: string;
  tabel: string;
  grafiek: boolean;
  /** A chart was asked for but not made: Excel lacks ExcelApi 1.8 (chart series and axis number format). */
  grafiekOvergeslagen: boolean;
  /** The print setup (orientation, fit to page width, print area) was set; false where Excel lacks ExcelApi 1.9. */
  afdruk: boolean;
  verzoeken: number;
}

export interface ExcelToegang {
  overzicht(): Promise<Werkmapoverzicht>;
  lees(bron: Bron, opties?: LeesOpties): Promise<GelezenBereik>;
  bladBestaat(naam: string): Promise<boolean>;
  schrijf(plan: UitvoerPlan): Promise<SchrijfResultaat>;
  verwijderBlad(naam: string): Promise<void>;
  /** Shows a cell to the user (from the error list): activates its sheet and selects it. */
  selecteer(blad: string, adres: string): Promise<void>;
}

/** Segments per request when looking for hidden rows (keeps requests far below the limit). */
const MAX_SEGMENTEN_PER_VERZOEK = 2000;

/** Whether the Excel host supports an API requirement set (Office.context.requirements); false outside Office. */
function ondersteunt(set: string, versie: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (s: string, v: string) => boolean } } } })
    .Office;
  try {
    return office?.context?.requirements?.isSetSupported?.(set, versie) === true;
  } catch {
    return false;
  }
}

function standaardExcel(): ExcelRun {
  const excel = (globalThis as { Excel?: ExcelRun }).Excel;
  if (!excel || typeof excel.run !== "function") {
    throw new PaneFout("geen-excel", "Excel is niet beschikbaar. Open dit taakvenster in Excel (bureaublad of op het web).");
  }
  return excel;
}

export function maakExcelToegang(excel?: ExcelRun): ExcelToegang {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => (excel ?? standaardExcel()).run(batch);

  async function overzicht(): Promise<Werkmapoverzicht> {
    const basis = await run(async (context) => {
      const bladen = context.workbook.worksheets;
      bladen.load("items/name");
      const tabellen = context.workbook.tables;
      tabellen.load("items/name, items/worksheet/name");
      await context.sync();
      const gebruikt = bladen.items.map((b) => b.getUsedRangeOrNullObject(true).load("address"));
      await context.sync();
      return {
        bladen: bladen.items.map((b, i) => ({
          naam: b.name,
          gebruikt: gebruikt[i]!.isNullObject ? null : zonderBlad(gebruikt[i]!.address),
        })),
        tabellen: tabellen.items.map((t) => ({ naam: t.name, blad: t.worksheet.name })),
      };
    });
    // The selection can be a chart or a shape: then there is no range, which is fine.
    let selectie: Werkmapoverzicht["selectie"] = null;
    try {
      selectie = await run(async (context) => {
        const r = context.workbook.getSelectedRange().load("address, worksheet/name");
        await context.sync();
        return { blad: r.worksheet.name, adres: zonderBlad(r.address) };
      });
    } catch {
      selectie = null;
    }
    return { ...basis, selectie };
  }

  async function lees(bron: Bron, opties: LeesOpties = {}): Promise<GelezenBereik> {
    const stop = () => {
      if (opties.geannuleerd?.()) throw new PaneFout("geannuleerd", "Het lezen is geannuleerd; er is niets geschreven.");
    };
    try {
      return await run(async (context) => {
        let verzoeken = 0;
        const sync = async () => {
          stop();
          verzoeken++;
          await context.sync();
        };
        // 1. Where is the data: sheet, first row and column, size.
        const { blad, r0, c0, rijen, kolommen } = await plaatsVan(context, bron, sync);
        const werkblad = context.workbook.worksheets.getItem(blad);
        const waarden: unknown[][] = [];
        const verborgen: number[] = [];
        let grootte = opties.rijenPerBrok ?? rijenPerBrok(kolommen);
        let start = 0;
        opties.voortgang?.(0, rijen);
        // 2. The rows, chunk by chunk.
        while (start < rijen) {
          const aantal = Math.min(grootte, rijen - start);
          const r = werkblad.getRangeByIndexes(r0 + start, c0, aantal, kolommen).load("values, rowHidden");
          try {
            await sync();
          } catch (e) {
            const code = officeFoutCode(e);
            if ((code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") && aantal > 1) {
              grootte = Math.max(1, Math.floor(aantal / 2));
              continue;
            }
            throw e;
          }
          for (const rij of r.values) waarden.push(rij);
          if (r.rowHidden === true) for (let i = 0; i < aantal; i++) verborgen.push(r0 + start + i);
          else if (r.rowHidden === null) verborgen.push(...(await verborgenRijen(werkblad, r0 + start, c0, aantal, sync)));
          start += aantal;
          opties.voortgang?.(start, rijen);
        }
        const [koppen = [], ...data] = waarden;
        return {
          blad,
          rijIndex: r0,
          kolomIndex: c0,
          koppen,
          rijen: data,
          // The header row itself is not data: a hidden header is no problem of the rows.
          verborgenRijen: verborgen.filter((r) => r > r0).map((r) => r + 1),
          adres: `${blad}!${bereikTekst(r0, c0, rijen, kolommen)}`,
          verzoeken,
        };
      });
    } catch (e) {
      if (e instanceof PaneFout) throw e;
      throw new PaneFout("lezen", `Lezen uit Excel is mislukt: ${excelReden(e)}.`, e);
    }
  }

  async function bladBestaat(naam: string): Promise<boolean> {
    // Sheet names compare without regard to case, as in Excel.
    return run(async (context) => {
      const bladen = context.workbook.worksheets.load("items/name");
      await context.sync();
      const gezocht = naam.toLocaleLowerCase("nl");
      return bladen.items.some((b) => b.name.toLocaleLowerCase("nl") === gezocht);
    });
  }

  async function schrijf(plan: UitvoerPlan): Promise<SchrijfResultaat> {
    let verzoeken = 0;
    // 1. Names in use, so that we never reuse one; ids, so that we can tell a sheet of ours later.
    let namen: { bladen: string[]; ids: string[]; tabellen: string[] };
    try {
      namen = await run(async (context) => {
        const bladen = context.workbook.worksheets.load("items/name, items/id");
        const tabellen = context.workbook.tables.load("items/name");
        verzoeken++;
        await context.sync();
        return { bladen: bladen.items.map((b) => b.name), ids: bladen.items.map((b) => b.id), tabellen: tabellen.items.map((t) => t.name) };
      });
    } catch (e) {
      throw new PaneFout("schrijven", `De bladen van de werkmap konden niet worden gelezen: ${excelReden(e)}. Er is niets veranderd.`, e);
    }
    const bladnaam = uniekeBladnaam(plan.bladnaam, namen.bladen);
    const tabelnaam = uniekeTabelnaam(plan.tabelnaam, namen.tabellen);

    // 2. Our own new sheet; its id tells us later which sheet is ours to remove.
    let bladId: string;
    try {
      bladId = await run(async (context) => {
        const blad = context.workbook.worksheets.add(bladnaam);
        blad.load("id");
        verzoeken++;
        await context.sync();
        return blad.id;
      });
    } catch (e) {
      // A batch is no transaction: the sheet may have been added before the request failed. A sheet
      // with our new name that was not there in step 1 is ours; unless the name was taken meanwhile.
      const opgeruimd = officeFoutCode(e) === "ItemAlreadyExists" || (await verwijderNieuw(bladnaam, namen.ids));
      throw new PaneFout(
        "schrijven",
        opgeruimd
          ? `Het nieuwe blad "${bladnaam}" kon niet worden gemaakt: ${excelReden(e)}. Er is niets veranderd.`
          : `Het nieuwe blad "${bladnaam}" kon niet worden gemaakt (${excelReden(e)}), en een half gemaakt blad "${bladnaam}" kon niet worden verwijderd. Verwijder het zelf als het er staat; andere bladen zijn niet veranderd.`,
        e,
      );
    }

    // 3. Everything else in one request. The manifest declares ExcelApi 1.7 (getRangeByIndexes); two parts need
    // more and are skipped where Excel lacks them (test/manifest/vereisten.test.ts checks the guards):
    // the print setup needs ExcelApi 1.9 (Worksheet.pageLayout), the chart ExcelApi 1.8 (ChartAxis.numberFormat).
    const afdrukken = ondersteunt("ExcelApi", "1.9");
    // The reading report as a note on the title cell (BladPlan.notitie): notes need ExcelApi 1.18
    // (Worksheet.notes); older Excel gets it as a comment (ExcelApi 1.10); without either, the pane showed it.
    const notities = ondersteunt("ExcelApi", "1.18");
    const opmerkingen = ondersteunt("ExcelApi", "1.10");
    const grafiekMogelijk = ondersteunt("ExcelApi", "1.8");
    try {
      await run(async (context) => {
        const blad = context.workbook.worksheets.getItem(bladId);
        for (const blok of plan.blokken) {
          const r = blad.getRange(blok.adres);
          // Text format for user text that Excel would otherwise run as a formula (formule-veilig.ts).
          r.numberFormat = tekstBlijftTekst(blok.waarden, blok.formaten);
          r.values = blok.waarden;
        }
        const tabel = blad.tables.add(plan.tabel.adres, true);
        tabel.name = tabelnaam;
        tabel.style = plan.tabel.stijl;
        tabel.showTotals = true;
        const totaal = tabel.getTotalRowRange();
        totaal.numberFormat = tekstBlijftTekst([plan.tabel.totaalrij], [plan.tabel.totaalFormaten]);
        totaal.values = [plan.tabel.totaalrij];
        for (const adres of plan.vet) blad.getRange(adres).format.font.bold = true;
        for (const adres of plan.omloop) blad.getRange(adres).format.wrapText = true;
        blad.getRange(plan.titelCel).format.font.size = plan.titelGrootte;
        for (const k of plan.kolombreedtes) blad.getRange(`${k.kolom}:${k.kolom}`).format.columnWidth = tekensNaarPunten(k.tekens);
        for (const h of plan.rijhoogtes) blad.getRange(`${h.rij + 1}:${h.rij + 1}`).format.rowHeight = h.punten;
        if (plan.notitie && notities) blad.notes.add(blad.getRange(plan.notitie.cel), plan.notitie.tekst);
        else if (plan.notitie && opmerkingen) context.workbook.comments.add(blad.getRange(plan.notitie.cel), plan.notitie.tekst);
        if (afdrukken) {
          // pageLayout is a navigation property (an object whose properties we set), not a value read back.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          const pagina = blad.pageLayout;
          pagina.orientation = plan.afdruk.liggend ? "Landscape" : "Portrait";
          pagina.paperSize = plan.afdruk.papier;
          // Fit to N pages wide, any number high: Excel's own "fit all columns on one page" is verticalFitToPages 0.
          pagina.zoom = { horizontalFitToPages: plan.afdruk.paginasBreed, verticalFitToPages: 0 };
          pagina.setPrintArea(plan.afdruk.bereik);
        }
        if (grafiekMogelijk && plan.grafiek) {
          const g = plan.grafiek;
          const [eerste, ...rest] = g.reeksen;
          if (eerste) {
            const grafiek = blad.charts.add(
              "ColumnClustered" as Excel.ChartType,
              blad.getRange(eerste.waarden),
              "Columns" as Excel.ChartSeriesBy,
            );
            grafiek.title.text = g.titel;
            const s0 = grafiek.series.getItemAt(0);
            s0.name = eerste.naam;
            s0.setXAxisValues(blad.getRange(eerste.x));
            for (const reeks of rest) {
              const s = grafiek.series.add(reeks.naam);
              s.setValues(blad.getRange(reeks.waarden));
              s.setXAxisValues(blad.getRange(reeks.x));
              if (reeks.soort !== "ColumnClustered") s.chartType = reeks.soort as Excel.ChartType;
            }
            grafiek.axes.valueAxis.numberFormat = g.waardeAs.numberFormat;
            grafiek.axes.valueAxis.minimum = g.waardeAs.minimum;
            grafiek.legend.position = "Bottom" as Excel.ChartLegendPosition;
            grafiek.setPosition(g.van, g.tot);
          }
        }
        blad.activate();
        verzoeken++;
        await context.sync();
      });
    } catch (e) {
      const opgeruimd = await verwijderOpId(bladId);
      throw new PaneFout(
        "schrijven",
        opgeruimd
          ? `Schrijven naar het nieuwe blad "${bladnaam}" is halverwege mislukt (${excelReden(e)}). Het half geschreven blad is verwijderd; de werkmap is weer zoals hij was. Probeer het opnieuw.`
          : `Schrijven naar het nieuwe blad "${bladnaam}" is halverwege mislukt (${excelReden(e)}), en het blad kon niet worden verwijderd. Verwijder het blad "${bladnaam}" zelf; andere bladen zijn niet veranderd.`,
        e,
      );
    }
    return {
      blad: bladnaam,
      tabel: tabelnaam,
      grafiek: grafiekMogelijk && plan.grafiek !== null,
      grafiekOvergeslagen: !grafiekMogelijk && plan.grafiek !== null,
      afdruk: afdrukken,
      verzoeken,
    };
  }

  /** Deletes the sheet we added (by id, so never a sheet of the user). True when it is gone. */
  async function verwijderOpId(id: string): Promise<boolean> {
    try {
      await run(async (context) => {
        const blad = context.workbook.worksheets.getItemOrNullObject(id);
        blad.load("name");
        await context.sync();
        if (!blad.isNullObject) {
          blad.delete();
          await context.sync();
        }
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Deletes sheets named `naam` that were not there before (their id is not in `bekend`). True when none is left. */
  async function verwijderNieuw(naam: string, bekend: readonly string[]): Promise<boolean> {
    try {
      await run(async (context) => {
        const bladen = context.workbook.worksheets.load("items/name, items/id");
        await context.sync();
        const gezocht = naam.toLocaleLowerCase("nl");
        const nieuw = bladen.items.filter((b) => b.name.toLocaleLowerCase("nl") === gezocht && !bekend.includes(b.id));
        if (nieuw.length === 0) return;
        for (const b of nieuw) b.delete();
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  }

  async function verwijderBlad(naam: string): Promise<void> {
    await run(async (context) => {
      context.workbook.worksheets.getItem(naam).delete();
      await context.sync();
    });
  }

  async function selecteer(blad: string, adres: string): Promise<void> {
    try {
      await run(async (context) => {
        const werkblad = context.workbook.worksheets.getItem(blad);
        werkblad.activate();
        werkblad.getRange(adres).select();
        await context.sync();
      });
    } catch (e) {
      throw new PaneFout("bron", `Cel ${adres} op blad "${blad}" kan niet worden getoond: ${excelReden(e)}.`, e);
    }
  }

  return { overzicht, lees, bladBestaat, schrijf, verwijderBlad, selecteer };
}

/** Sheet, first row/column and size of what to read; a selection or sheet is clipped to the used range. */
async function plaatsVan(
  context: Excel.RequestContext,
  bron: Bron,
  sync: () => Promise<void>,
): Promise<{ blad: string; r0: number; c0: number; rijen: number; kolommen: number }> {
  const geometrie = "rowIndex, columnIndex, rowCount, columnCount";
  if (bron.soort === "tabel") {
    const tabel = context.workbook.tables.getItem(bron.naam);
    tabel.load("name, worksheet/name");
    const kop = tabel.getHeaderRowRange().load(geometrie);
    const romp = tabel.getDataBodyRange().load("rowCount");
    try {
      await sync();
    } catch (e) {
      if (officeFoutCode(e) === "ItemNotFound") throw geenBron(`tabel "${bron.naam}"`);
      throw e;
    }
    // Header + data rows; the table's total row (if shown) is not input.
    // `sync` above is context.sync() behind the cancel check, which the office-addins rules cannot see through.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    return { blad: tabel.worksheet.name, r0: kop.rowIndex, c0: kop.columnIndex, rijen: 1 + romp.rowCount, kolommen: kop.columnCount };
  }
  const werkblad = bron.soort === "blad" ? context.workbook.worksheets.getItem(bron.naam) : context.workbook.getSelectedRange().worksheet;
  werkblad.load("name");
  const gebruikt = werkblad.getUsedRangeOrNullObject(true).load(geometrie);
  const selectie = bron.soort === "selectie" ? context.workbook.getSelectedRange().load(geometrie) : null;
  try {
    await sync();
  } catch (e) {
    if (officeFoutCode(e) === "InvalidSelection")
      throw new PaneFout("bron", "Selecteer eerst de cellen met de gegevens (met de kolomkoppen in de eerste rij).");
    if (officeFoutCode(e) === "ItemNotFound" && bron.soort === "blad") throw geenBron(`blad "${bron.naam}"`);
    throw e;
  }
  if (gebruikt.isNullObject) throw new PaneFout("bron", `Blad "${werkblad.name}" is leeg.`);
  const g = { r: gebruikt.rowIndex, c: gebruikt.columnIndex, rc: gebruikt.rowCount, cc: gebruikt.columnCount };
  if (!selectie || selectie.rowCount * selectie.columnCount === 1) {
    // One selected cell means "the data around here": the used range of the sheet.
    return { blad: werkblad.name, r0: g.r, c0: g.c, rijen: g.rc, kolommen: g.cc };
  }
  // A selection of whole columns (A:D) reaches row 1.048.576: clip it to the used range.
  const r0 = Math.max(selectie.rowIndex, g.r);
  const c0 = Math.max(selectie.columnIndex, g.c);
  const r1 = Math.min(selectie.rowIndex + selectie.rowCount, g.r + g.rc);
  const c1 = Math.min(selectie.columnIndex + selectie.columnCount, g.c + g.cc);
  if (r1 <= r0 || c1 <= c0) throw new PaneFout("bron", "De selectie bevat geen gegevens.");
  return { blad: werkblad.name, r0, c0, rijen: r1 - r0, kolommen: c1 - c0 };
}

/**
 * The hidden (or filtered) rows among `aantal` rows from `r0`: bisects the
 * rows whose rowHidden is mixed (null) until each part is all hidden or all
 * visible. Few hidden rows cost few requests; one column is enough to ask.
 */
async function verborgenRijen(
  werkblad: Excel.Worksheet,
  r0: number,
  c0: number,
  aantal: number,
  sync: () => Promise<void>,
): Promise<number[]> {
  const uit: number[] = [];
  let open: Array<[number, number]> = [[r0, aantal]];
  while (open.length > 0) {
    const delen = open.flatMap(([s, n]): Array<[number, number]> => {
      const helft = Math.ceil(n / 2);
      return n === 1
        ? [[s, 1]]
        : [
            [s, helft],
            [s + helft, n - helft],
          ];
    });
    open = [];
    for (const [start, aantalDelen] of brokken(delen.length, MAX_SEGMENTEN_PER_VERZOEK)) {
      const groep = delen.slice(start, start + aantalDelen);
      const bereiken = groep.map(([s, n]) => werkblad.getRangeByIndexes(s, c0, n, 1).load("rowHidden"));
      await sync();
      groep.forEach(([s, n], i) => {
        const h = bereiken[i]!.rowHidden;
        if (h === true) for (let k = 0; k < n; k++) uit.push(s + k);
        else if (h === null && n > 1) open.push([s, n]);
        else if (h === null) uit.push(s);
      });
    }
  }
  return uit.sort((a, b) => a - b);
}

function geenBron(wat: string): PaneFout {
  return new PaneFout("bron", `${wat.charAt(0).toUpperCase()}${wat.slice(1)} bestaat niet (meer). Kies opnieuw.`);
}

function zonderBlad(adres: string): string {
  const i = adres.lastIndexOf("!");
  return i >= 0 ? adres.slice(i + 1) : adres;
}

function bereikTekst(r0: number, c0: number, rijen: number, kolommen: number): string {
  return bereik(r0, c0, rijen, kolommen);
}
