/**
 * Provenance checker for the published figures in seeds/*.json: every value
 * cites a document in ../shared/seeds, the line where the quote starts and a
 * verbatim quote, and the quote prints the value. Pure functions over a
 * document lookup, so the checker itself can be tested on bad fixtures.
 */
import { formatteerGetal, leesGetal } from "../../src/core/basis/getal";
import type { Herkomst } from "../../src/core/controle/gepubliceerd";

/** A place without a value (a title, a heading, a footnote text). */
export interface Bron {
  document: string;
  regel: number;
  citaat: string;
}

/** Document text by file name, or undefined when there is no such document. */
export type Documenten = (naam: string) => string | undefined;

/** Quotes may differ from the document in whitespace only (line breaks, tabs, double spaces). */
export function normaliseer(tekst: string): string {
  return tekst.replace(/\s+/g, " ");
}

/** Numbers as printed in a quote: "5.637", "508,5", "59.9281" (a number with its footnote marker). */
const GETAL = /\d+(?:\.\d+)*(?:,\d+)?/g;

export function getallenIn(citaat: string): Array<{ tekst: string; index: number }> {
  return [...citaat.matchAll(GETAL)].map((m) => ({ tekst: m[0], index: m.index ?? 0 }));
}

/** Words that print a number as an approximation when they stand right before it. */
const BENADERING = /(\+\/-|zo[’']n|circa|ca\.|ongeveer)\s*$/i;

/** How far a quote may run on past its first line. */
const MAX_REGELS = 8;

function leesOfNiets(tekst: string): number | undefined {
  try {
    return leesGetal(tekst).toNumber();
  } catch {
    return undefined;
  }
}

/** Problems with where a quote is said to be: the document, the line, the quote. */
export function controleerBron(bron: Bron, documenten: Documenten, pad: string): string[] {
  if (!/^[\w.-]+$/.test(bron.document)) return [`${pad}: document "${bron.document}" is not a file name in ../shared/seeds`];
  const tekst = documenten(bron.document);
  if (tekst === undefined) return [`${pad}: document "${bron.document}" does not exist`];
  const citaat = normaliseer(bron.citaat ?? "").trim();
  if (citaat === "") return [`${pad}: empty quote`];
  const regels = tekst.split(/\r?\n/);
  if (!Number.isInteger(bron.regel) || bron.regel < 1 || bron.regel > regels.length) {
    return [`${pad}: line ${bron.regel} is not in ${bron.document} (${regels.length} lines)`];
  }
  const venster = normaliseer(regels.slice(bron.regel - 1, bron.regel - 1 + MAX_REGELS).join("\n"));
  const begin = venster.indexOf(citaat);
  const eersteRegel = normaliseer(regels[bron.regel - 1]!).trimEnd();
  if (begin >= 0 && begin < eersteRegel.length) return [];
  const elders = normaliseer(tekst).includes(citaat);
  return [
    elders
      ? `${pad}: quote "${bron.citaat}" is in ${bron.document}, but does not start on line ${bron.regel}`
      : `${pad}: quote "${bron.citaat}" is not in ${bron.document}`,
  ];
}

/**
 * Problems with one value and its provenance: the quote's place (see
 * controleerBron), the number printed in it (at `positie` when the quote
 * prints several), and approximation: a value marked approximate must be
 * printed so in at least one quote, and a value printed as "+/-", "zo’n"... must be marked.
 */
export function controleerWaarde(waarde: unknown, herkomst: Herkomst | undefined, documenten: Documenten, pad: string, benadering = false): string[] {
  if (typeof waarde !== "number" || !Number.isFinite(waarde)) return [`${pad}: ${String(waarde)} is not a number`];
  if (!herkomst) return [`${pad}: value ${waarde} has no herkomst`];
  const problemen: string[] = [];
  let benaderdGedrukt = false;
  const plaatsen = [herkomst, ...(herkomst.ook ?? [])];
  plaatsen.forEach((h, i) => {
    const waar = i === 0 ? pad : `${pad} (ook ${i})`;
    const plaatsProblemen = controleerBron(h, documenten, waar);
    problemen.push(...plaatsProblemen);
    if (plaatsProblemen.length > 0) return;
    const getallen = getallenIn(h.citaat);
    if (getallen.length > 1 && h.positie === undefined) {
      problemen.push(`${waar}: quote prints ${getallen.length} numbers (${getallen.map((g) => g.tekst).join(", ")}); say which with positie`);
      return;
    }
    if (h.gedrukt !== undefined && leesOfNiets(h.gedrukt) !== waarde) {
      problemen.push(`${waar}: gedrukt "${h.gedrukt}" does not read as ${waarde}`);
      return;
    }
    const getal = getallen[h.positie ?? 0];
    const verwacht = (h.gedrukt ?? formatteerGetal(waarde)) + (h.voetnootteken ?? "");
    if (!getal || getal.tekst !== verwacht) {
      problemen.push(`${waar}: expected "${verwacht}" at positie ${h.positie ?? 0} of "${h.citaat}", found "${getal?.tekst ?? "nothing"}"`);
      return;
    }
    if (BENADERING.test(h.citaat.slice(0, getal.index))) benaderdGedrukt = true;
  });
  if (problemen.length > 0) return problemen;
  if (benadering && !benaderdGedrukt) problemen.push(`${pad}: marked as approximation, but no quote prints it as one`);
  if (!benadering && benaderdGedrukt) problemen.push(`${pad}: printed as an approximation, but not marked benadering/benaderd`);
  return problemen;
}

export interface Gevonden {
  waarden: number;
  bronnen: number;
  problemen: string[];
}

function isBron(o: Record<string, unknown>): boolean {
  return typeof o.document === "string" && typeof o.regel === "number" && typeof o.citaat === "string";
}

/**
 * Walks a seed in the provenance shape (seeds/README.md): every number is a
 * property of an object whose `herkomst` has an entry under the same name;
 * objects with document + regel + citaat are places without a value.
 * Approximate: `benadering: true` on the object, or the name in `benaderd`.
 */
export function controleerSeed(seed: unknown, documenten: Documenten, pad = "seed"): Gevonden {
  const uit: Gevonden = { waarden: 0, bronnen: 0, problemen: [] };
  const loop = (x: unknown, p: string): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        if (typeof v === "number") uit.problemen.push(`${p}[${i}]: number ${v} in a list cannot have a herkomst`);
        else loop(v, `${p}[${i}]`);
      });
      return;
    }
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (isBron(o)) {
      uit.bronnen++;
      uit.problemen.push(...controleerBron(o as unknown as Bron, documenten, p));
      return;
    }
    const herkomst = (o.herkomst ?? {}) as Record<string, Herkomst>;
    for (const k of Object.keys(herkomst)) {
      if (typeof o[k] !== "number") uit.problemen.push(`${p}.herkomst.${k}: there is no number ${k} beside it`);
    }
    const benaderd = Array.isArray(o.benaderd) ? (o.benaderd as unknown[]) : [];
    for (const [k, v] of Object.entries(o)) {
      if (k === "herkomst") continue;
      if (typeof v === "number") {
        uit.waarden++;
        uit.problemen.push(...controleerWaarde(v, herkomst[k], documenten, `${p}.${k}`, o.benadering === true || benaderd.includes(k)));
      } else {
        loop(v, `${p}.${k}`);
      }
    }
  };
  loop(seed, pad);
  return uit;
}

