/**
 * The published tables bundled in seeds/ (read-only data of the package):
 * found relative to this module, so they are there both from src/ (tests)
 * and from lib/ (the built CLI).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { GedrukteTabel1 } from "../core";

export const SEEDS = path.resolve(__dirname, "..", "..", "seeds");

export interface GepubliceerdeTabel1 {
  tabel: GedrukteTabel1 & { document?: string };
  /** Path as shown to the user, relative to the package: "seeds/tabel1-2023Q2.json". */
  pad: string;
}

/** The published Tabel 1 of a quarter, when seeds/ has it. */
export function gepubliceerdeTabel1(kwartaal: string): GepubliceerdeTabel1 | null {
  const bestand = path.join(SEEDS, `tabel1-${kwartaal}.json`);
  if (!fs.existsSync(bestand)) return null;
  return {
    tabel: JSON.parse(fs.readFileSync(bestand, "utf8")),
    pad: path.relative(path.resolve(SEEDS, ".."), bestand).split(path.sep).join("/"),
  };
}

interface SeedHerkomst {
  document: string;
  regel: number;
}
interface SeedPunt {
  moment: string;
  omschrijving: string;
  doelsoort: "jaar" | "voorlopig";
  doel: number;
  realisatie: number;
  herkomst: { doel: SeedHerkomst; realisatie: SeedHerkomst };
}
export interface ReeksSeed {
  punten: SeedPunt[];
  binnenwerk: Array<{ moment: string; omschrijving: string; banen: number; herkomst: { banen: SeedHerkomst } }>;
  conflicten: Array<{
    moment: string;
    grootheid: string;
    waarde: number;
    gebruikt: string;
    toelichting: string;
    herkomst: { waarde: SeedHerkomst };
  }>;
}

/** seeds/reeks-rijk.json as it is on disk. */
export function reeksSeed(): ReeksSeed {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, "reeks-rijk.json"), "utf8"));
}

/** "seed 003, regel 57": a place a user can look up in the source documents. */
export function seedPlaats(h: SeedHerkomst): string {
  return `seed ${h.document.slice(0, 3)}, regel ${h.regel}`;
}

interface LandelijkSeedRij {
  rij: string;
  markt: number;
  overheid: number;
  totaal: number;
  doelstelling?: boolean;
}
export interface LandelijkSeed {
  tabel: { naam: string; rijen: LandelijkSeedRij[] };
  kerncijfers: Array<{ naam: string; waarde: number }>;
}

/** seeds/landelijk-2021.json as it is on disk. */
export function landelijkSeed(): LandelijkSeed {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, "landelijk-2021.json"), "utf8"));
}
