/**
 * The chart of a sheet plan (core/blad/blad-plan: GrafiekPlan) as DrawingML
 * parts in an .xlsx that exceljs wrote (exceljs cannot write charts): the
 * task pane draws the same chart through the Excel API (Worksheet.charts).
 *
 * Parts added (ECMA-376 Part 1, 5th ed.):
 * - xl/charts/chartN.xml: c:chartSpace with a c:barChart (clustered columns)
 *   and, for a "Line" series, a c:lineChart on the same axes (21.2.2); the
 *   series refer to the sheet's ranges and carry c:strCache/c:numCache with
 *   the values, so viewers show the chart without recalculating;
 * - xl/drawings/drawingN.xml: an xdr:twoCellAnchor holding the
 *   xdr:graphicFrame (20.5.2.33), from the plan's `van` to `tot` cell;
 * - the relationships sheet → drawing → chart, the content-type overrides,
 *   and the sheet's <drawing r:id> element where CT_Worksheet wants it
 *   (18.3.1.99: after headerFooter, rowBreaks, colBreaks, customProperties,
 *   cellWatches, ignoredErrors, smartTags; before legacyDrawing, …,
 *   tableParts, extLst).
 * Also the print area: a plan's print area of several ranges (the chart's
 * printed on a page of its own) becomes one _xlnm.Print_Area with the ranges
 * comma-separated (18.2.5; exceljs writes one defined name per range, the
 * same name twice).
 */
import JSZip from "jszip";
import type { BladPlan, Celwaarde, GrafiekPlan, GrafiekReeks } from "../../core/blad/blad-plan";
import { waardenIn } from "../../core/blad/blad-plan";
import { leesCelbereik } from "../../core/invoer/cel";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_TYPE = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
/** The sheet elements that come after <drawing> in CT_Worksheet, in order. */
const NA_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AS_IDS = { categorie: 500_000_001, waarde: 500_000_002 };

