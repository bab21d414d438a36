/**
 * Runs the BANEN.* custom functions in a real formula engine, HyperFormula,
 * the way Excel runs them: the functions come from the functions module as
 * the metadata's `associate` list names them (what webpack's loader turns into
 * CustomFunctions.associate calls), and the engine's function table is built
 * FROM the generated functions.json: name, parameters (matrix → a range, a
 * scalar is wrapped as [[x]] as Excel does; optional flags) and result
 * (matrix → spills). Nothing is listed by hand here.
 *
 * The workbook is set up like Dutch Excel: language nlNL (errors #WAARDE!,
 * #GETAL!, #N/B; SOM), ";" between arguments, "," as decimal mark and "." as
 * thousands separator. HyperFormula requires those three to differ, which they
 * do; array literals then use ";" between columns and "|" between rows (its
 * rule: the array column separator may not be the decimal mark). smartRounding
 * is off so a cell reads back the exact JS number the function returned.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type RawCellContent,
} from "hyperformula";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { gebruikCustomFunctions, type CustomFunctionsRuntime } from "../../src/functions/adapter";

// Plain JS modules without type declarations.
const nlNL = (require("hyperformula/commonjs/i18n/languages/nlNL") as { default: Parameters<typeof HyperFormula.registerLanguage>[1] })
  .default;
const { functieBestanden } = require("../../scripts/functiebestanden") as { functieBestanden: () => string[] };

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
  functions: FunctieMetadata[];
}

/** functions.json exactly as the build generates it, plus which JS function implements each id. */
export async function genereer(): Promise<{ metadata: Metadata; implementaties: Map<string, (...args: unknown[]) => unknown> }> {
  const resultaat = await generateCustomFunctionsMetadata(functieBestanden());
  if (resultaat.errors.length > 0) throw new Error(resultaat.errors.join("\n"));
  const implementaties = new Map<string, (...args: unknown[]) => unknown>();
  for (const { sourceFileName, functionName, id } of resultaat.associate) {
    const module = require(sourceFileName) as Record<string, unknown>;
    const functie = module[functionName];
    if (typeof functie !== "function") throw new Error(`${sourceFileName} exporteert ${functionName} (${id}) niet`);
    implementaties.set(id, functie as (...args: unknown[]) => unknown);
  }
  return { metadata: JSON.parse(resultaat.metadataJson) as Metadata, implementaties };
}

/** Stand-in for Excel's CustomFunctions.Error, with the same codes. */
export class NepExcelFout {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const EXCEL_CODES = { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" };
export const nepRuntime = { Error: NepExcelFout, ErrorCode: EXCEL_CODES } as unknown as CustomFunctionsRuntime;

const NAAR_HF: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};
const NAAR_EXCEL = Object.fromEntries(Object.entries(NAAR_HF).map(([code, type]) => [type, code]));

/** A cell value as Excel would hand it to a custom function. */
function naarExcel(waarde: unknown): unknown {
  if (waarde instanceof CellError) return new NepExcelFout(NAAR_EXCEL[waarde.type] ?? "#VALUE!", waarde.message);
  if (typeof waarde === "symbol") return null; // HyperFormula's EmptyValue: an empty cell
  if (typeof waarde === "object" && waarde !== null && typeof (waarde as { val?: unknown }).val === "number")
    return (waarde as { val: number }).val; // 2,76% etc.
  return waarde;
}

function naarHf(waarde: unknown): unknown {
  if (waarde instanceof NepExcelFout) return new CellError(NAAR_HF[waarde.code] ?? ErrorType.VALUE, waarde.message);
  return waarde;
}

// HyperFormula's AST and state types are internal: `any` below.
function bouwPlugin(metadata: Metadata, implementaties: Map<string, (...args: unknown[]) => unknown>) {
  class BanenPlugin extends FunctionPlugin {}
  const tabel: Record<string, object> = {};
  const vertaling: Record<string, string> = {};
  const prototype = BanenPlugin.prototype as unknown as Record<string, unknown>;
  for (const f of metadata.functions) {
    const naam = `${NAMESPACE}.${f.name}`;
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
        const excelArgs = args.map((a, i) =>
          a instanceof SimpleRangeValue
            ? a.rawData().map((rij) => rij.map(naarExcel))
            : matrix[i] && a !== undefined
              ? [[naarExcel(a)]]
              : naarExcel(a),
        );
        const uitkomst = implementatie(...excelArgs);
        if (Array.isArray(uitkomst)) return SimpleRangeValue.onlyValues(uitkomst.map((rij: unknown[]) => rij.map(naarHf)) as any);
        return naarHf(uitkomst);
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

let geregistreerd: Metadata | undefined;

/** Registers the BANEN.* plugin once per test file and returns the metadata it was built from. */
export async function registreer(): Promise<Metadata> {
  if (geregistreerd) return geregistreerd;
  const { metadata, implementaties } = await genereer();
  gebruikCustomFunctions(nepRuntime);
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("nlNL")) HyperFormula.registerLanguage("nlNL", nlNL);
  const { BanenPlugin, vertaling } = bouwPlugin(metadata, implementaties);
  // Languages first, then the plugin with its names for each of them.
  HyperFormula.registerFunctionPlugin(BanenPlugin, { nlNL: vertaling, enGB: vertaling });
  geregistreerd = metadata;
  return metadata;
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

/** A Dutch workbook with one sheet; cells as a user types them ("=BANEN.DOEL(10491;2023)", "2,76%", 409). */
export function werkblad(cellen: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(cellen, { ...NEDERLANDS });
}

/** The value of an A1 cell of sheet 0. */
export function waarde(hf: HyperFormula, a1: string): unknown {
  const adres = hf.simpleCellAddressFromString(a1, 0);
  if (!adres) throw new Error(`geen adres: ${a1}`);
  return hf.getCellValue(adres);
}

/** Evaluates one formula in an otherwise empty workbook (plus optional data from A1). */
export function reken(formule: string, gegevens: RawCellContent[][] = []): unknown {
  const hf = werkblad([...gegevens, [formule]]);
  return waarde(hf, `A${gegevens.length + 1}`);
}

export { DetailedCellError };
