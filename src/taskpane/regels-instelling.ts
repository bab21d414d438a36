/**
 * Quotumpercentages recorded in this workbook with their source (issue 18):
 * kept in the document settings (Office.context.document.settings, key
 * "banen.regels"), the same place the BANEN.* functions read them from in the
 * shared runtime, in the JSON form of the CLI's rules file. Settings.set
 * changes the in-memory copy; saveAsync stores it in the document (Office docs:
 * "Persist add-in state and settings"). After saving, Excel recalculates so
 * that BANEN.DOEL and BANEN.QUOTUMPERCENTAGE use the new percentage.
 */
import { EIGEN_REGELS_IN_WERKMAP, EIGEN_REGELS_INSTELLING, type EigenRegels, eigenRegelsData, leesEigenRegels } from "../core";

interface Instellingen {
  get(naam: string): unknown;
  set(naam: string, waarde: unknown): void;
  saveAsync(terug: (uitkomst: { status: string; error?: { message: string } }) => void): void;
}

function instellingen(): Instellingen | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: Instellingen } } } }).Office;
  return office?.context?.document?.settings ?? null;
}

/** The recorded percentages; none outside Excel. */
export function documentRegels(): EigenRegels {
  const ruw = instellingen()?.get(EIGEN_REGELS_INSTELLING) ?? null;
  if (ruw === null || ruw === undefined) return [];
  return leesEigenRegels(typeof ruw === "string" ? JSON.parse(ruw) : ruw, EIGEN_REGELS_IN_WERKMAP);
}

/** Records (or replaces) the percentage of a year with its source, checked by the core first; then saves and recalculates. */
export async function legVast(jaar: unknown, percentage: unknown, bron: unknown): Promise<EigenRegels> {
  const s = instellingen();
  if (!s) throw new Error("De instellingen van de werkmap zijn niet beschikbaar; open dit taakvenster vanuit Excel.");
  const nieuw = leesEigenRegels({ quotumpercentages: [{ jaar, percentage, bron }] }, EIGEN_REGELS_IN_WERKMAP)[0]!;
  const regels = [...documentRegels().filter((r) => r.jaar !== nieuw.jaar), nieuw].sort((a, b) => a.jaar - b.jaar);
  s.set(EIGEN_REGELS_INSTELLING, JSON.stringify(eigenRegelsData(regels)));
  await new Promise<void>((klaar, mislukt) =>
    s.saveAsync((u) =>
      u.status === "succeeded" ? klaar() : mislukt(new Error(`Opslaan in de werkmap is mislukt: ${u.error?.message ?? u.status}`)),
    ),
  );
  await herbereken();
  return regels;
}

/** Full recalculation, so that formulas with BANEN.* use the recorded percentage (ExcelApi 1.1: Application.calculate). */
async function herbereken(): Promise<void> {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel?.run) return;
  await excel.run(async (ctx) => {
    ctx.workbook.application.calculate(excel.CalculationType.full);
    await ctx.sync();
  });
}
