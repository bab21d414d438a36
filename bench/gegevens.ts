/**
 * The benchmark's input: SYNTHETIC person rows made by the sample generator
 * (src/voorbeeld/generator.ts) with a fixed seed, as the grids (Raster) the
 * shared reader takes, as a plain .xlsx for the CLI, and the exact Tabel 1
 * they must give (the reference every path is checked against).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Tabel1, bouwTabel1 } from "../src/core";
import type { Raster } from "../src/core/invoer/invoer";
import {
  alsTabel1Invoer,
  genereerVoorbeeld,
  type GepubliceerdeTabel1Seed,
  schaalVoorbeeld,
  SOORT_LABEL,
  type Voorbeeld,
} from "../src/voorbeeld/generator";

/** The generator's own default seed; any fixed number would do, this one keeps runs comparable. */
export const SEED = 20230630;

/** The project root (the folder with package.json), from the source or the compiled file. */
export function wortel(): string {
  let map = __dirname;
  while (!fs.existsSync(path.join(map, "package.json"))) {
    const boven = path.dirname(map);
    if (boven === map) throw new Error("package.json niet gevonden boven " + __dirname);
    map = boven;
  }
  return map;
}

let basis: Voorbeeld | undefined;

/** `aantal` synthetic person rows shaped like the 2023Q2 sample (same ministries, fte growing with the hours). */
export function voorbeeld(aantal: number): Voorbeeld {
  if (!basis) {
    const tabel = JSON.parse(fs.readFileSync(path.join(wortel(), "seeds", "tabel1-2023Q2.json"), "utf8")) as GepubliceerdeTabel1Seed;
    basis = genereerVoorbeeld(tabel, SEED);
  }
  return schaalVoorbeeld(basis, aantal, SEED);
}

export const PERSONEN_KOPPEN = ["id", "ministerie", "soort dienstverband", "uren per week"];
export const FTE_KOPPEN = ["ministerie", "fte", "toegedeeld", "voetnoot"];

/** Person rows as a sheet holds them: text, and numbers as numbers. */
export function personenRaster(v: Voorbeeld): Raster {
  return {
    blad: "Personen",
    rijIndex: 0,
    kolomIndex: 0,
    koppen: [...PERSONEN_KOPPEN],
    rijen: v.personen.map((p) => [p.id, p.ministerie, SOORT_LABEL[p.soort], p.urenPerWeek]),
  };
}

export function fteRaster(v: Voorbeeld): Raster {
  return {
    blad: "Fte",
    rijIndex: 0,
    kolomIndex: 0,
    koppen: [...FTE_KOPPEN],
    rijen: [
      ...v.ministeries.map((m) => [m.ministerie, m.fte, "ja", m.voetnoot ?? null]),
      ...v.nietToegedeeld.map((n) => [n.omschrijving, n.fte, "nee", n.voetnoot]),
    ],
  };
}

/** Tabel 1 from the generator's exact per-ministry sums: what every path must reproduce. */
export function referentie(v: Voorbeeld): Tabel1 {
  return bouwTabel1(alsTabel1Invoer(v));
}

/** The numbers compared between paths: per ministry (and "Totaal"), unrounded, as doubles. */
export type Getallen = Record<string, { doel: number; formeel: number; binnenwerk: number; inleen: number }>;

export function getallenVan(t: Tabel1): Getallen {
  const uit: Getallen = {};
  for (const r of [...t.rijen, t.totaal]) {
    uit[r === t.totaal ? "Totaal" : r.naam] = {
      doel: r.doel.toNumber(),
      formeel: r.formeel.toNumber(),
      binnenwerk: r.binnenwerk.toNumber(),
      inleen: r.inleen.toNumber(),
    };
  }
  return uit;
}

/**
 * Differences beyond a relative tolerance, as readable lines; empty when equal.
 * Keys missing on either side count as differences.
 */
export function verschillen(verwacht: Getallen, gekregen: Getallen, relatief = 1e-9): string[] {
  const uit: string[] = [];
  for (const naam of new Set([...Object.keys(verwacht), ...Object.keys(gekregen)])) {
    const a = verwacht[naam];
    const b = gekregen[naam];
    if (!a || !b) {
      uit.push(`${naam}: ontbreekt ${a ? "in de uitkomst" : "in de referentie"}`);
      continue;
    }
    for (const k of ["doel", "formeel", "binnenwerk", "inleen"] as const) {
      if (!(Math.abs(a[k] - b[k]) <= relatief * Math.max(1, Math.abs(a[k])))) uit.push(`${naam} ${k}: ${b[k]} ≠ ${a[k]}`);
    }
  }
  return uit;
}
