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
export type ExcelFoutSoort = "invalidValue" | "notAvailable" | "invalidNumber" | "divisionByZero";

/** The Excel error a core error becomes, and whether its Dutch message goes with it. */
export interface ExcelFoutKeuze {
  soort: ExcelFoutSoort;
  /** False where Excel shows no custom message for the error (all but #WAARDE! and #N/B). */
  metBericht: boolean;
}

const WAARDE: ExcelFoutKeuze = { soort: "invalidValue", metBericht: true };
const NB: ExcelFoutKeuze = { soort: "notAvailable", metBericht: true };
const GETAL: ExcelFoutKeuze = { soort: "invalidNumber", metBericht: false };
const DEEL0: ExcelFoutKeuze = { soort: "divisionByZero", metBericht: false };

/**
 * Which Excel error a core error becomes. Excel shows a custom message only
 * with #WAARDE! (invalidValue) and #N/B (notAvailable): "Custom messages are
 * only available with certain error codes" / "You can only return a custom
 * error message with the #VALUE! and #N/A errors"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors,
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 * So the Dutch explanation of the core reaches the user only through those two:
 *
 * - #WAARDE! + message: the input is wrong and the user must change it (text
 *   where a number belongs, a negative number, a percentage above 100%, a
 *   fraction where whole jobs are meant, ...). Excel's own meaning: "the value
 *   in the formula is of the wrong type".
 * - #N/B + message: a value is missing or no published source gives it (an
 *   empty cell, a year without quotumpercentage, a moment without
 *   verdeelsleutel, no costs per job). Excel's meaning: "not available".
 * - #DEEL/0! without message: the function is a visible division by an
 *   argument that is 0 (REALISATIE_PERCENTAGE by the doel, BANEN_UIT_BUDGET by
 *   the costs per job), exactly where =A1/B1 would give it.
 * - #GETAL! without message: the result does not fit a double (Excel's own
 *   #NUM! for "a number too large").
 *
 * Exhaustive on purpose: a new code in the catalogue does not compile until
 * it is placed in this table (`satisfies Record<FoutCode, …>`: no default).
 */
