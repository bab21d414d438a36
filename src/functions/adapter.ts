/**
 * The one bridge between Excel's custom-functions runtime and the core, like
 * hyperformula's shared `runFunction`: every BANEN.* function hands its
 * arguments to `perCel` (element-wise over ranges) or `geheel` (one answer
 * for the whole call), so no function has its own parsing or try/catch.
 *
 * Input: Excel passes a parameter declared `any[][]` as a 2-D array of cell
 * values (a single cell or literal arrives as [[waarde]]). Cell values may be
 * numbers, text ("1.399", "2,76", "2,76%": read by the core's leesGetal),
 * booleans, or empty (null, undefined or ""). We declare `any` rather than
 * `number` on purpose: with `number`, Excel would reject or convert text and
 * empty cells before we see them, so Dutch text numbers could not be read and
 * an empty cell could silently become 0.
 *
 * Output: JS numbers of the exact core value (Decimal.toNumber(), no
 * rounding) or an Excel error value carrying the Dutch message of the core's
 * BanenFout. Errors are returned, never thrown.
 *
 * The CustomFunctions global is looked up when an error is made, never at
 * import time, and can be injected (tests, HyperFormula): see
 * `gebruikCustomFunctions`.
 */
import { BanenFout, type Decimal, type FoutCode } from "../core";

/** A cell value as Excel hands it to a custom function. */
export type Cel = unknown;
/** A range (or a single value wrapped as [[waarde]]). */
export type Bereik = readonly (readonly Cel[])[];

/** The Excel errors we return, named as the members of CustomFunctions.ErrorCode. */
export type ExcelFoutSoort = "invalidValue" | "invalidNumber" | "notAvailable";

/**
 * Which Excel error a core error becomes. #WAARDE! (invalidValue): the input
 * is not the kind of value expected (text where a number belongs, empty, an
 * unknown word). #N/B (notAvailable): the input is fine but no published
 * source gives a value for it (a year without quotumpercentage, a moment
 * without verdeelsleutel). Every other code is a number outside its allowed
 * range and becomes #GETAL! (invalidNumber): NEGATIEF, ONGELDIG_PERCENTAGE,
 * DOEL_NUL, GEEN_GEHEEL_GETAL, GEWICHTEN_NUL, NIET_EINDIG, KOSTEN_NUL,
 * PLAFOND_NEGATIEF, TE_VEEL_DECIMALEN (a fraction of a cent), ...
 */
const WAARDE_FOUTEN: ReadonlySet<FoutCode> = new Set<FoutCode>([
  "GEEN_GETAL",
  "LEEG",
  "ONBEKENDE_PERIODE",
  "ONGELDIG_JAAR",
  "ONGELDIG_KWARTAAL",
  "KWARTAAL_LEEG",
  "FORMULEFOUT",
  "GEEN_GEWICHTEN",
  "GEEN_BEDRAG",
  "ONBEKENDE_AFRONDING",
]);
const NB_FOUTEN: ReadonlySet<FoutCode> = new Set<FoutCode>(["ONBEKEND_JAAR", "ONBEKEND_INLEENMOMENT"]);

export function excelFoutSoort(code: FoutCode): ExcelFoutSoort {
  if (WAARDE_FOUTEN.has(code)) return "invalidValue";
  if (NB_FOUTEN.has(code)) return "notAvailable";
  return "invalidNumber";
}

/** The part of the CustomFunctions runtime the adapter uses. */
export interface CustomFunctionsRuntime {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => unknown;
  ErrorCode: Record<ExcelFoutSoort, CustomFunctions.ErrorCode>;
}

let geinjecteerd: CustomFunctionsRuntime | undefined;

/**
 * Sets the runtime to make errors with (tests, a formula engine); undefined
 * goes back to the CustomFunctions global that Excel provides.
 */
export function gebruikCustomFunctions(runtime: CustomFunctionsRuntime | undefined): void {
  geinjecteerd = runtime;
}

/**
 * Stand-in error value for when no CustomFunctions runtime is loaded (the
 * module imported outside Excel): same shape, same codes as Excel's.
 */
export class ExcelFoutWaarde {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
/** The cell texts of CustomFunctions.ErrorCode (English Excel; Dutch Excel shows #WAARDE!, #GETAL!, #N/B). */
const FOUTCODE_TEKST: Record<ExcelFoutSoort, string> = {
  invalidValue: "#VALUE!",
  invalidNumber: "#NUM!",
  notAvailable: "#N/A",
};

function runtime(): CustomFunctionsRuntime | undefined {
  if (geinjecteerd) return geinjecteerd;
  const globaal = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return globaal?.Error && globaal.ErrorCode ? (globaal as CustomFunctionsRuntime) : undefined;
}

/** An Excel error value of the given kind with an optional message. */
export function maakExcelFout(soort: ExcelFoutSoort, bericht?: string): unknown {
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode[soort], bericht) : new ExcelFoutWaarde(FOUTCODE_TEKST[soort], bericht);
}

