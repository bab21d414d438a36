/**
 * The part of the HyperFormula bridge that does not care where the BANEN.*
 * functions come from: the engine's function table built from functions.json
 * metadata plus one JS implementation per function id, the Dutch workbook
 * settings, and Excel's error values in both directions. Used by the tests
 * (functions compiled from src, hyperformula-brug.ts) and by the benchmark
 * (the built bundle dist/functions.js, `laadGebouwdeFuncties`). It lives in
 * emulatie/, not test/, because the benchmark may not import test helpers
 * (eslint-lagen.mjs).
 *
 * Excel's documented rules for errors, modelled here so the tests catch what
 * Excel would do (not what HyperFormula would):
 *
 * 1. A custom message shows only with #WAARDE!/#VALUE! (invalidValue) and
 *    #N/B/#N/A (notAvailable): "You can only return a custom error message with
 *    the #VALUE! and #N/A errors" (Microsoft Learn, "Handle and return errors
 *    from your custom function",
 *    https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors;
 *    CustomFunctions.ErrorCode: "A custom error message can't be used" for
 *    #DIV/0!, #NUM!, ...; office.js custom-functions-runtime
 *    CustomFunctionError._getMessage drops it for every other code). So a
 *    function's error reaches the cell with its message only for those two.
 * 2. An error cell is not handed to a function unless functions.json has
 *    `allowErrorForDataTypeAny: true` ("To process inputs that contain errors,
 *    a custom function must have the JSON metadata property
 *    allowErrorForDataTypeAny set to true", same page, "Errors as custom
 *    function inputs"; metadata reference:
 *    https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
 *    Without it the function is not called and the cell shows the error of
 *    the input. Which input's error when there are several is not documented;
 *    we take the first in argument order, row by row (as Excel's own functions
 *    do). With the flag, the error arrives as `new CustomFunctions.Error(code)`
 *    without a message (custom-functions-runtime,
 *    CustomFunctionProxy._transferCustomFunctionError).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";

// Plain JS module without type declarations.
const nlNL = (require("hyperformula/commonjs/i18n/languages/nlNL") as { default: Parameters<typeof HyperFormula.registerLanguage>[1] })
  .default;

export const NAMESPACE = "BANEN";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "matrix";
  optional?: boolean;
}
export interface FunctieMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "matrix" };
}
export interface Metadata {
  /** Top-level flag of functions.json: error cells reach `any` parameters (rule 2 above). */
  allowErrorForDataTypeAny?: boolean;
  functions: FunctieMetadata[];
}
export type Implementaties = Map<string, (...args: unknown[]) => unknown>;

/** Stand-in for Excel's CustomFunctions.Error, with the same codes. */
export class NepExcelFout {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const EXCEL_CODES = {
  invalidValue: "#VALUE!",
  invalidNumber: "#NUM!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  nullReference: "#NULL!",
};
/** The only codes whose custom message Excel shows (rule 1). */
const MET_BERICHT = new Set(["#VALUE!", "#N/A"]);
/** The CustomFunctions runtime the functions make their errors with (Error and ErrorCode). */
export const nepRuntime = { Error: NepExcelFout, ErrorCode: EXCEL_CODES };

const NAAR_HF: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};
const NAAR_EXCEL = Object.fromEntries(Object.entries(NAAR_HF).map(([code, type]) => [type, code]));

/** A cell value as Excel would hand it to a custom function (an error: only its code, rule 2). */
function naarExcel(waarde: unknown): unknown {
  if (waarde instanceof CellError) return new NepExcelFout(NAAR_EXCEL[waarde.type] ?? "#VALUE!");
  if (typeof waarde === "symbol") return null; // HyperFormula's EmptyValue: an empty cell
  if (typeof waarde === "object" && waarde !== null && typeof (waarde as { val?: unknown }).val === "number")
    return (waarde as { val: number }).val; // 2,76% etc.
  return waarde;
}

/** A function's result as the cell shows it: the message only on #VALUE! and #N/A (rule 1). */
function naarHf(waarde: unknown): unknown {
  if (waarde instanceof NepExcelFout) {
    return new CellError(NAAR_HF[waarde.code] ?? ErrorType.VALUE, MET_BERICHT.has(waarde.code) ? waarde.message : undefined);
  }
  return waarde;
}

/** The first error among the arguments, in argument order and row by row within a range (rule 2). */
function eersteFout(args: readonly unknown[]): CellError | undefined {
  for (const a of args) {
    if (a instanceof CellError) return a;
    if (a instanceof SimpleRangeValue) {
      for (const rij of a.rawData()) for (const cel of rij) if (cel instanceof CellError) return cel;
    }
  }
  return undefined;
}