const EXCEL_FOUT = {
  // Missing; also no division of Binnenwerk's capacity chosen, or not the tekorten the chosen one needs:
  // a choice that is missing, never implied (BANEN.VERDEEL_CAPACITEIT).
  LEEG: NB,
  KWARTAAL_LEEG: NB,
  ONBEKEND_JAAR: NB,
  ONBEKEND_INLEENMOMENT: NB,
  GEEN_KOSTEN: NB,
  GEEN_GEWICHTEN: NB,
  VERDELING_NODIG: NB,
  TEKORTEN_NODIG: NB,
  DOEL_NUL: DEEL0,
  KOSTEN_NUL: DEEL0,
  NIET_EINDIG: GETAL,
  UITKOMST_TE_GROOT: GETAL,
  // Input of the wrong kind or outside what is allowed: the message says what is expected.
  GEEN_GETAL: WAARDE,
  GEEN_GETAL_IN_NOTATIE: WAARDE,
  PROCENT_NIET_TOEGESTAAN: WAARDE,
  PERCENTAGE_DUBBELZINNIG: WAARDE,
  NEGATIEF: WAARDE,
  GEEN_GEHEEL_GETAL: WAARDE,
  ONGELDIG_JAAR: WAARDE,
  ONGELDIG_PERCENTAGE: WAARDE,
  ONBEKENDE_PERIODE: WAARDE,
  GEWICHTEN_NUL: WAARDE,
  ONGELIJKE_LENGTE: WAARDE,
  ONGELDIG_KWARTAAL: WAARDE,
  FORMULEFOUT: WAARDE,
  DATUM_IN_GETAL: WAARDE,
  ONGELDIGE_KEUZE: WAARDE,
  TE_GROOT_GETAL: WAARDE,
  GEEN_BEDRAG: WAARDE,
  TE_VEEL_DECIMALEN: WAARDE,
  KOSTEN_NEGATIEF: WAARDE,
  PLAFOND_NEGATIEF: WAARDE,
  PLAFOND_GEEN_GEHEEL_GETAL: WAARDE,
  ONBEKENDE_AFRONDING: WAARDE,
  GEEN_BRON: WAARDE,
  GEPUBLICEERD_QUOTUM: WAARDE,
  // Codes of tables, files and sheets (pane and CLI); a function never throws them, but
  // if one did, the user should still read why.
  LEEG_MINISTERIE: WAARDE,
  DUBBEL_MINISTERIE: WAARDE,
  DUBBEL_MOMENT: WAARDE,
  MEER_DAN_TEKORT: WAARDE,
  ONGELIJKE_BEREIKEN: WAARDE,
  ONTBREKENDE_KOLOM: WAARDE,
  DUBBELE_KOLOM: WAARDE,
  GEEN_DOEL_OF_FTE: WAARDE,
  ONBEKEND_DIENSTVERBAND: WAARDE,
  GEEN_RIJEN: WAARDE,
  VERBORGEN_RIJ: WAARDE,
  ONBEKEND_MINISTERIE: WAARDE,
  ONBEKENDE_EENHEID: WAARDE,
  REALISATIE_NIET_TOEGEDEELD: WAARDE,
  TOTAALRIJ_IN_INVOER: WAARDE,
  GEEN_KOPRIJ: WAARDE,
  GEEN_TOTAALRIJ: WAARDE,
  BESTAND_ONTBREEKT: WAARDE,
  BESTAND_BESTAAT_AL: WAARDE,
  ONBEKEND_BESTANDSTYPE: WAARDE,
  GEEN_KWARTAAL: WAARDE,
  ONBEKEND_BLAD: WAARDE,
  BLAD_ANDER_KWARTAAL: WAARDE,
  GEEN_BLAD_VOOR_KWARTAAL: WAARDE,
  ONBEKENDE_VORM: WAARDE,
  ONGELDIGE_INVOER: WAARDE,
  ONGELDIG_BESTAND: WAARDE,
  FORMULE_ZONDER_WAARDE: WAARDE,
  SAMENGEVOEGDE_CELLEN: WAARDE,
  LEEG_BLAD: WAARDE,
  SCHRIJFFOUT: WAARDE,
  GEEN_KWARTAAL_IN_TABEL: WAARDE,
  ZELFDE_KWARTAAL: WAARDE,
  ONBESLIST: WAARDE,
  UITVOER_IS_INVOER: WAARDE,
  ONBEKENDE_SLEUTEL: WAARDE,
  ZELFCONTROLE_MISLUKT: WAARDE,
  NIET_BEVESTIGD: WAARDE,
  WAARSCHUWING_NIET_BEVESTIGD: WAARDE,
  SOMRIJ_IN_INVOER: WAARDE,
  ONMOGELIJKE_UREN: WAARDE,
  ANDERE_PERIODE: WAARDE,
  GEEN_TEKSTBESTAND: WAARDE,
  ONGELDIGE_CODERING: WAARDE,
  CSV_FOUT: WAARDE,
} satisfies Record<FoutCode, ExcelFoutKeuze>;

/** Which Excel error a core error becomes (the table above). */
export function excelFout(code: FoutCode): ExcelFoutKeuze {
  // A code outside the catalogue cannot compile; from untyped callers it is a bug, said as such.
  if (!Object.prototype.hasOwnProperty.call(EXCEL_FOUT, code)) throw new Error(`foutcode zonder Excel-fout: ${String(code)}`);
  return EXCEL_FOUT[code];
}

/** The kind of Excel error only (kept for callers that do not need the message rule). */
export function excelFoutSoort(code: FoutCode): ExcelFoutSoort {
  return excelFout(code).soort;
}

/** The part of the CustomFunctions runtime the adapter uses. */
export interface CustomFunctionsRuntime {
  /** CustomFunctions.Error: CustomFunctionsRuntime 1.2, declared in manifest.xml (test/manifest/vereisten.test.ts). */
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
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
  divisionByZero: "#DIV/0!",
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
  if (fout instanceof BanenFout) {
    const { soort, metBericht } = excelFout(fout.code);
    return maakExcelFout(soort, metBericht ? fout.message : undefined);
  }
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
