/**
 * The corpus of messy inputs (issue 12): each case is an input file (text in
 * a chosen encoding, raw bytes, or a file under bestanden/) plus what must come
 * of it: the exact intended Tabel 1 (the displayed cells), or a refusal with a
 * specific error code and text. See README.md for the format.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { windows1252Teken } from "../../src/cli/windows-1252";

export const CORPUS = __dirname;

export type Coderingsvorm = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16le-bom" | "utf-16be" | "utf-16be-bom" | "windows-1252";

/** An input file of a case: its name and where its bytes come from (exactly one of tekst, regels, hex, pad). */
export interface Bestand {
  naam: string;
  /** The text, encoded with `codering` (default utf-8). */
  tekst?: string;
  /** Lines of text, joined with `regeleinde`; a final line ending is added. */
  regels?: string[];
  codering?: Coderingsvorm;
  regeleinde?: "lf" | "crlf";
  /** Raw bytes in hexadecimal ("504b0304…"). */
  hex?: string;
  /** A file under test/corpus/bestanden/. */
  pad?: string;
}

/** A displayed Tabel 1 row: name, doel, formeel, Binnenwerk, inleen, totaal, realisatie % (null when doel is 0). */
export type Tabel1Rij = [string, number, number, number, number, number, number | null];

/**
 * A ministry as `banen financiering` shows it: name, whole banen asked (its own
 * number, or its whole tekort), whole banen financed, its own budget in euro as
 * exact text ("360000"), or null when it gave none.
 */
export type FinancieringRij = [string, number, number, string | null];

export interface Geval {
  /** File name of the case (set by the loader). */
  naam?: string;
  /**
   * Which command the case is for: `banen tabel1` (default; corpus.test.ts) or
   * `banen financiering` (financiering.test.ts: the per-ministry columns gevraagd and budget, issue 19).
   */
  opdracht?: "tabel1" | "financiering";
  omschrijving: string;
  invoer: Bestand;
  fte?: Bestand;
  /** Further CLI options of `banen tabel1` (the runner adds the files and --json). */
  opties?: string[];
  verwacht:
    | { tabel: Tabel1Rij[] | string; voetnootBevat?: string } // rows incl. the total row, or "@name" of a table under tabellen/; a footnote text
    | { financiering: FinancieringRij[] } // opdracht "financiering": the ministries, in input order
    | { weigering: { code: string; tekst?: string } };
  /**
   * The pane's reader path: the same grid (the file's cells as text) through the core reader as the
   * task pane calls it. false: not applicable (the question is about bytes or file names, which the
   * pane never sees). `decimaalteken`: the pane's choice, where the case gives the CLI option.
   */
  taakvenster?: false | { decimaalteken?: "," | "." };
}

const UIT_1252 = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const t = windows1252Teken(b);
  if (t !== null) UIT_1252.set(t, b);
}

function codeer(tekst: string, codering: Coderingsvorm): Buffer {
  switch (codering) {
    case "utf-8":
      return Buffer.from(tekst, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst, "utf8")]);
    case "utf-16le":
      return Buffer.from(tekst, "utf16le");
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tekst, "utf16le")]);
    case "utf-16be":
      return Buffer.from(tekst, "utf16le").swap16();
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(tekst, "utf16le").swap16()]);
    case "windows-1252":
      return Buffer.from(
        [...tekst].map((t) => {
          const b = UIT_1252.get(t);
          if (b === undefined) throw new Error(`"${t}" bestaat niet in Windows-1252`);
          return b;
        }),
      );
  }
}

/** The bytes of an input file. */
export function bytesVan(b: Bestand): Buffer {
  if (b.hex !== undefined) return Buffer.from(b.hex.replace(/\s+/g, ""), "hex");
  if (b.pad !== undefined) return fs.readFileSync(path.join(CORPUS, "bestanden", b.pad));
  const eol = b.regeleinde === "crlf" ? "\r\n" : "\n";
  const tekst = b.tekst ?? `${(b.regels ?? []).join(eol)}${eol}`;
  return codeer(tekst, b.codering ?? "utf-8");
}

/** A table under tabellen/ by its "@name", or the rows themselves. */
export function verwachteTabel(t: Tabel1Rij[] | string): Tabel1Rij[] {
  if (typeof t !== "string") return t;
  return JSON.parse(fs.readFileSync(path.join(CORPUS, "tabellen", `${t.replace(/^@/, "")}.json`), "utf8")) as Tabel1Rij[];
}

/** Every case: the JSON files under gevallen/ (one case each, or a list), then the generated ones. */
export function laadGevallen(extra: Geval[] = []): Geval[] {
  const map = path.join(CORPUS, "gevallen");
  const uitBestanden = fs
    .readdirSync(map)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .flatMap((n) => {
      const inhoud = JSON.parse(fs.readFileSync(path.join(map, n), "utf8")) as Geval | Geval[];
      const lijst = Array.isArray(inhoud) ? inhoud : [inhoud];
      return lijst.map((g, i) => ({ ...g, naam: lijst.length > 1 ? `${n}#${i + 1}` : n }));
    });
  return [...uitBestanden, ...extra];
}
