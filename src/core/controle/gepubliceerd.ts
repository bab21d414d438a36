/**
 * The other published tables in seeds/ as ControleTabel for `controleer`:
 * the sector tables 2023/2024 of seed 002 and the national 2021 table of
 * seed 004. Shapes follow seeds/sectoren-2023-2024.json and seeds/landelijk-2021.json
 * (see seeds/README.md); fields that only record provenance are ignored here.
 */
import type { ControleRegel, ControleTabel, GedrukteCel } from "./controleer";

/**
 * Where a published value is printed: a document in ../shared/seeds, the
 * 1-based line where the quote starts, and the verbatim quote (whitespace may
 * differ). test/seeds/herkomst.test.ts checks every one against the document.
 */
export interface Herkomst {
  document: string;
  regel: number;
  citaat: string;
  /** When the quote prints more than one number: 0-based index of this value among them. */
  positie?: number;
  /** The number as printed, only where it deviates from Dutch notation (e.g. "1207" without thousands dot). */
  gedrukt?: string;
  /** Footnote marker printed straight after the number ("59.9281" is 59.928 with footnote 1). */
  voetnootteken?: string;
  /** Other places that print the same value (text confirming a table cell). */
  ook?: Herkomst[];
}

/** The three printed cells of one sector and year. */
export type SectorCel = "doel" | "realisatie" | "realisatiePercentage";

/**
 * A figure "inclusief SROI" or "inclusief inkoop" printed beside the plain
 * realisatie (SROI/inkoop jobs do not count toward the quotum). Only the
 * printed parts are present.
 */
export interface SectorInclusief {
  /** What is added to the plain realisatie, as the document says it: "SROI", "inkoop". */
  wat: string;
  /** Banen via SROI or inkoop. */
  extra?: number;
  /** Realisatie including the extra banen. */
  realisatie?: number;
  /** Realisatiepercentage including the extra banen. */
  realisatiePercentage?: number;
  herkomst?: Partial<Record<"extra" | "realisatie" | "realisatiePercentage", Herkomst>>;
  opmerking?: string;
}

export interface SectorDeel {
  naam: string;
  waarde: number;
  herkomst?: { waarde: Herkomst };
}

export interface SectorJaar {
  doel: number;
  realisatie: number;
  realisatiePercentage: number;
  decimalenPercentage?: number;
  /** All cells of the year printed as approximations ("+/-"): not checked. */
  benadering?: boolean;
  /** Single cells the document calls approximate ("zo’n 5.540"): not checked. */
  benaderd?: SectorCel[];
  inclusief?: SectorInclusief[];
  /** The printed basis of the doel (fte and quotumpercentage in percent), where the document gives it. */
  grondslagDoel?: {
    fte: number;
    quotumpercentage: number;
    herkomst?: Partial<Record<"fte" | "quotumpercentage", Herkomst>>;
    opmerking?: string;
  };
  /** Parts of the realisatie given in the text (must add up to the realisatie). */
  samenstellingRealisatie?: SectorDeel[];
  herkomst?: Partial<Record<SectorCel, Herkomst>>;
  opmerking?: string;
}
export interface SectorenSeed {
  titel: string;
  sectoren: Array<{ sector: string; jaren: Record<string, SectorJaar> }>;
}

/**
 * A printed row of the national table: `rij` is its label, every column of
 * `tabel.kolommen` holds a number; `herkomst` gives the provenance per column.
 */
export interface LandelijkeRij {
  rij: string;
  /** Where the row label is printed. */
  bron?: Herkomst;
  /** A target row (e.g. "Doelstelling Sociaal Akkoord"), not data: not summed. */
  doelstelling?: boolean;
  herkomst?: Readonly<Record<string, Herkomst>>;
  opmerking?: string;
  [kolom: string]: string | number | boolean | Herkomst | Readonly<Record<string, Herkomst>> | undefined;
}
export interface LandelijkSeed {
  titel?: string;
  tabel: { naam: string; kolommen: string[]; rijen: LandelijkeRij[] };
}

/** Decimals as printed: 508.5 → 1, 5250 → 0. */
function decimalenVan(waarde: number): number {
  const tekst = String(waarde);
  const punt = tekst.indexOf(".");
  return punt < 0 ? 0 : tekst.length - punt - 1;
}

