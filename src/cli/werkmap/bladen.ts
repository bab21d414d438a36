/**
 * Which worksheets a workbook has, in tab order, and which part of the zip
 * holds each one: read from xl/workbook.xml and its relationships
 * (ECMA-376 Part 1, 18.2.19 sheet; Part 2, relationships). Small files, read
 * with patterns: we need names, states and targets before the sheets
 * themselves are thinned (uitdunnen.ts) and handed to exceljs.
 */

export interface BladDeel {
  naam: string;
  /** Part name inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  pad: string;
  /** "hidden" or "veryHidden" sheets are skipped unless asked for by name. */
  verborgen: boolean;
}

const WERKBLAD_TYPE = /\/relationships\/worksheet$/;

/** Attributes of one start tag, decoded: `<sheet name="A&amp;B" r:id="rId1"/>` → { name: "A&B", "r:id": "rId1" }. */
export function attributen(tag: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) uit[m[1]!] = xmlTekst(m[2] ?? m[3] ?? "");
  return uit;
}

/** Decodes the five XML entities and numeric character references. */
export function xmlTekst(tekst: string): string {
  return tekst.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith("#x")) return String.fromCodePoint(parseInt(l.slice(2), 16));
    if (l.startsWith("#")) return String.fromCodePoint(parseInt(l.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[l]!;
  });
}

/** Local name of an attribute that may carry any namespace prefix ("r:id", "ns2:id" → "id" when it ends in ":id"). */
function relatieId(a: Record<string, string>): string | undefined {
  const sleutel = Object.keys(a).find((k) => /^[\w.-]+:id$/.test(k));
  return sleutel ? a[sleutel] : undefined;
}

/** The worksheets of a workbook in tab order (chart sheets and macro sheets are not worksheets and are left out). */
export function werkbladenUit(werkmapXml: string, relatiesXml: string): BladDeel[] {
  const doelen = new Map<string, string>();
  for (const m of relatiesXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributen(m[0]);
    if (a.Id && a.Target && WERKBLAD_TYPE.test(a.Type ?? "")) doelen.set(a.Id, a.Target);
  }
  const bladen: BladDeel[] = [];
  for (const m of werkmapXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const a = attributen(m[0]);
    const id = relatieId(a);
    const doel = id ? doelen.get(id) : undefined;
    if (a.name === undefined || doel === undefined) continue;
    bladen.push({ naam: a.name, pad: deelPad(doel), verborgen: a.state === "hidden" || a.state === "veryHidden" });
  }
  return bladen;
}

/** A relationship target of xl/workbook.xml as a part name: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function deelPad(doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = ["xl"];
  for (const d of doel.split("/")) {
    if (d === "..") delen.pop();
    else if (d !== "." && d !== "") delen.push(d);
  }
  return delen.join("/");
}