/** The published Tabel 1 (seeds/tabel1-2023Q2.json) in its own shape: one printed line per row. */
interface Tabel1Rij {
  naam: string;
  bron: { regel: number };
  [kolom: string]: unknown;
}
export interface Tabel1Seed {
  document: string;
  titel: string;
  bron: Bron;
  rijen: Tabel1Rij[];
  totaal: Tabel1Rij;
  nietToegedeeld: Array<{ fte: number; doel: number; bron: Bron }>;
  voetnoten: Array<{ nr: number; tekst: string; bron: { regel: number } }>;
  bronregelBron: Bron;
}

export const TABEL1_KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;

/**
 * Tabel 1 rows cite only their line; the quote is that line as printed
 * (tab-separated, with HTML tags), and each value must be the number in its
 * own column: positie counts past numbers in the name cell (footnote markers).
 */
export function controleerTabel1(seed: Tabel1Seed, documenten: Documenten, pad = "tabel1"): Gevonden {
  const uit: Gevonden = { waarden: 0, bronnen: 0, problemen: [] };
  const tekst = documenten(seed.document);
  if (tekst === undefined) return { ...uit, problemen: [`${pad}: document "${seed.document}" does not exist`] };
  const regels = tekst.split(/\r?\n/);
  for (const rij of [...seed.rijen, seed.totaal]) {
    const p = `${pad}.${rij.naam}`;
    const regel = regels[rij.bron.regel - 1];
    if (regel === undefined) {
      uit.problemen.push(`${p}: line ${rij.bron.regel} is not in ${seed.document}`);
      continue;
    }
    const naamcel = regel.split("\t")[0] ?? "";
    if (!naamcel.replace(/<[^>]+>/g, "").trim().startsWith(rij.naam)) uit.problemen.push(`${p}: line ${rij.bron.regel} is not the row ${rij.naam}`);
    const inNaam = getallenIn(naamcel).length;
    TABEL1_KOLOMMEN.forEach((k, i) => {
      uit.waarden++;
      const herkomst: Herkomst = { document: seed.document, regel: rij.bron.regel, citaat: normaliseer(regel).trim(), positie: inNaam + i };
      uit.problemen.push(...controleerWaarde(rij[k], herkomst, documenten, `${p}.${k}`));
    });
  }
  seed.nietToegedeeld.forEach((n, i) => {
    // "Hierdoor missen er nog 409 doelbanen (o.b.v. 10.491 fte)": doel first, fte second.
    uit.waarden += 2;
    uit.problemen.push(...controleerWaarde(n.doel, { ...n.bron, positie: 0 }, documenten, `${pad}.nietToegedeeld[${i}].doel`));
    uit.problemen.push(...controleerWaarde(n.fte, { ...n.bron, positie: 1 }, documenten, `${pad}.nietToegedeeld[${i}].fte`));
  });
  const bronnen: Array<[string, Bron]> = [
    [`${pad}.bron`, seed.bron],
    [`${pad}.titel`, { document: seed.document, regel: seed.bron.regel, citaat: seed.titel }],
    [`${pad}.bronregelBron`, seed.bronregelBron],
    ...seed.voetnoten.map((v): [string, Bron] => [`${pad}.voetnoten[${v.nr}]`, { document: seed.document, regel: v.bron.regel, citaat: v.tekst }]),
  ];
  for (const [p, b] of bronnen) {
    uit.bronnen++;
    uit.problemen.push(...controleerBron(b, documenten, p));
  }
  return uit;
}
