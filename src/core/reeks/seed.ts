/**
 * seeds/reeks-rijk.json as series points, shared by the CLI (`banen reeks`,
 * which reads the file from disk) and the task pane (which fetches the copy
 * bundled with the add-in). Pure: the parsed JSON comes in, and so does the
 * published Tabel 1 of a quarter where one is known (seeds/tabel1-2023Q2.json),
 * which gives that point its ministries.
 */
import { Decimal } from "../basis/decimaal";
import { seedLabel } from "../regels/documenten";
import type { ReeksPunt } from "./reeks";

export interface SeedHerkomst {
  document: string;
  regel: number;
}

export interface SeedPunt {
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

/** A published Tabel 1 as far as the series needs it: per ministry its doel and totaal gerealiseerd. */
export interface SeedTabel1 {
  rijen: ReadonlyArray<{ naam: string; doel: number; totaal: number }>;
}

/** "seed 003, regel 57": a place a user can look up in the source documents. */
export function seedPlaats(h: SeedHerkomst): string {
  return `${seedLabel(h.document)}, regel ${h.regel}`;
}

/** The quarters among the seed's moments ("2023Q2"): those may have a published Tabel 1 with ministries. */
export function seedKwartalen(seed: Pick<ReeksSeed, "punten">): string[] {
  return seed.punten.filter((p) => /Q\d$/.test(p.moment)).map((p) => p.moment);
}

/** The sourced points; a quarter whose Tabel 1 is given (`tabel1`) carries its ministries. */
export function seedPunten(seed: Pick<ReeksSeed, "punten">, tabel1: (kwartaal: string) => SeedTabel1 | null): ReeksPunt[] {
  return seed.punten.map((p) => {
    const tabel = /Q\d$/.test(p.moment) ? tabel1(p.moment) : null;
    return {
      moment: p.moment,
      omschrijving: p.omschrijving,
      doelsoort: p.doelsoort,
      doelBanen: new Decimal(p.doel),
      realisatieBanen: new Decimal(p.realisatie),
      bron:
        seedPlaats(p.herkomst.doel) +
        (p.herkomst.realisatie.regel === p.herkomst.doel.regel ? "" : `; ${seedPlaats(p.herkomst.realisatie)}`),
      ministeries: tabel?.rijen.map((r) => ({
        naam: r.naam,
        doelBanen: new Decimal(r.doel),
        realisatieBanen: new Decimal(r.totaal),
      })),
    };
  });
}
