/**
 * The other published tables in seeds/ as ControleTabel for `controleer`:
 * the sector tables 2023/2024 of seed 002 and the national 2021 table of
 * seed 004. Shapes follow seeds/sectoren-2023-2024.json and seeds/landelijk-2021.json.
 */
import type { ControleRegel, ControleTabel, GedrukteCel } from "./controleer";

export interface SectorJaar {
  doel: number;
  realisatie: number;
  realisatiePercentage: number;
  decimalenPercentage?: number;
  benadering?: boolean;
}
export interface SectorenSeed {
  titel: string;
  sectoren: Array<{ sector: string; jaren: Record<string, SectorJaar> }>;
}
export interface LandelijkSeed {
  titel?: string;
  tabel: { naam: string; kolommen: string[]; rijen: Array<Record<string, string | number>> };
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

/** One percentage rule per sector and year: realisatiepercentage = realisatie / doel. */
export function controleSectoren(seed: SectorenSeed): ControleTabel {
  const cellen: Record<string, GedrukteCel> = {};
  const regels: ControleRegel[] = [];
  for (const s of seed.sectoren) {
    for (const [jaar, j] of Object.entries(s.jaren)) {
      const id = (k: string) => `${s.sector} ${jaar} / ${k}`;
      const benadering = j.benadering === true;
      cellen[id("doel")] = cel(j.doel, undefined, benadering);
      cellen[id("realisatie")] = cel(j.realisatie, undefined, benadering);
      cellen[id("realisatie %")] = cel(j.realisatiePercentage, j.decimalenPercentage ?? decimalenVan(j.realisatiePercentage), benadering);
      regels.push({ soort: "percentage", resultaat: id("realisatie %"), teller: id("realisatie"), noemer: id("doel") });
    }
  }
  return { naam: seed.titel, cellen, regels };
}

/**
 * Rows × columns with a total column and a total row ("Totaal"): every row's
 * total is the sum of the other columns, every column's total the sum of the
 * other rows. Rows that are not data (e.g. "Doelstelling Sociaal Akkoord") are left out.
 */
export function controleLandelijk(seed: LandelijkSeed, totaalKolom = "totaal", totaalRij = "Totaal"): ControleTabel {
  const kolommen = seed.tabel.kolommen.filter((k) => k !== totaalKolom);
  const naamVan = (r: Record<string, string | number>) => String(r.rij);
  const dataRijen = seed.tabel.rijen.filter((r) => !/^doelstelling/i.test(naamVan(r)));
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