/** Is this cell value an Excel error (one made here, or one Excel passed in)? */
export function isExcelFout(waarde: unknown): boolean {
  if (waarde instanceof ExcelFoutWaarde) return true;
  const cf = runtime();
  return cf !== undefined && waarde instanceof cf.Error;
}

/**
 * The Excel error for anything thrown by the core: a BanenFout keeps its
 * Dutch message; anything else is a bug and becomes a plain #WAARDE!, as
 * Excel would show for a thrown exception, but without throwing.
 */
export function naarExcelFout(fout: unknown): unknown {
  if (fout instanceof BanenFout) return maakExcelFout(excelFoutSoort(fout.code), fout.message);
  return maakExcelFout("invalidValue");
}

/** What a calculation may give back: an exact core value or a plain number. */
type Uitkomst = Decimal | number;

/** The JS number Excel gets; a result beyond the range of a double is an error, not Infinity. */
function alsGetal(uitkomst: Uitkomst): number {
  const getal = typeof uitkomst === "number" ? uitkomst : uitkomst.toNumber();
  if (!Number.isFinite(getal)) {
    const waarde = typeof uitkomst === "number" ? String(uitkomst) : uitkomst.toSignificantDigits(4).toString().replace(".", ",");
    throw new BanenFout("NIET_EINDIG", { waarde }, { veld: "uitkomst" });
  }
  return getal;
}

/** Runs one calculation; a thrown error becomes the Excel error value. */
function probeer<T>(reken: () => T): T | unknown {
  try {
    return reken();
  } catch (fout) {
    return naarExcelFout(fout);
  }
}

/** Empty as Excel passes it: an omitted argument or an empty cell. */
export function isLeeg(cel: Cel): boolean {
  return cel === undefined || cel === null || (typeof cel === "string" && cel.trim() === "");
}

/** An optional argument: empty means "use the default" (undefined). */
export function optioneel<T>(cel: Cel, lees: (cel: Cel) => T): T | undefined {
  return isLeeg(cel) ? undefined : lees(cel);
}

/** A value Excel may pass as a range, a single value, or not at all, as a range. */
export function alsBereik(argument: unknown): Bereik {
  if (Array.isArray(argument)) return argument.map((rij) => (Array.isArray(rij) ? rij : [rij]));
  return [[argument]];
}

/** The cells of a range, row by row (the order Excel users read a column or row). */
export function cellen(bereik: Bereik): Cel[] {
  return bereik.flatMap((rij) => rij);
}

function breedte(bereik: Bereik): number {
  return Math.max(0, ...bereik.map((rij) => rij.length));
}

/**
 * Element-wise over ranges, as Excel's own functions do with arrays: the
 * result has as many rows and columns as the largest argument; an argument
 * of one row or one column is repeated across the other; where an argument
 * is too small the cell gets #N/B (what Excel gives for arrays of unequal
 * size). Each cell is computed on its own, so one bad input gives one error
 * cell, not an error for the whole column. An input cell that already holds
 * an error value passes that error on.
 *
 * The declared result type is number[][]; Excel accepts an error value in
 * any cell of it (see CustomFunctions.Error in the Office docs).
 */
export function perCel(argumenten: readonly unknown[], reken: (...cellen: Cel[]) => Uitkomst): number[][] {
  const bereiken = argumenten.map(alsBereik);
  const rijen = Math.max(1, ...bereiken.map((b) => b.length));
  const kolommen = Math.max(1, ...bereiken.map(breedte));
  const uitkomst: unknown[][] = [];
  for (let r = 0; r < rijen; r++) {
    const rij: unknown[] = [];
    for (let k = 0; k < kolommen; k++) {
      const invoer = bereiken.map((b) => celOp(b, r, k));
      const buiten = invoer.findIndex((c) => c === BUITEN_BEREIK);
      const fout = invoer.find(isExcelFout);
      if (buiten >= 0) rij.push(maakExcelFout("notAvailable"));
      else if (fout !== undefined) rij.push(fout);
      else rij.push(probeer(() => alsGetal(reken(...invoer))));
    }
    uitkomst.push(rij);
  }
  return uitkomst as number[][];
}

const BUITEN_BEREIK = Symbol("buiten bereik");

function celOp(bereik: Bereik, r: number, k: number): Cel {
  const rij = bereik.length === 1 ? bereik[0] : bereik[r];
  if (rij === undefined) return BUITEN_BEREIK;
  if (rij.length === 1) return rij[0];
  return k < rij.length ? rij[k] : BUITEN_BEREIK;
}

/**
 * One answer for the whole call (VERDEEL needs all weights at once): the
 * result of `reken`, or a single Excel error value for the call.
 */
export function geheel<T>(reken: () => T): T {
  return probeer(() => eindig(reken())) as T;
}

/** A whole-call result with every number finite; Infinity or NaN in any cell makes the call an error (as perCel does per cell). */
function eindig<T>(uitkomst: T): T {
  if (!Array.isArray(uitkomst)) return uitkomst;
  for (const rij of uitkomst) {
    if (!Array.isArray(rij)) continue;
    for (const w of rij) if (typeof w === "number") alsGetal(w);
  }
  return uitkomst;
}
