/**
 * Workbooks for the benchmark, written with exceljs (streaming, so 250.000
 * rows stay cheap): the person rows and fte per ministry as a plain .xlsx (the
 * CLI's input), and the same rows with a Tabel 1 sheet of SUMIFS formulas
 * WITHOUT cached values (what a coordinator would build by hand; LibreOffice
 * must calculate every cell). Formulas are stored in the file's own syntax:
 * English names, "," between arguments, "." as decimal mark.
 */
import ExcelJS from "exceljs";
import { Decimal, QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK, UREN_PER_FTE_RIJK } from "../src/core";
import { SOORT_LABEL, type Voorbeeld } from "../src/voorbeeld/generator";
import { FTE_KOPPEN, PERSONEN_KOPPEN } from "./gegevens";

async function schrijfGegevens(wb: ExcelJS.stream.xlsx.WorkbookWriter, v: Voorbeeld): Promise<void> {
  const personen = wb.addWorksheet("Personen");
  personen.addRow(PERSONEN_KOPPEN).commit();
  for (const p of v.personen) personen.addRow([p.id, p.ministerie, SOORT_LABEL[p.soort], p.urenPerWeek]).commit();
  await personen.commit();
  const fte = wb.addWorksheet("Fte");
  fte.addRow(FTE_KOPPEN).commit();
  for (const m of v.ministeries) fte.addRow([m.ministerie, m.fte, "ja", m.voetnoot ?? null]).commit();
  for (const n of v.nietToegedeeld) fte.addRow([n.omschrijving, n.fte, "nee", n.voetnoot]).commit();
  await fte.commit();
}

/** Person rows (sheet "Personen") and fte per ministry (sheet "Fte"). */
export async function schrijfInvoer(v: Voorbeeld, bestand: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bestand, useSharedStrings: true });
  await schrijfGegevens(wb, v);
  await wb.commit();
}

export const TABEL_BLAD = "Tabel1";
export const TABEL_KOPPEN = ["Ministerie", "Doel", "Formeel", "Binnenwerk", "Inleen", "Totaal", "Realisatie"];

/**
 * The hand-made Tabel 1: sheet "Tabel1" first, one row per ministry with
 * SUMIFS over the person rows, and a total row; then the data sheets.
 */
export async function schrijfSumifsWerkmap(v: Voorbeeld, bestand: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bestand, useSharedStrings: true });
  const tabel = wb.addWorksheet(TABEL_BLAD);
  const urenPerBaan = new Decimal(UREN_PER_BAAN_PER_WEEK.waarde).toString();
  const jaar = Number(v.kwartaal.slice(0, 4));
  const doelPerFte = `${new Decimal(UREN_PER_FTE_RIJK.waarde).toString()}/${urenPerBaan}*${new Decimal(QUOTUMPERCENTAGE[jaar]!.waarde).toString()}`;
  const som = (rij: number, soort: string) => `SUMIFS(Personen!D:D,Personen!B:B,A${rij},Personen!C:C,"${soort}")/${urenPerBaan}`;
  tabel.addRow(TABEL_KOPPEN).commit();
  v.ministeries.forEach((m, i) => {
    const r = i + 2;
    const f = (formula: string) => ({ formula });
    tabel
      .addRow([
        m.ministerie,
        f(`SUMIFS(Fte!B:B,Fte!A:A,A${r})*${doelPerFte}`),
        f(som(r, "formeel")),
        f(som(r, "Binnenwerk")),
        f(som(r, "inleen")),
        f(`C${r}+D${r}+E${r}`),
        f(`IF(B${r}=0,"",F${r}/B${r})`),
      ])
      .commit();
  });
  const eerste = 2;
  const laatste = v.ministeries.length + 1;
  const t = laatste + 1;
  const kolomSom = (k: string) => ({ formula: `SUM(${k}${eerste}:${k}${laatste})` });
  tabel
    .addRow([
      "Totaal",
      { formula: `SUM(B${eerste}:B${laatste})+SUMIFS(Fte!B:B,Fte!C:C,"nee")*${doelPerFte}` },
      kolomSom("C"),
      kolomSom("D"),
      kolomSom("E"),
      kolomSom("F"),
      { formula: `IF(B${t}=0,"",F${t}/B${t})` },
    ])
    .commit();
  await tabel.commit();
  await schrijfGegevens(wb, v);
  await wb.commit();
}
