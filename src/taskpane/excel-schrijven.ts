/**
 * Writing to Excel, always to a NEW sheet. Three requests: read the names in
 * use, add the sheet (and learn its id), then everything else at once. If the
 * second or the last request fails, the sheet we added is deleted again, so the
 * workbook is as it was (a batch is no transaction: a failed request may have
 * added it); if deleting fails too, the message says so and names the sheet.
 * Progress is reported per request ("stap 2 van 3").
 */
import { uniekeBladnaam, uniekeTabelnaam } from "./bladnaam";
import { tekensNaarPunten } from "../core/blad/blad-plan";
import { tekstBlijftTekst } from "./formule-veilig";
import { PaneFout, excelReden, officeFoutCode } from "./pane-fout";
import type { GrafiekPlan, UitvoerPlan } from "./uitvoer-plan";
import type { SchrijfOpties, SchrijfResultaat, Uitvoerder } from "./excel-typen";

/** Requests a write takes; the progress counts them. */
export const SCHRIJFSTAPPEN = 3;

interface Namen {
  bladen: string[];
  ids: string[];
  tabellen: string[];
}

/** Fills the new sheet (in the last request); returns the name of the Excel table it made. */
type Vuller = (blad: Excel.Worksheet, namen: Namen, context: Excel.RequestContext) => { tabel: string };

/** Whether the Excel host supports an API requirement set (Office.context.requirements); false outside Office. */
export function ondersteunt(set: string, versie: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (s: string, v: string) => boolean } } } })
    .Office;
  try {
    return office?.context?.requirements?.isSetSupported?.(set, versie) === true;
  } catch {
    return false;
  }
}

/** The three requests of a write, with the clean-up when one fails. */
async function nieuwBlad(
  run: Uitvoerder,
  gewenst: string,
  vul: Vuller,
  opties: SchrijfOpties,
): Promise<{ blad: string; tabel: string; verzoeken: number }> {
  const stap = (n: number) => opties.voortgang?.(n, SCHRIJFSTAPPEN);
  stap(0);
  const namen = await leesNamen(run);
  stap(1);
  const bladnaam = uniekeBladnaam(gewenst, namen.bladen);
  const bladId = await voegBladToe(run, bladnaam, namen);
  stap(2);
  let tabel = "";
  try {
    await run(async (context) => {
      const blad = context.workbook.worksheets.getItem(bladId);
      tabel = vul(blad, namen, context).tabel;
      blad.activate();
      await context.sync();
    });
  } catch (e) {
    const opgeruimd = await verwijderOpId(run, bladId);
    throw new PaneFout(
      "schrijven",
      opgeruimd
        ? `Schrijven naar het nieuwe blad "${bladnaam}" is halverwege mislukt (${excelReden(e)}). Het half geschreven blad is verwijderd; de werkmap is weer zoals hij was. Probeer het opnieuw.`
        : `Schrijven naar het nieuwe blad "${bladnaam}" is halverwege mislukt (${excelReden(e)}), en het blad kon niet worden verwijderd. Verwijder het blad "${bladnaam}" zelf; andere bladen zijn niet veranderd.`,
      e,
    );
  }
  stap(3);
  return { blad: bladnaam, tabel, verzoeken: SCHRIJFSTAPPEN };
}

/** Request 1: names in use, so that we never reuse one; ids, so that we can tell a sheet of ours later. */
async function leesNamen(run: Uitvoerder): Promise<Namen> {
  try {
    return await run(async (context) => {
      const bladen = context.workbook.worksheets.load("items/name, items/id");
      const tabellen = context.workbook.tables.load("items/name");
      await context.sync();
      return { bladen: bladen.items.map((b) => b.name), ids: bladen.items.map((b) => b.id), tabellen: tabellen.items.map((t) => t.name) };
    });
  } catch (e) {
    throw new PaneFout("schrijven", `De bladen van de werkmap konden niet worden gelezen: ${excelReden(e)}. Er is niets veranderd.`, e);
  }
}

