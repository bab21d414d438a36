/**
 * Custom functions at scale: `aantal` cells of =BANEN.DOEL(A1;2023) in
 * HyperFormula, through the BUILT bundle (dist/functions.js + functions.json
 * from `npm run build`, loaded as Excel's runtime would: CustomFunctions.associate),
 * against the same arithmetic typed as a native formula (=A1*36/25,5*2,76%)
 * in the same engine and workbook settings (Dutch: ";" and ",").
 * Measured: building the workbook (parse + first calculation) and
 * recalculating after all fte change. Checked: both columns give the same
 * numbers to 1e-12 relative, and the function's numbers are the core's exactly.
 *
 * Also in Excel's other shape: one call over the whole column,
 * =BANEN.DOEL(A1:A100000;2023), against =A1:A100000*36/25,5*2,76% (both
 * spill; HyperFormula's useArrayArithmetic, as Excel 365's dynamic arrays),
 * and, each in a process of its own (`functieGeheugen`), the peak RSS of
 * every one of the four workbooks.
 */
import * as path from "node:path";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { Decimal, doel, QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK, UREN_PER_FTE_RIJK } from "../../src/core";
import { prng } from "../../src/voorbeeld/generator";
import { laadGebouwdeFuncties, NEDERLANDS, registreerPlugin } from "../../emulatie/hyperformula-plugin";
import { SEED, wortel } from "../gegevens";
import { meetPaar, piekRss, type Tijden } from "../meten";

const JAAR = 2023;
/** Rows in an Excel worksheet ("Excel specifications and limits", Microsoft Support: 1,048,576 rows). */
const EXCEL_MAX_RIJEN = 1_048_576;

/** A number as Dutch Excel shows it in a formula: "25,5". */
const nl = (d: Decimal) => d.toString().replace(".", ",");

/** =A{rij}*36/25,5*2,76%, from the sourced constants. */
export function nativeFormule(rij: number): string {
  const pct = new Decimal(QUOTUMPERCENTAGE[JAAR]!.waarde).times(100);
  return `=A${rij}*${nl(new Decimal(UREN_PER_FTE_RIJK.waarde))}/${nl(new Decimal(UREN_PER_BAAN_PER_WEEK.waarde))}*${nl(pct)}%`;
}

export interface Paar {
  banen: Tijden;
  native: Tijden;
}

export interface FunctiesResultaat {
  cellen: number;
  bundel: string;
  /** One formula per cell, timed in turns with the native formula (meetPaar). */
  opbouw: Paar;
  herberekening: Paar;
  /** One formula over the whole column (spilled), timed in turns with the native one. */
  bereik: { opbouw: Paar; herberekening: Paar };
  /** Peak RSS of the process (both workbooks), MiB. */
  piekMiB: number;
  grootsteRelatieveAfwijking: number;
  afwijkingen: string[];
}

function kolomB(hf: HyperFormula): unknown[] {
  return hf.getSheetValues(0).map((rij) => rij[1]);
}

/** The four workbooks: one formula per cell or one over the column, BANEN.DOEL or native. */
export type Werkmapsoort = "banen" | "native" | "banen-bereik" | "native-bereik";

function laad(): void {
  const { metadata, implementaties } = laadGebouwdeFuncties(path.join(wortel(), "dist"));
  registreerPlugin(metadata, implementaties);
}

function fteKolom(aantal: number): number[] {
  const random = prng(SEED);
  return Array.from({ length: aantal }, () => Math.round(random() * 200_000) / 10); // 0 to 20.000 fte, one decimal
}

function cellenVan(soort: Werkmapsoort, fte: number[]): RawCellContent[][] {
  const n = fte.length;
  if (soort === "banen") return fte.map((f, i) => [f, `=BANEN.DOEL(A${i + 1};${JAAR})`]);
  if (soort === "native") return fte.map((f, i) => [f, nativeFormule(i + 1)]);
  const formule = soort === "banen-bereik" ? `=BANEN.DOEL(A1:A${n};${JAAR})` : nativeFormule(1).replace("A1", `A1:A${n}`);
  return fte.map((f, i) => (i === 0 ? [f, formule] : [f]));
}

// HyperFormula allows 40.000 rows by default; Excel's sheet has 1.048.576 rows. A formula over a range
// spills as in Excel 365 (dynamic arrays): useArrayArithmetic (without it, HyperFormula takes one cell).
const bouw = (cellen: RawCellContent[][], bereik = false) =>
  HyperFormula.buildFromArray(cellen, { ...NEDERLANDS, maxRows: EXCEL_MAX_RIJEN, ...(bereik ? { useArrayArithmetic: true } : {}) });

export interface FunctieGeheugen {
  soort: Werkmapsoort;
  /** Peak RSS of the process, and how far building and recalculating the workbook raised it, MiB. */
  piekMiB: number;
  extraMiB: number;
}

