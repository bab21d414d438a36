/**
 * Quotumpercentages the user recorded in this workbook (taakvenster, tabblad
 * Regels), read by the BANEN.* functions from the document settings. Add-ins
 * in a shared runtime (manifest.xml) can read Office.context.document.settings
 * from custom functions; the settings are loaded with the document and read
 * synchronously (Office docs: "Persist add-in state and settings", Settings.get).
 * Outside Excel (tests, HyperFormula) there are none.
 */
import { BanenFout, EIGEN_REGELS_IN_WERKMAP, EIGEN_REGELS_INSTELLING, EIGEN_REGELS_VORM, type EigenRegels, leesEigenRegels } from "../core";

interface Instellingen {
  get(naam: string): unknown;
}

let laatste: { ruw: unknown; regels: EigenRegels } | null = null;

/** The recorded percentages, parsed once per change of the setting (a column of 100.000 doelen reads it once). */
export function documentRegels(): EigenRegels {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: Instellingen } } } }).Office;
  const ruw = office?.context?.document?.settings?.get(EIGEN_REGELS_INSTELLING) ?? null;
  if (ruw === null) return [];
  if (laatste && laatste.ruw === ruw) return laatste.regels;
  const regels = leesEigenRegels(typeof ruw === "string" ? alsJson(ruw) : ruw, EIGEN_REGELS_IN_WERKMAP);
  laatste = { ruw, regels };
  return regels;
}

function alsJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: tekst, verwacht: EIGEN_REGELS_VORM }, { blad: EIGEN_REGELS_IN_WERKMAP });
  }
}