// HyperFormula's AST and state types are internal: `any` below.
function bouwPlugin(metadata: Metadata, implementaties: Implementaties, namespace: string) {
  const foutenDoorgeven = metadata.allowErrorForDataTypeAny === true;
  class BanenPlugin extends FunctionPlugin {}
  const tabel: Record<string, object> = {};
  const vertaling: Record<string, string> = {};
  const prototype = BanenPlugin.prototype as unknown as Record<string, unknown>;
  for (const f of metadata.functions) {
    const naam = `${namespace}.${f.name}`;
    const methode = `banen_${f.id}`;
    const implementatie = implementaties.get(f.id);
    if (!implementatie) throw new Error(`geen implementatie voor ${f.id}`);
    const matrix = f.parameters.map((p) => p.dimensionality === "matrix");
    tabel[naam] = {
      method: methode,
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
      vectorizationForbidden: true, // Excel hands ranges to the function; it does not loop for it
      ...(f.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: `${methode}_maat` } : {}),
    };
    vertaling[naam] = naam;
    prototype[methode] = function (this: any, ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata(naam), (...args: unknown[]) => {
        if (!foutenDoorgeven) {
          const fout = eersteFout(args);
          if (fout) return fout; // Excel does not call the function (rule 2)
        }
        let enkel = true; // every range argument a single cell: the result is one cell (the `_maat` rule below)
        const excelArgs = new Array<unknown>(args.length);
        for (let i = 0; i < args.length; i++) {
          const a = args[i];
          if (a instanceof SimpleRangeValue) {
            const data = a.rawData();
            enkel &&= data.length === 1 && data[0]!.length === 1;
            excelArgs[i] = data.map((rij) => rij.map(naarExcel));
          } else excelArgs[i] = matrix[i] && a !== undefined ? [[naarExcel(a)]] : naarExcel(a);
        }
        const uitkomst = implementatie(...excelArgs);
        if (!Array.isArray(uitkomst)) return naarHf(uitkomst);
        // A 1×1 result in a one-cell formula is that cell's value, as Excel shows it (no spill to coerce back).
        if (enkel && uitkomst.length === 1 && Array.isArray(uitkomst[0]) && uitkomst[0].length === 1) return naarHf(uitkomst[0][0]);
        return SimpleRangeValue.onlyValues(uitkomst.map((rij: unknown[]) => rij.map(naarHf)) as any);
      });
    };
    // The spill size, before evaluation: the adapter's rule (perCel) is the broadcast of the range arguments.
    prototype[`${methode}_maat`] = function (this: any, ast: any, state: any) {
      const maten: ArraySize[] = ast.args.filter((_: unknown, i: number) => matrix[i]).map((a: any) => this.arraySizeForAst(a, state));
      return new ArraySize(Math.max(1, ...maten.map((m) => m.width)), Math.max(1, ...maten.map((m) => m.height)));
    };
  }
  (BanenPlugin as any).implementedFunctions = tabel;
  return { BanenPlugin, vertaling };
}

/**
 * Registers the Dutch language and a plugin built from metadata +
 * implementations (once per process and namespace). Another namespace lets a
 * test run the same functions under other metadata, e.g. without
 * allowErrorForDataTypeAny.
 */
export function registreerPlugin(metadata: Metadata, implementaties: Implementaties, namespace = NAMESPACE): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("nlNL")) HyperFormula.registerLanguage("nlNL", nlNL);
  const { BanenPlugin, vertaling } = bouwPlugin(metadata, implementaties, namespace);
  // Languages first, then the plugin with its names for each of them.
  HyperFormula.registerFunctionPlugin(BanenPlugin, { nlNL: vertaling, enGB: vertaling });
}

/**
 * The built add-in's functions as Excel gets them: dist/functions.json as
 * written by the build, and dist/functions.js run in this realm (a vm context
 * would slow every global lookup of the bundle) with a CustomFunctions global,
 * as Excel's runtime has one: it records every CustomFunctions.associate(id,
 * fn) and provides Error/ErrorCode (the stand-in above) for the error values.
 */
export function laadGebouwdeFuncties(dist: string): { metadata: Metadata; implementaties: Implementaties } {
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
  const implementaties: Implementaties = new Map();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    ...nepRuntime,
    associate: (id: string, f: (...args: unknown[]) => unknown) => void implementaties.set(id, f),
  };
  const bestand = path.join(dist, "functions.js");
  vm.runInThisContext(fs.readFileSync(bestand, "utf8"), { filename: bestand });
  for (const f of metadata.functions) {
    if (!implementaties.has(f.id)) throw new Error(`${bestand} koppelt ${f.id} niet (CustomFunctions.associate ontbreekt)`);
  }
  return { metadata, implementaties };
}

export const NEDERLANDS = {
  licenseKey: "gpl-v3",
  language: "nlNL",
  functionArgSeparator: ";",
  decimalSeparator: ",",
  thousandSeparator: ".",
  arrayColumnSeparator: ";",
  arrayRowSeparator: "|",
  // Give the function's JS number as is; HyperFormula would otherwise round it to 10 digits on read.
  smartRounding: false,
} as const;
