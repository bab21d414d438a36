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
import { laadGebouwdeFuncties, NEDERLANDS, registreerPlugin } from "../../test/functions/hyperformula-plugin";
import { SEED, wortel } from "../gegevens";
import { type Geheugen, meet, type Tijden } from "../meten";

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

interface Meting {
  tijden: Tijden;
  geheugen: Geheugen;
}
export interface FunctiesResultaat {
  cellen: number;
  bundel: string;
  opbouw: { banen: Meting; native: Meting };
  herberekening: { banen: Meting; native: Meting };
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

  const opbouw = (cellen: RawCellContent[][]) => {
    const m = meet(() => bouw(cellen), { ...opties, opruimen });
    const waarden = kolomB(m.uitkomst);
    m.uitkomst.destroy();
    return { meting: { tijden: m.tijden, geheugen: m.geheugen }, waarden };
  };
  const banen = opbouw(banenCellen);
  const native = opbouw(nativeCellen);

  // Recalculation: one workbook, all fte replaced (alternately two sets of values) per run.
  const herbereken = (cellen: RawCellContent[][]) => {
    const hf = bouw(cellen);
    let keer = 0;
    const m = meet(
      () =>
        hf.setCellContents(
          { sheet: 0, col: 0, row: 0 },
          (keer++ % 2 ? fte : ander).map((f) => [f]),
        ),
      opties,
    );
    hf.destroy();
    return { tijden: m.tijden, geheugen: m.geheugen };
  };

  const afwijkingen: string[] = [];
  let grootste = 0;
  for (let i = 0; i < aantal; i++) {
    const a = banen.waarden[i];
    const b = native.waarden[i];
    if (typeof a !== "number" || typeof b !== "number") {
      if (afwijkingen.length < 5) afwijkingen.push(`B${i + 1}: ${String(a)} / ${String(b)} is geen getal`);
      continue;
    }
    const rel = Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
    grootste = Math.max(grootste, b === 0 ? Math.abs(a) : rel);
    if ((b === 0 ? Math.abs(a) : rel) > 1e-12 && afwijkingen.length < 5) afwijkingen.push(`B${i + 1}: ${a} ≠ ${b} (native)`);
    if (i % 97 === 0 && a !== doel(fte[i]!, JAAR).toNumber() && afwijkingen.length < 5)
      afwijkingen.push(`B${i + 1}: ${a} ≠ kern ${doel(fte[i]!, JAAR).toNumber()}`);
  }
  return {
    cellen: aantal,
    bundel: "dist/functions.js + dist/functions.json",
    opbouw: { banen: banen.meting, native: native.meting },
    herberekening: { banen: herbereken(banenCellen), native: herbereken(nativeCellen) },
    grootsteRelatieveAfwijking: grootste,
    afwijkingen,
  };
}
