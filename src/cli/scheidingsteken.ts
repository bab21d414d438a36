/**
 * The field separator of a CSV file, decided once from all of its lines
 * (issue 12): Dutch Excel writes ";", "Unicode-tekst" and many HR exports a
 * tab, English tools ",". For each candidate the file is split as a CSV reader
 * would (quotes respected, a line break inside quotes continues the record);
 * the candidate under which the table (from its first full-width line on) has
 * the same number of fields in every line, with no broken quoting, wins. Title
 * lines above the table and empty lines (";;;;") do not count against it.
 * When two candidates fit equally well the reader stops (ONBESLIST) and names
 * the evidence and --scheidingsteken.
 */
import { BanenFout, type Beslissing } from "../core";

export type Scheidingsteken = ";" | "," | "\t";
export const SCHEIDINGSTEKENS: readonly Scheidingsteken[] = [";", "\t", ","];
export const NAAM: Record<Scheidingsteken, string> = { ";": "puntkomma (;)", "\t": "tab", ",": "komma (,)" };
export const SCHEIDINGSTEKEN_OPTIE = "--scheidingsteken ';' (puntkomma), --scheidingsteken tab of --scheidingsteken ',' (komma)";

/** What one candidate makes of the file. */
export interface Splitsing {
  teken: Scheidingsteken;
  /** Field count of each non-empty record, with the line it starts on. */
  /** Per non-empty record: the line it starts on, and its field count (parallel arrays: 250.000 lines make no objects). */
  regels: number[];
  velden: number[];
  /** The first line where quoting breaks under this separator (for a quote never closed: where it opened), if any. */
  aanhalingFout: number | null;
}

const AANHALING = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPATIE = 0x20;
const HARDE_SPATIE = 0xa0;

/** Splits as csv-parse does (RFC 4180 quotes), counting fields only; one pass over the char codes, no strings made. */
export function splits(tekst: string, teken: Scheidingsteken): Splitsing {
  const regels: number[] = [];
  const aantallen: number[] = [];
  const scheiding = teken.charCodeAt(0);
  let aanhalingFout: number | null = null;
  let regel = 1;
  let begin = 1;
  let velden = 1;
  let gevuld = false;
  let veldBegin = true;
  let binnen = false;
  let naAanhaling = false;
  let geopend = 1;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (binnen) {
      if (c === AANHALING) {
        if (tekst.charCodeAt(i + 1) === AANHALING) i++;
        else {
          binnen = false;
          naAanhaling = true;
        }
      } else if (c === LF || (c === CR && tekst.charCodeAt(i + 1) !== LF)) regel++;
      continue;
    }
    if (c === LF || c === CR) {
      if (c === CR && tekst.charCodeAt(i + 1) === LF) i++;
      if (gevuld) {
        regels.push(begin);
        aantallen.push(velden);
      }
      velden = 1;
      gevuld = naAanhaling = false;
      veldBegin = true;
      begin = ++regel;
    } else if (c === scheiding) {
      velden++;
      veldBegin = true;
      naAanhaling = false;
    } else if (c === AANHALING) {
      if (veldBegin) {
        binnen = gevuld = true;
        veldBegin = false;
        geopend = regel;
      } else aanhalingFout ??= regel;
    } else {
      if (naAanhaling && c !== SPATIE) aanhalingFout ??= regel;
      if (c !== SPATIE && c !== HARDE_SPATIE) gevuld = true;
      veldBegin = false;
    }
  }
  if (binnen) aanhalingFout ??= geopend;
  if (gevuld) {
    regels.push(begin);
    aantallen.push(velden);
  }
  return { teken, regels, velden: aantallen, aanhalingFout };
}

/** How well a candidate fits: the table's width, where it starts, and the lines that break it. */
export interface Oordeel {
  teken: Scheidingsteken;
  /** Fields per line of the table; 1 when the separator does not occur. */
  breedte: number;
  /** Line where the table starts (lines above are titles). */
  vanaf: number;
  /** Non-empty lines from there on. */
  regels: number;
  /** Lines from there on with another field count: the first one and how many. */
  afwijkend: { eerste: number; aantal: number } | null;
  aanhalingFout: number | null;
  /** Lines of full width before the first broken quote: which separator the file was meant to have, when every one breaks. */
  heelVoorFout: number;
}