/** Request 2: our own new sheet; its id tells us later which sheet is ours to remove. */
async function voegBladToe(run: Uitvoerder, bladnaam: string, namen: Namen): Promise<string> {
  try {
    return await run(async (context) => {
      const blad = context.workbook.worksheets.add(bladnaam);
      blad.load("id");
      await context.sync();
      return blad.id;
    });
  } catch (e) {
    // A batch is no transaction: the sheet may have been added before the request failed. A sheet
    // with our new name that was not there in step 1 is ours; unless the name was taken meanwhile.
    const opgeruimd = officeFoutCode(e) === "ItemAlreadyExists" || (await verwijderNieuw(run, bladnaam, namen.ids));
    throw new PaneFout(
      "schrijven",
      opgeruimd
        ? `Het nieuwe blad "${bladnaam}" kon niet worden gemaakt: ${excelReden(e)}. Er is niets veranderd.`
        : `Het nieuwe blad "${bladnaam}" kon niet worden gemaakt (${excelReden(e)}), en een half gemaakt blad "${bladnaam}" kon niet worden verwijderd. Verwijder het zelf als het er staat; andere bladen zijn niet veranderd.`,
      e,
    );
  }
}

/** Carries out a write plan (Tabel 1, financing, comparison) on a new sheet. */
export async function schrijf(run: Uitvoerder, plan: UitvoerPlan, opties: SchrijfOpties = {}): Promise<SchrijfResultaat> {
  // The manifest declares ExcelApi 1.7 (getRangeByIndexes); two parts need more and are skipped where Excel
  // lacks them (test/manifest/vereisten.test.ts checks the guards, inside zetAfdruk and zetGrafiek).
  let afdrukken = false;
  let grafiekMogelijk = false;
  const uit = await nieuwBlad(
    run,
    plan.bladnaam,
    (blad, namen, context) => {
      const tabel = uniekeTabelnaam(plan.tabelnaam, namen.tabellen);
      vulPlan(blad, plan, tabel);
      zetNotitie(blad, plan, context);
      afdrukken = zetAfdruk(blad, plan);
      grafiekMogelijk = plan.grafiek ? zetGrafiek(blad, plan.grafiek) : ondersteunt("ExcelApi", "1.8");
      return { tabel };
    },
    opties,
  );
  return {
    blad: uit.blad,
    tabel: uit.tabel,
    grafiek: grafiekMogelijk && plan.grafiek !== null,
    grafiekOvergeslagen: !grafiekMogelijk && plan.grafiek !== null,
    afdruk: afdrukken,
    verzoeken: uit.verzoeken,
  };
}

/**
 * A plain data sheet with an Excel table over all of it (the sample data of the first-run card):
 * header row and rows as given, text cells kept as text.
 */
export async function schrijfGegevens(
  run: Uitvoerder,
  gegevens: { bladnaam: string; tabelnaam: string; rijen: unknown[][]; naBlad?: string },
  opties: SchrijfOpties = {},
): Promise<{ blad: string; tabel: string }> {
  const breedte = gegevens.rijen[0]?.length ?? 0;
  const adres = `A1:${kolom(breedte - 1)}${gegevens.rijen.length}`;
  return nieuwBlad(
    run,
    gegevens.bladnaam,
    (blad, namen) => {
      const r = blad.getRange(adres);
      r.numberFormat = tekstBlijftTekst(
        gegevens.rijen,
        gegevens.rijen.map((rij) => rij.map(() => "General")),
      );
      r.values = gegevens.rijen as Excel.Range["values"];
      const naam = uniekeTabelnaam(gegevens.tabelnaam, namen.tabellen);
      blad.tables.add(adres, true).name = naam;
      // Worksheet.position (ExcelApi 1.1): 0-based; the names of request 1 are in the workbook's order.
      const na = gegevens.naBlad
        ? namen.bladen.findIndex((b) => b.toLocaleLowerCase("nl") === gegevens.naBlad!.toLocaleLowerCase("nl"))
        : -1;
      if (na >= 0 && na + 1 < namen.bladen.length) blad.position = na + 1;
      return { tabel: naam };
    },
    opties,
  );
}

