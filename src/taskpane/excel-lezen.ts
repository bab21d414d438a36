/**
 * Reading from Excel: the workbook overview (sheets, tables, selection) and a
 * range read in chunks with its hidden rows. Each chunk of rows is one request,
 * sized by `rijenPerBrok` to stay under Excel on the web's 5 MB payload limit;
 * a too-large response halves the chunk and retries. Progress is reported in
 * data rows (the header row is not counted), after the size is known.
 */
import { brokken, rijenPerBrok } from "./brokken";
import { bereik } from "./adres";
import { PaneFout, excelReden, officeFoutCode } from "./pane-fout";
import type { Bron, GelezenBereik, LeesOpties, Uitvoerder, Werkmapoverzicht } from "./excel-typen";

/** Segments per request when looking for hidden rows (keeps requests far below the limit). */
const MAX_SEGMENTEN_PER_VERZOEK = 2000;

export async function overzicht(run: Uitvoerder): Promise<Werkmapoverzicht> {
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

export async function lees(run: Uitvoerder, bron: Bron, opties: LeesOpties = {}): Promise<GelezenBereik> {
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
      // Data rows only: the header row is not counted ("4.813 van 4.813 rijen", not 4.814).
      opties.voortgang?.(0, Math.max(0, rijen - 1));
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
        opties.voortgang?.(Math.max(0, start - 1), Math.max(0, rijen - 1));
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
