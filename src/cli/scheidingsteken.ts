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
  records: { regel: number; velden: number }[];
  /** The first line where quoting breaks under this separator (for a quote never closed: where it opened), if any. */
  aanhalingFout: number | null;
}

/** Splits as csv-parse does (RFC 4180 quotes), counting fields only; one pass, no strings made. */
export function splits(tekst: string, teken: Scheidingsteken): Splitsing {
  const records: { regel: number; velden: number }[] = [];
  let aanhalingFout: number | null = null;
  let regel = 1;
  let begin = 1;
  let velden = 1;
  let gevuld = false;
  let veldBegin = true;
  let binnen = false;
  let naAanhaling = false;
  let geopend = 1;
  const fout = () => void (aanhalingFout ??= regel);
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (binnen) {
      if (c === '"') {
        if (tekst[i + 1] === '"') i++;
        else [binnen, naAanhaling] = [false, true];
      } else if (c === "\n" || (c === "\r" && tekst[i + 1] !== "\n")) regel++;
      continue;
    }
    if (c === "\n" || c === "\r") {
      if (c === "\r" && tekst[i + 1] === "\n") i++;
      if (gevuld) records.push({ regel: begin, velden });
      [velden, gevuld, veldBegin, naAanhaling] = [1, false, true, false];
      begin = ++regel;
    } else if (c === teken) {
      [velden, veldBegin, naAanhaling] = [velden + 1, true, false];
    } else if (c === '"') {
      if (veldBegin) [binnen, veldBegin, gevuld, geopend] = [true, false, true, regel];
      else fout();
    } else {
      if (naAanhaling && c !== " ") fout();
      if (c !== " " && c !== "\u00a0") gevuld = true;
      veldBegin = false;
    }
  }
  if (binnen) aanhalingFout ??= geopend;
  if (gevuld) records.push({ regel: begin, velden });
  return { teken, records, aanhalingFout };
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
  for (const r of s.records) if (r.velden >= 2) tellingen.set(r.velden, (tellingen.get(r.velden) ?? 0) + 1);
  let breedte = 1;
  let meest = 0;
  for (const [velden, aantal] of tellingen)
    if (aantal > meest || (aantal === meest && velden > breedte)) [breedte, meest] = [velden, aantal];
  const start = s.records.findIndex((r) => r.velden === breedte);
  const tabel = start < 0 ? [] : s.records.slice(start);
  const anders = tabel.filter((r) => r.velden !== breedte);
  return {
    teken: s.teken,
    breedte,
    vanaf: tabel[0]?.regel ?? 1,
    regels: tabel.length,
    afwijkend: anders.length ? { eerste: anders[0]!.regel, aantal: anders.length } : null,
    aanhalingFout: s.aanhalingFout,
    heelVoorFout: s.records.filter((r) => r.velden === breedte && breedte >= 2 && (s.aanhalingFout === null || r.regel < s.aanhalingFout))
      .length,
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