function cel(waarde: number, decimalen = decimalenVan(waarde), benadering = false): GedrukteCel {
  return { waarde, decimalen, ...(benadering ? { benadering } : {}) };
}

/**
 * One percentage rule per sector and year: realisatiepercentage = realisatie / doel;
 * for an "inclusief" figure with both realisatie and percentage printed, the same
 * rule; where the realisatie is printed in parts, realisatie = sum of the parts.
 */
export function controleSectoren(seed: SectorenSeed): ControleTabel {
  const cellen: Record<string, GedrukteCel> = {};
  const regels: ControleRegel[] = [];
  for (const s of seed.sectoren) {
    for (const [jaar, j] of Object.entries(s.jaren)) {
      const id = (k: string) => `${s.sector} ${jaar} / ${k}`;
      const benaderd = (k: SectorCel) => j.benadering === true || (j.benaderd ?? []).includes(k);
      cellen[id("doel")] = cel(j.doel, undefined, benaderd("doel"));
      cellen[id("realisatie")] = cel(j.realisatie, undefined, benaderd("realisatie"));
      cellen[id("realisatie %")] = cel(
        j.realisatiePercentage,
        j.decimalenPercentage ?? decimalenVan(j.realisatiePercentage),
        benaderd("realisatiePercentage"),
      );
      regels.push({ soort: "percentage", resultaat: id("realisatie %"), teller: id("realisatie"), noemer: id("doel") });

      for (const inc of j.inclusief ?? []) {
        // A percentage of realisatie + extra with the sum not printed cannot be a rule
        // between printed cells; test/core/controle/gepubliceerd.test.ts checks those.
        if (inc.realisatie === undefined || inc.realisatiePercentage === undefined) continue;
        const teller = id(`realisatie incl. ${inc.wat}`);
        const resultaat = id(`realisatie % incl. ${inc.wat}`);
        cellen[teller] = cel(inc.realisatie, undefined, j.benadering === true);
        cellen[resultaat] = cel(inc.realisatiePercentage, undefined, j.benadering === true);
        regels.push({ soort: "percentage", resultaat, teller, noemer: id("doel") });
      }

      const delen = j.samenstellingRealisatie ?? [];
      if (delen.length > 0) {
        for (const d of delen) cellen[id(`realisatie: ${d.naam}`)] = cel(d.waarde);
        regels.push({ soort: "som", resultaat: id("realisatie"), termen: delen.map((d) => id(`realisatie: ${d.naam}`)) });
      }
    }
  }
  return { naam: seed.titel, cellen, regels };
}

/**
 * Rows × columns with a total column and a total row ("Totaal"): every row's
 * total is the sum of the other columns, every column's total the sum of the
 * other rows. Target rows (e.g. "Doelstelling Sociaal Akkoord") are left out.
 */
export function controleLandelijk(seed: LandelijkSeed, totaalKolom = "totaal", totaalRij = "Totaal"): ControleTabel {
  const kolommen = seed.tabel.kolommen.filter((k) => k !== totaalKolom);
  const naamVan = (r: LandelijkeRij) => String(r.rij);
  const dataRijen = seed.tabel.rijen.filter((r) => r.doelstelling !== true && !/^doelstelling/i.test(naamVan(r)));
  const gewoneRijen = dataRijen.filter((r) => naamVan(r) !== totaalRij);
  const cellen: Record<string, GedrukteCel> = {};
  const id = (rij: string, kolom: string) => `${rij} / ${kolom}`;
  for (const r of dataRijen) for (const k of seed.tabel.kolommen) cellen[id(naamVan(r), k)] = cel(Number(r[k]));
  const regels: ControleRegel[] = [];
  for (const r of dataRijen) {
    regels.push({ soort: "som", resultaat: id(naamVan(r), totaalKolom), termen: kolommen.map((k) => id(naamVan(r), k)) });
  }
  for (const k of seed.tabel.kolommen) {
    regels.push({ soort: "som", resultaat: id(totaalRij, k), termen: gewoneRijen.map((r) => id(naamVan(r), k)) });
  }
  return { naam: seed.tabel.naam, cellen, regels };
}
