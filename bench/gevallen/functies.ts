/**
 * Custom functions at scale: `aantal` cells of =BANEN.DOEL(A1;2023) in
 * HyperFormula, through the BUILT bundle (dist/functions.js + functions.json
 * from `npm run build`, loaded as Excel's runtime would: CustomFunctions.associate),
 * against the same arithmetic typed as a native formula (=A1*36/25,5*2,76%)
 * in the same engine and workbook settings (Dutch: ";" and ",").
 * Measured: building the workbook (parse + first calculation) and
 * recalculating after all fte change. Checked: both columns give the same
 * numbers to 1e-12 relative, and the function's numbers are the core's exactly.
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

export interface FunctiesResultaat {
  cellen: number;
  bundel: string;
  /** Timed in turns with the native formula (meetPaar). */
  opbouw: { banen: Tijden; native: Tijden };
  herberekening: { banen: Tijden; native: Tijden };
  /** Peak RSS of the process (both workbooks), MiB. */
  piekMiB: number;
  grootsteRelatieveAfwijking: number;
  afwijkingen: string[];
}

function kolomB(hf: HyperFormula): unknown[] {
  return hf.getSheetValues(0).map((rij) => rij[1]);
}

export function functies(aantal: number, opties: { opwarmen: number; runs: number }): FunctiesResultaat {
  const dist = path.join(wortel(), "dist");
  const { metadata, implementaties } = laadGebouwdeFuncties(dist);
  registreerPlugin(metadata, implementaties);

  const random = prng(SEED);
  const fte = Array.from({ length: aantal }, () => Math.round(random() * 200_000) / 10); // 0 to 20.000 fte, one decimal
  const ander = fte.map((f) => f + 0.5);
  const banenCellen: RawCellContent[][] = fte.map((f, i) => [f, `=BANEN.DOEL(A${i + 1};${JAAR})`]);
  const nativeCellen: RawCellContent[][] = fte.map((f, i) => [f, nativeFormule(i + 1)]);
  // HyperFormula allows 40.000 rows by default; Excel's sheet has 1.048.576 rows.
  const bouw = (cellen: RawCellContent[][]) => HyperFormula.buildFromArray(cellen, { ...NEDERLANDS, maxRows: EXCEL_MAX_RIJEN });
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
  const piekMiB = piekRss() / 1024 / 1024;
  opbouw.a.uitkomst.destroy();
  opbouw.b.uitkomst.destroy();
  return {
    cellen: aantal,
    bundel: "dist/functions.js + dist/functions.json",
    opbouw: { banen: opbouw.a.tijden, native: opbouw.b.tijden },
    herberekening: { banen: herberekening.a.tijden, native: herberekening.b.tijden },
    piekMiB,
    grootsteRelatieveAfwijking: grootste,
    afwijkingen,
  };
}