function kolom(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Cells, the table with its total row, bold, wrapping, title size, column widths and row heights. */
function vulPlan(blad: Excel.Worksheet, plan: UitvoerPlan, tabelnaam: string): void {
  for (const blok of plan.blokken) {
    const r = blad.getRange(blok.adres);
    // Text format for user text that Excel would otherwise run as a formula (formule-veilig.ts).
    r.numberFormat = tekstBlijftTekst(blok.waarden, blok.formaten);
    r.values = blok.waarden;
  }
  const tabel = blad.tables.add(plan.tabel.adres, true);
  tabel.name = tabelnaam;
  tabel.style = plan.tabel.stijl;
  // A table without a total row (the series: a sum over moments means nothing) gives an empty totaalrij.
  tabel.showTotals = plan.tabel.totaalrij.length > 0;
  if (plan.tabel.totaalrij.length > 0) {
    const totaal = tabel.getTotalRowRange();
    totaal.numberFormat = tekstBlijftTekst([plan.tabel.totaalrij], [plan.tabel.totaalFormaten]);
    totaal.values = [plan.tabel.totaalrij];
  }
  for (const adres of plan.vet) blad.getRange(adres).format.font.bold = true;
  for (const adres of plan.omloop) blad.getRange(adres).format.wrapText = true;
  blad.getRange(plan.titelCel).format.font.size = plan.titelGrootte;
  for (const k of plan.kolombreedtes) blad.getRange(`${k.kolom}:${k.kolom}`).format.columnWidth = tekensNaarPunten(k.tekens);
  for (const h of plan.rijhoogtes) blad.getRange(`${h.rij + 1}:${h.rij + 1}`).format.rowHeight = h.punten;
}

/** Portrait/landscape, paper, N pages wide, the print area: needs ExcelApi 1.9 (Worksheet.pageLayout); false without. */
function zetAfdruk(blad: Excel.Worksheet, plan: UitvoerPlan): boolean {
  const kan = ondersteunt("ExcelApi", "1.9");
  if (kan) {
    // pageLayout is a navigation property (an object whose properties we set), not a value read back.

    const pagina = blad.pageLayout;
    pagina.orientation = plan.afdruk.liggend ? "Landscape" : "Portrait";
    pagina.paperSize = plan.afdruk.papier;
    // Fit to N pages wide, any number high: Excel's own "fit all columns on one page" is verticalFitToPages 0.
    pagina.zoom = { horizontalFitToPages: plan.afdruk.paginasBreed, verticalFitToPages: 0 };
    pagina.setPrintArea(plan.afdruk.bereik);
  }
  return kan;
}

/**
 * The reading report as a note on the title cell (BladPlan.notitie): notes need ExcelApi 1.18
 * (Worksheet.notes); older Excel gets it as a comment (ExcelApi 1.10); without either, the pane showed it.
 */
function zetNotitie(blad: Excel.Worksheet, plan: UitvoerPlan, context: Excel.RequestContext): void {
  const notities = ondersteunt("ExcelApi", "1.18");
  const opmerkingen = ondersteunt("ExcelApi", "1.10");
  if (plan.notitie && notities) blad.notes.add(blad.getRange(plan.notitie.cel), plan.notitie.tekst);
  else if (plan.notitie && opmerkingen) context.workbook.comments.add(blad.getRange(plan.notitie.cel), plan.notitie.tekst);
}

/** The chart beside the table: needs ExcelApi 1.8 (ChartAxis.numberFormat); false without. */
function zetGrafiek(blad: Excel.Worksheet, g: GrafiekPlan): boolean {
  const kan = ondersteunt("ExcelApi", "1.8");
  const [eerste, ...rest] = g.reeksen;
  if (kan && eerste) {
    const grafiek = blad.charts.add("ColumnClustered" as Excel.ChartType, blad.getRange(eerste.waarden), "Columns" as Excel.ChartSeriesBy);
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
    grafiek.axes.valueAxis.title.text = g.waardeAs.titel;
    grafiek.axes.categoryAxis.title.text = g.categorieAs.titel;
    grafiek.legend.position = "Bottom" as Excel.ChartLegendPosition;
    grafiek.setPosition(g.van, g.tot);
  }
  return kan;
}

/** Deletes the sheet we added (by id, so never a sheet of the user). True when it is gone. */
async function verwijderOpId(run: Uitvoerder, id: string): Promise<boolean> {
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
async function verwijderNieuw(run: Uitvoerder, naam: string, bekend: readonly string[]): Promise<boolean> {
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