export function beoordeel(s: Splitsing): Oordeel {
  const tellingen = new Map<number, number>();
  for (const v of s.velden) if (v >= 2) tellingen.set(v, (tellingen.get(v) ?? 0) + 1);
  let breedte = 1;
  let meest = 0;
  for (const [velden, aantal] of tellingen)
    if (aantal > meest || (aantal === meest && velden > breedte)) [breedte, meest] = [velden, aantal];
  const start = s.velden.indexOf(breedte);
  let eersteAnders = -1;
  let anders = 0;
  let heelVoorFout = 0;
  for (let i = Math.max(start, 0); i < s.velden.length; i++) {
    if (s.velden[i] !== breedte) {
      if (eersteAnders < 0) eersteAnders = i;
      anders++;
    } else if (breedte >= 2 && (s.aanhalingFout === null || s.regels[i]! < s.aanhalingFout)) heelVoorFout++;
  }
  return {
    teken: s.teken,
    breedte,
    vanaf: start < 0 ? 1 : s.regels[start]!,
    regels: start < 0 ? 0 : s.velden.length - start,
    afwijkend: anders ? { eerste: s.regels[eersteAnders]!, aantal: anders } : null,
    aanhalingFout: s.aanhalingFout,
    heelVoorFout,
  };
}

/** One candidate's evidence in words. */
export function bewijsTekst(o: Oordeel): string {
  if (o.breedte < 2) return `met ${NAAM[o.teken]}: geen regel heeft meer dan één veld`;
  let tekst = `met ${NAAM[o.teken]}: ${o.regels} regels vanaf regel ${o.vanaf}, ${o.breedte} velden per regel`;
  if (o.afwijkend) tekst += `, maar ${o.afwijkend.aantal} regel(s) met een ander aantal (eerst regel ${o.afwijkend.eerste})`;
  if (o.aanhalingFout !== null) tekst += `, aanhalingstekens kloppen niet op regel ${o.aanhalingFout}`;
  return tekst;
}

const schoon = (o: Oordeel) => o.breedte >= 2 && !o.afwijkend && o.aanhalingFout === null;
const bruikbaar = (o: Oordeel) => o.breedte >= 2 && o.aanhalingFout === null;

/**
 * The separator of a file, with the decision for its reading report. A clean
 * candidate (same width throughout, quotes fine) beats the others; between two
 * clean ones, the one whose table starts higher (fewer lines left as titles);
 * without a clean one, the only usable one (quotes fine, rows of unequal
 * length as a hand-written file has), or the only one that splits at all
 * (then the quote error is reported with its line). Anything else: ONBESLIST.
 */
export function kiesScheidingsteken(
  tekst: string,
  bestand: string,
  gegeven?: Scheidingsteken,
): { teken: Scheidingsteken; beslissing: Beslissing } {
  const beslissing = (teken: Scheidingsteken, bron: Beslissing["besluitbron"], grond: string): Beslissing => ({
    vraag: "scheidingsteken",
    onderwerp: bestand,
    antwoord: NAAM[teken],
    besluitbron: bron,
    grond,
  });
  if (gegeven) return { teken: gegeven, beslissing: beslissing(gegeven, "optie", "opgegeven met --scheidingsteken") };
  const oordelen = SCHEIDINGSTEKENS.map((t) => beoordeel(splits(tekst, t)));
  const alle = oordelen.map(bewijsTekst).join("; ");
  const schone = oordelen.filter(schoon).sort((a, b) => a.vanaf - b.vanaf);
  let gekozen: Oordeel | undefined;
  if (schone.length === 1 || (schone.length > 1 && schone[0]!.vanaf < schone[1]!.vanaf)) gekozen = schone[0];
  else if (schone.length === 0 && oordelen.filter(bruikbaar).length === 1) gekozen = oordelen.find(bruikbaar);
  // Quotes broken under every candidate: the one with most full-width lines before the break, and the CSV reader names
  // the broken quote (whichever is chosen, the file is refused; this only picks the line the message names).
  else if (schone.length === 0 && !oordelen.some(bruikbaar)) {
    const [eerste, tweede] = [...oordelen].sort((a, b) => b.heelVoorFout - a.heelVoorFout);
    if (eerste!.heelVoorFout > 0 && eerste!.heelVoorFout > tweede!.heelVoorFout) gekozen = eerste;
  }
  if (!gekozen) {
    const alleenEen = oordelen.every((o) => o.breedte < 2);
    if (alleenEen)
      return { teken: ";", beslissing: beslissing(";", "standaard", `${alle}; één kolom, dus puntkomma zoals Nederlandse Excel`) };
    throw new BanenFout(
      "ONBESLIST",
      { vraag: "welk scheidingsteken de velden scheidt", bewijs: alle, optie: SCHEIDINGSTEKEN_OPTIE },
      { blad: bestand },
    );
  }
  return { teken: gekozen.teken, beslissing: beslissing(gekozen.teken, "automatisch", alle) };
}

/** The separator from an option's text: ";", "puntkomma", "tab", "\t", ",", "komma". */
export function leesScheidingsteken(tekst: string): Scheidingsteken {
  const t = tekst.trim().toLowerCase();
  if (t === ";" || t === "puntkomma") return ";";
  if (t === "," || t === "komma") return ",";
  if (t === "tab" || t === "\\t" || tekst === "\t") return "\t";
  throw new BanenFout("ONGELDIGE_KEUZE", { waarde: tekst, verwacht: "';' (puntkomma), tab of ',' (komma)" }, { veld: "--scheidingsteken" });
}