/** Text for XML content and attribute values. */
export function xmlTekst(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** "'Tabel 1 2023Q2'!$G$4:$G$16" for a range of the plan on sheet `blad`. */
export function absoluutAdres(blad: string, adres: string): string {
  const b = leesCelbereik(adres);
  if (!b) throw new Error(`Ongeldig adres in het bladplan: ${adres}`);
  const cel = (rij: number, kolom: number) => `$${kolomNaam(kolom)}$${rij + 1}`;
  const eind = cel(b.rij + b.rijen - 1, b.kolom + b.kolommen - 1);
  const begin = cel(b.rij, b.kolom);
  return `'${blad.replace(/'/g, "''")}'!${begin}${begin === eind ? "" : `:${eind}`}`;
}

function kolomNaam(kolom: number): string {
  let s = "";
  for (let n = kolom + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rich text of a title: one paragraph, size in hundredths of a point; `rot` turns it (the value axis' title). */
function rijkeTekst(tekst: string, grootte: number, vet: boolean, rot = false): string {
  const rPr = `sz="${grootte}" b="${vet ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr${rot ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr ${rPr}/></a:pPr><a:r><a:rPr lang="nl-NL" ${rPr}/><a:t>${xmlTekst(tekst)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/>`
  );
}

function strCache(waarden: readonly Celwaarde[]): string {
  const pt = waarden.map((w, i) => `<c:pt idx="${i}"><c:v>${xmlTekst(String(w))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${waarden.length}"/>${pt}</c:strCache>`;
}

/** Numbers only: an empty cell ("" — realisatie when the doel is 0) has no point, so the chart shows a gap. */
function numCache(waarden: readonly Celwaarde[], formaat: string): string {
  const pt = waarden.map((w, i) => (typeof w === "number" && Number.isFinite(w) ? `<c:pt idx="${i}"><c:v>${w}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${xmlTekst(formaat)}</c:formatCode><c:ptCount val="${waarden.length}"/>${pt}</c:numCache>`;
}

/** One c:ser: name, (line: no markers), categories and values with their caches. */
function reeksXml(plan: BladPlan, g: GrafiekPlan, r: GrafiekReeks, i: number): string {
  const lijn = r.soort === "Line";
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlTekst(r.naam)}</c:v></c:tx>` +
    (lijn ? `<c:marker><c:symbol val="none"/></c:marker>` : `<c:invertIfNegative val="0"/>`) +
    `<c:cat><c:strRef><c:f>${xmlTekst(absoluutAdres(plan.bladnaam, r.x))}</c:f>${strCache(waardenIn(plan, r.x))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlTekst(absoluutAdres(plan.bladnaam, r.waarden))}</c:f>` +
    `${numCache(waardenIn(plan, r.waarden), g.waardeAs.numberFormat)}</c:numRef></c:val>` +
    (lijn ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

const asIds = `<c:axId val="${AS_IDS.categorie}"/><c:axId val="${AS_IDS.waarde}"/>`;

/** The two axes: categories at the bottom, values on the left from the plan's minimum, with titles and the value format. */
function assenXml(g: GrafiekPlan): string {
  return (
    `<c:catAx><c:axId val="${AS_IDS.categorie}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:title>${rijkeTekst(g.categorieAs.titel, 1000, false)}</c:title>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${AS_IDS.waarde}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AS_IDS.waarde}"/><c:scaling><c:orientation val="minMax"/><c:min val="${g.waardeAs.minimum}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title>${rijkeTekst(g.waardeAs.titel, 1000, false, true)}</c:title>` +
    `<c:numFmt formatCode="${xmlTekst(g.waardeAs.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AS_IDS.categorie}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

/** xl/charts/chartN.xml for the plan's chart. */
export function grafiekXml(plan: BladPlan, g: GrafiekPlan): string {
  const reeksen = g.reeksen.map((r, i) => ({ r, i }));
  const kolommen = reeksen.filter(({ r }) => r.soort === "ColumnClustered");
  const lijnen = reeksen.filter(({ r }) => r.soort === "Line");
  const ser = (lijst: typeof reeksen) => lijst.map(({ r, i }) => reeksXml(plan, g, r, i)).join("");
  const staaf =
    kolommen.length > 0
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser(kolommen)}` +
        `<c:gapWidth val="150"/>${asIds}</c:barChart>`
      : "";
  const lijn =
    lijnen.length > 0
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser(lijnen)}<c:marker val="1"/>${asIds}</c:lineChart>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="nl-NL"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${rijkeTekst(g.titel, 1200, true)}</c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${staaf}${lijn}${assenXml(g)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

/** xl/drawings/drawingN.xml: the chart anchored from the top-left of `van` to the bottom-right of `tot`; its title as alt text. */
export function tekeningXml(g: GrafiekPlan, chartRelatie: string): string {
  const van = leesCelbereik(g.van);
  const tot = leesCelbereik(g.tot);
  if (!van || !tot) throw new Error(`Ongeldige plaats van de grafiek: ${g.van}:${g.tot}`);
  const punt = (kolom: number, rij: number) =>
    `<xdr:col>${kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${rij}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor><xdr:from>${punt(van.kolom, van.rij)}</xdr:from><xdr:to>${punt(tot.kolom + 1, tot.rij + 1)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1" descr="${xmlTekst(g.titel)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRelatie}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function relaties(lijst: ReadonlyArray<{ id: string; type: string; doel: string }>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
    lijst.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlTekst(r.doel)}"/>`).join("") +
    `</Relationships>`
  );
}

/** `element` inserted in the sheet XML before the first of the elements `erna` (CT_Worksheet's order), else before </worksheet>. */
function voegInVoor(bladXml: string, element: string, erna: readonly string[]): string {
  let plek = -1;
  for (const naam of erna) {
    const m = new RegExp(`<${naam}[\\s/>]`).exec(bladXml);
    if (m && (plek < 0 || m.index < plek)) plek = m.index;
  }
  if (plek < 0) plek = bladXml.lastIndexOf("</worksheet>");
  if (plek < 0) throw new Error("Het werkblad-XML heeft geen </worksheet>.");
  return bladXml.slice(0, plek) + element + bladXml.slice(plek);
}

/**
 * The sheet's <legacyDrawing> (the notes' VML) where CT_Worksheet wants it: exceljs writes it last,
 * after tableParts and extLst, which the schema does not allow.
 */
export function legacyDrawingOpZijnPlaats(bladXml: string): string {
  const oud = [...bladXml.matchAll(/<legacyDrawing\s[^>]*\/>/g)].map((m) => m[0]);
  if (oud.length === 0) return bladXml;
  const zonder = oud.reduce((xml, el) => xml.replace(el, ""), bladXml);
  return voegInVoor(zonder, oud.join(""), NA_DRAWING.slice(1));
}

/** The <drawing r:id> element in the sheet XML, before the first element CT_Worksheet puts after it. */
export function metTekeningElement(bladXml: string, relatie: string): string {
  const kop = bladXml.slice(0, bladXml.indexOf(">", bladXml.indexOf("<worksheet")));
  const metNs = kop.includes(`xmlns:r="${NS.r}"`) ? bladXml : bladXml.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
  return voegInVoor(metNs, `<drawing r:id="${relatie}"/>`, NA_DRAWING);
}

/** The value of attribute `naam` in an XML start tag, unescaped. */
function attribuut(tag: string, naam: string): string | null {
  const m = new RegExp(`\\s${naam}="([^"]*)"`).exec(tag);
  return m
    ? m[1]!
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : null;
}

/** The zip path of the sheet called `blad`, through xl/workbook.xml and its relationships. */
async function bladPad(zip: JSZip, blad: string): Promise<{ pad: string; index: number }> {
  const werkboek = await tekst(zip, "xl/workbook.xml");
  const bladen = [...werkboek.matchAll(/<sheet\s[^>]*>/g)].map((m) => m[0]);
  const index = bladen.findIndex((t) => attribuut(t, "name") === blad);
  const id = index < 0 ? null : attribuut(bladen[index]!, "r:id");
  const rels = await tekst(zip, "xl/_rels/workbook.xml.rels");
  const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((t) => attribuut(t, "Id") === id);
  const doel = rel ? attribuut(rel, "Target") : null;
  if (!doel) throw new Error(`Blad "${blad}" staat niet in de geschreven werkmap.`);
  return { pad: doel.startsWith("/") ? doel.slice(1) : `xl/${doel}`, index };
}

async function tekst(zip: JSZip, pad: string): Promise<string> {
  const deel = zip.file(pad);
  if (!deel) throw new Error(`${pad} ontbreekt in de geschreven werkmap.`);
  return deel.async("string");
}

/** The first `voorvoegsel`N`achtervoegsel` not in the zip. */
function vrijeNaam(zip: JSZip, voorvoegsel: string, achtervoegsel: string): { pad: string; n: number } {
  for (let n = 1; ; n++) if (!zip.file(`${voorvoegsel}${n}${achtervoegsel}`)) return { pad: `${voorvoegsel}${n}${achtervoegsel}`, n };
}

/** A relationship id not yet used in a .rels text. */
function vrijeRelatie(rels: string): string {
  for (let n = 1; ; n++) if (!rels.includes(`Id="rId${n}"`)) return `rId${n}`;
}

/**
 * One _xlnm.Print_Area for sheet number `index` holding all the plan's
 * ranges, comma-separated and wholly absolute ("'Blad'!$A$1:$G$38,'Blad'!$I$3:$P$22").
 * exceljs writes one defined name per range, in its "$A1:$G38" form; LibreOffice
 * ignored a list of those and printed the whole sheet.
 */
export function afdrukbereikUitPlan(werkboek: string, index: number, plan: Pick<BladPlan, "bladnaam" | "afdruk">): string {
  const patroon = new RegExp(`<definedName name="_xlnm\\.Print_Area" localSheetId="${index}">[^<]*</definedName>`, "g");
  const lijst = plan.afdruk.bereik.split(",").map((b) => absoluutAdres(plan.bladnaam, b.trim()));
  const naam = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${xmlTekst(lijst.join(","))}</definedName>`;
  let eerste = true;
  return werkboek.replace(patroon, () => {
    const uit = eerste ? naam : "";
    eerste = false;
    return uit;
  });
}

/**
 * What exceljs cannot write of the sheet plans of a workbook, done on the bytes it wrote: each plan's
 * chart (if any), its sheet's elements in the schema's order (legacyDrawing), and its print area as
 * one defined name; returns the new bytes, compressed once here (exceljs may store them uncompressed:
 * werkmapBytes's `ongecomprimeerd`). Every sheet plan the CLI writes goes through here.
 */
export async function voltooiBladen(bytes: Uint8Array, plannen: readonly BladPlan[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const plan of plannen) await voltooiBlad(zip, plan);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** One plan's sheet in the opened workbook: schema order, print area, chart. */
async function voltooiBlad(zip: JSZip, plan: BladPlan): Promise<void> {
  const blad = await bladPad(zip, plan.bladnaam);
  zip.file(blad.pad, legacyDrawingOpZijnPlaats(await tekst(zip, blad.pad)));
  zip.file("xl/workbook.xml", afdrukbereikUitPlan(await tekst(zip, "xl/workbook.xml"), blad.index, plan));
  if (plan.grafiek) await voegGrafiekToe(zip, blad.pad, plan, plan.grafiek);
}

/** The chart as DrawingML parts: chart, drawing with its rels, the sheet's <drawing>, content types. */
async function voegGrafiekToe(zip: JSZip, deel: string, plan: BladPlan, plot: GrafiekPlan): Promise<void> {
  const grafiek = vrijeNaam(zip, "xl/charts/chart", ".xml");
  const tekening = vrijeNaam(zip, "xl/drawings/drawing", ".xml");
  const bestand = (pad: string) => pad.slice(pad.lastIndexOf("/") + 1);

  zip.file(grafiek.pad, grafiekXml(plan, plot));
  zip.file(tekening.pad, tekeningXml(plot, "rId1"));
  zip.file(
    `xl/drawings/_rels/${bestand(tekening.pad)}.rels`,
    relaties([{ id: "rId1", type: REL_TYPE.chart, doel: `../charts/${bestand(grafiek.pad)}` }]),
  );

  const map = deel.slice(0, deel.lastIndexOf("/"));
  const bladRelsPad = `${map}/_rels/${bestand(deel)}.rels`;
  const bladRels = zip.file(bladRelsPad) ? await tekst(zip, bladRelsPad) : relaties([]);
  const relatie = vrijeRelatie(bladRels);
  const nieuweRel = `<Relationship Id="${relatie}" Type="${REL_TYPE.drawing}" Target="../drawings/${bestand(tekening.pad)}"/>`;
  zip.file(bladRelsPad, bladRels.replace("</Relationships>", `${nieuweRel}</Relationships>`));
  zip.file(deel, metTekeningElement(await tekst(zip, deel), relatie));

  const typen = await tekst(zip, "[Content_Types].xml");
  const overrides =
    `<Override PartName="/${grafiek.pad}" ContentType="${CONTENT_TYPE.chart}"/>` +
    `<Override PartName="/${tekening.pad}" ContentType="${CONTENT_TYPE.drawing}"/>`;
  zip.file("[Content_Types].xml", typen.replace("</Types>", `${overrides}</Types>`));
}
