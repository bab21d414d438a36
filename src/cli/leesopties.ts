/**
 * The reading options every command that reads a file offers, for when the
 * file does not settle a reading question (ONBESLIST names the option):
 * --codering, --scheidingsteken (text files) and --decimaalteken (text numbers,
 * also in a workbook's text cells).
 */
import type { Command } from "commander";
import { BanenFout, type Decimaalteken } from "../core";
import { type Codering, CODERINGEN } from "./codering";
import { leesScheidingsteken, type Scheidingsteken } from "./scheidingsteken";

/** The options as commander gives them. */
export interface LeesOptieTekst {
  codering?: string;
  scheidingsteken?: string;
  decimaalteken?: string;
}

/** The options read. */
export interface Leeskeuzes {
  codering?: Codering;
  scheidingsteken?: Scheidingsteken;
  decimaalteken?: Decimaalteken;
}

export function metLeesopties(opdracht: Command): Command {
  return opdracht
    .option("--codering <codering>", "codering van een tekstbestand: utf-8, utf-16le, utf-16be of windows-1252 (standaard: uit de bytes)")
    .option("--scheidingsteken <teken>", "scheidingsteken van een CSV-bestand: ';', tab of ',' (standaard: uit alle regels)")
    .option(
      "--decimaalteken <teken>",
      "decimaalteken van getallen als tekst: ',' (1.234,5) of '.' (1,234.5) (standaard: uit alle getallen)",
    );
}

export function leesLeesopties(o: LeesOptieTekst): Leeskeuzes {
  const keuzes: Leeskeuzes = {};
  if (o.codering !== undefined) {
    const c = o.codering
      .trim()
      .toLowerCase()
      .replace(/^utf8$/, "utf-8")
      .replace(/^(cp|ansi)-?1252$|^ansi$/, "windows-1252");
    if (!(CODERINGEN as readonly string[]).includes(c)) {
      throw new BanenFout("ONGELDIGE_KEUZE", { waarde: o.codering, verwacht: CODERINGEN.join(", ") }, { veld: "--codering" });
    }
    keuzes.codering = c as Codering;
  }
  if (o.scheidingsteken !== undefined) keuzes.scheidingsteken = leesScheidingsteken(o.scheidingsteken);
  if (o.decimaalteken !== undefined) {
    const d = o.decimaalteken.trim().toLowerCase();
    const teken = d === "," || d === "komma" ? "," : d === "." || d === "punt" ? "." : null;
    if (!teken) {
      throw new BanenFout(
        "ONGELDIGE_KEUZE",
        { waarde: o.decimaalteken, verwacht: "',' (komma: 1.234,5) of '.' (punt: 1,234.5)" },
        { veld: "--decimaalteken" },
      );
    }
    keuzes.decimaalteken = teken;
  }
  return keuzes;
}