/** Peak RSS of one workbook built and recalculated once, in a process of its own (werk.ts "functies-geheugen"). */
export function functieGeheugen(aantal: number, soort: Werkmapsoort): FunctieGeheugen {
  laad();
  const fte = fteKolom(aantal);
  const cellen = cellenVan(soort, fte);
  const voor = piekRss();
  const hf = bouw(cellen, soort.endsWith("-bereik"));
  hf.setCellContents(
    { sheet: 0, col: 0, row: 0 },
    fte.map((f) => [f + 0.5]),
  );
  const na = piekRss();
  hf.destroy();
  return { soort, piekMiB: na / 1024 / 1024, extraMiB: (na - voor) / 1024 / 1024 };
}

export function functies(aantal: number, opties: { opwarmen: number; runs: number }): FunctiesResultaat {
  laad();
  const fte = fteKolom(aantal);
  const ander = fte.map((f) => f + 0.5);
  const banenCellen = cellenVan("banen", fte);
  const nativeCellen = cellenVan("native", fte);
  const opruimen = (hf: HyperFormula) => hf.destroy();

  const afwijkingen: string[] = [];
  let grootste = 0;
  /** Column B of both workbooks equal to 1e-12 relative, and BANEN.DOEL equal to the core for every 97th row. */
  const vergelijk = (banen: HyperFormula, native: HyperFormula, waarden: number[], wanneer: string) => {
    const a = kolomB(banen);
    const b = kolomB(native);
    for (let i = 0; i < aantal; i++) {
      const x = a[i];
      const y = b[i];
      const fout = (tekst: string) => void (afwijkingen.length < 5 && afwijkingen.push(`${wanneer} B${i + 1}: ${tekst}`));
      if (typeof x !== "number" || typeof y !== "number") {
        fout(`${String(x)} / ${String(y)} is geen getal`);
        continue;
      }
      const rel = y === 0 ? Math.abs(x) : Math.abs(x - y) / Math.abs(y);
      grootste = Math.max(grootste, rel);
      if (rel > 1e-12) fout(`${x} ≠ ${y} (native)`);
      if (i % 97 === 0 && x !== doel(waarden[i]!, JAAR).toNumber()) fout(`${x} ≠ kern ${doel(waarden[i]!, JAAR).toNumber()}`);
    }
  };

  const opbouw = meetPaar(
    () => bouw(banenCellen),
    () => bouw(nativeCellen),
    { ...opties, opruimen },
  );
  vergelijk(opbouw.a.uitkomst, opbouw.b.uitkomst, fte, "na opbouwen");

  // Recalculation: both workbooks stay; all fte replaced per run (alternately two sets of values).
  let keerA = 0;
  let keerB = 0;
  const waardenNa = (keer: number) => (keer % 2 ? fte : ander);
  const herberekening = meetPaar(
    () =>
      opbouw.a.uitkomst.setCellContents(
        { sheet: 0, col: 0, row: 0 },
        waardenNa(keerA++).map((f) => [f]),
      ),
    () =>
      opbouw.b.uitkomst.setCellContents(
        { sheet: 0, col: 0, row: 0 },
        waardenNa(keerB++).map((f) => [f]),
      ),
    opties,
  );
  vergelijk(opbouw.a.uitkomst, opbouw.b.uitkomst, waardenNa(keerA - 1), "na herberekenen");
  opbouw.a.uitkomst.destroy();
  opbouw.b.uitkomst.destroy();

  // Excel's other shape: one call over the column.
  const bereikOpbouw = meetPaar(
    () => bouw(cellenVan("banen-bereik", fte), true),
    () => bouw(cellenVan("native-bereik", fte), true),
    { ...opties, opruimen },
  );
  keerA = 0;
  keerB = 0;
  const bereikHerberekening = meetPaar(
    () =>
      bereikOpbouw.a.uitkomst.setCellContents(
        { sheet: 0, col: 0, row: 0 },
        waardenNa(keerA++).map((f) => [f]),
      ),
    () =>
      bereikOpbouw.b.uitkomst.setCellContents(
        { sheet: 0, col: 0, row: 0 },
        waardenNa(keerB++).map((f) => [f]),
      ),
    opties,
  );
  // Both workbooks got the same values the same number of times: compare them, and BANEN.DOEL with the core.
  vergelijk(bereikOpbouw.a.uitkomst, bereikOpbouw.b.uitkomst, waardenNa(keerA - 1), "bereik na herberekenen");
  const piekMiB = piekRss() / 1024 / 1024;
  bereikOpbouw.a.uitkomst.destroy();
  bereikOpbouw.b.uitkomst.destroy();
  return {
    cellen: aantal,
    bundel: "dist/functions.js + dist/functions.json",
    opbouw: { banen: opbouw.a.tijden, native: opbouw.b.tijden },
    herberekening: { banen: herberekening.a.tijden, native: herberekening.b.tijden },
    bereik: {
      opbouw: { banen: bereikOpbouw.a.tijden, native: bereikOpbouw.b.tijden },
      herberekening: { banen: bereikHerberekening.a.tijden, native: bereikHerberekening.b.tijden },
    },
    piekMiB,
    grootsteRelatieveAfwijking: grootste,
    afwijkingen,
  };
}
