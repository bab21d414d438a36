/**
 * The synthetic sample as an Excel workbook (seeds/voorbeeld/personen-2023Q2.xlsx),
 * made from the same generated data as the CSV files: a first sheet that says
 * the data is synthetic and where it comes from, the person list and the fte
 * per ministry, each as an Excel table with numbers stored as numbers.
 * The workbook properties say "synthetisch" too. Dates in the properties and
 * in the zip are fixed, so generating again gives identical bytes.
 */
import type ExcelJS from "exceljs";
import { Workbook } from "../io/exceljs";
import { voegTabelbladToe, werkmapBytes } from "../io/tabelblad";
import { SOORT_LABEL, type Voorbeeld } from "./generator";

/** No meaning beyond reproducibility: the properties and zip entries carry this date instead of "now". */
const VASTE_DATUM = new Date(Date.UTC(2024, 0, 1));

export const PERSONEN_BLAD = "Personen";

/** "Fte 2023Q1": fte are those of the first quarter of the quotum year (Tabel 1, footnote 2). */
export function fteBlad(kwartaal: string): string {
  return `Fte ${kwartaal.slice(0, 4)}Q1`;
}

export function voorbeeldWerkmapNaam(kwartaal: string): string {
  return `personen-${kwartaal}.xlsx`;
}

export function maakVoorbeeldWerkmap(v: Voorbeeld): ExcelJS.Workbook {
  const werkmap = new Workbook();
  werkmap.creator = "src/voorbeeld/generator.ts (npm run voorbeeld)";
  werkmap.lastModifiedBy = werkmap.creator;
  werkmap.title = `Voorbeeldgegevens Banenafspraak ${v.kwartaal} (SYNTHETISCH)`;
  werkmap.subject = "Synthetische personenlijst en fte per ministerie; geen echte personen.";
  werkmap.keywords = "synthetisch; voorbeeld; Banenafspraak";
  werkmap.description =
    "SYNTHETISCH: gemaakt door een generator met vaste seed uit de gepubliceerde Tabel 1 (seeds/tabel1-2023Q2.json). Er staan geen echte personen in.";
  werkmap.created = VASTE_DATUM;
  werkmap.modified = VASTE_DATUM;

  const info = werkmap.addWorksheet("Over dit bestand");
  const regels = [
    "SYNTHETISCHE VOORBEELDGEGEVENS — er staan geen echte personen in dit bestand.",
    "",
    `Gemaakt door src/voorbeeld/generator.ts (npm run voorbeeld, vaste seed) uit de gepubliceerde Tabel 1 ${v.kwartaal}`,
    "(seeds/tabel1-2023Q2.json; bron: seed 003_cf68ea1a056c74e2.txt, Tabel 1). Zie seeds/voorbeeld/README.md.",
    "",
    `Blad "${PERSONEN_BLAD}": één rij per synthetische medewerker: id, ministerie, soort dienstverband (formeel, Binnenwerk, inleen), uren per week.`,
    `Blad "${fteBlad(v.kwartaal)}": fte per ministerie in het 1e kwartaal; "Executieve functies DJI" (toegedeeld = nee) telt alleen mee in het totale doel.`,
    "",
    `Tabel 1 maken: npm run banen -- tabel1 seeds/voorbeeld/${voorbeeldWerkmapNaam(v.kwartaal)}`,
  ];
  regels.forEach((r, i) => (info.getCell(i + 1, 1).value = r === "" ? null : r));
  info.getCell(1, 1).font = { bold: true, size: 13 };
  info.getColumn(1).width = 120;

  voegTabelbladToe(werkmap, {
    blad: PERSONEN_BLAD,
    tabelnaam: "Personen",
    koppen: ["id", "ministerie", "soort dienstverband", "uren per week"],
    rijen: v.personen.map((p) => [p.id, p.ministerie, SOORT_LABEL[p.soort], p.urenPerWeek]),
    breedtes: [12, 20, 20, 14],
  });
  voegTabelbladToe(werkmap, {
    blad: fteBlad(v.kwartaal),
    tabelnaam: `Fte_${v.kwartaal.slice(0, 4)}Q1`,
    koppen: ["ministerie", "fte", "toegedeeld", "voetnoot"],
    rijen: [
      ...v.ministeries.map((m) => [m.ministerie, m.fte, "ja", m.voetnoot ?? null]),
      ...v.nietToegedeeld.map((n) => [n.omschrijving, n.fte, "nee", n.voetnoot]),
    ],
    breedtes: [24, 10, 12, 100],
    formaten: ["General", "#,##0", "General", "General"],
  });
  return werkmap;
}

/** The sample workbook as bytes, identical on every run. */
export function voorbeeldWerkmapBytes(v: Voorbeeld): Promise<Buffer> {
  return werkmapBytes(maakVoorbeeldWerkmap(v), VASTE_DATUM);
}
