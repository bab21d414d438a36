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
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { gebruikCustomFunctions, type CustomFunctionsRuntime } from "../../src/functions/adapter";
import { type Implementaties, type Metadata, NEDERLANDS, nepRuntime, registreerPlugin } from "../../emulatie/hyperformula-plugin";

// Plain JS modules without type declarations.
const { functieBestanden } = require("../../scripts/functiebestanden") as { functieBestanden: () => string[] };
const { metFoutInvoer } = require("../../scripts/functies-metadata") as { metFoutInvoer: (m: Metadata) => Metadata };

export {
  NAMESPACE,
  NEDERLANDS,
  NepExcelFout,
  type FunctieMetadata,
  type Metadata,
  type ParameterMetadata,
} from "../../emulatie/hyperformula-plugin";

/**
 * functions.json exactly as the build generates it (the generator's output plus
 * the build's allowErrorForDataTypeAny step), plus which JS function implements each id.
 */
export async function genereer(): Promise<{ metadata: Metadata; implementaties: Implementaties }> {
  const resultaat = await generateCustomFunctionsMetadata(functieBestanden());
  if (resultaat.errors.length > 0) throw new Error(resultaat.errors.join("\n"));
  const implementaties: Implementaties = new Map();
  for (const { sourceFileName, functionName, id } of resultaat.associate) {
    const module = require(sourceFileName) as Record<string, unknown>;
    const functie = module[functionName];
    if (typeof functie !== "function") throw new Error(`${sourceFileName} exporteert ${functionName} (${id}) niet`);
    implementaties.set(id, functie as (...args: unknown[]) => unknown);
  }
  return { metadata: metFoutInvoer(JSON.parse(resultaat.metadataJson) as Metadata), implementaties };
}

let geregistreerd: Metadata | undefined;

/** Registers the BANEN.* plugin once per test file and returns the metadata it was built from. */
export async function registreer(): Promise<Metadata> {
  if (geregistreerd) return geregistreerd;
  const { metadata, implementaties } = await genereer();
  gebruikCustomFunctions(nepRuntime as unknown as CustomFunctionsRuntime);
  registreerPlugin(metadata, implementaties);
  geregistreerd = metadata;
  return metadata;
}

let zonderGeregistreerd = false;

/**
 * The same functions once more under namespace ZONDER, built from functions.json
 * WITHOUT allowErrorForDataTypeAny: how Excel runs them when the build step
 * is missing (an error cell in an argument: the function is not called).
 */
export async function registreerZonderFoutInvoer(): Promise<void> {
  await registreer();
  if (zonderGeregistreerd) return;
  const { metadata, implementaties } = await genereer();
  registreerPlugin({ ...metadata, allowErrorForDataTypeAny: false }, implementaties, "ZONDER");
  zonderGeregistreerd = true;
}

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
