/**
 * Writes the synthetic sample files to seeds/voorbeeld/ (run: `npm run voorbeeld`).
 * CSV as Dutch Excel saves it: ";" between fields, "," as decimal mark; and the
 * same person list and fte as one Excel workbook (werkmap.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { genereerVoorbeeld, type GepubliceerdeTabel1Seed, SOORT_LABEL, type Voorbeeld } from "./generator";
import { voorbeeldWerkmapBytes, voorbeeldWerkmapNaam } from "./werkmap";

const WORTEL = path.resolve(__dirname, "..", "..");

function getal(n: number): string {
  return String(n).replace(".", ",");
}

function csvVeld(tekst: string): string {
  return /[;"\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

function regels(rijen: string[][]): string {
  return rijen.map((r) => r.map(csvVeld).join(";")).join("\r\n") + "\r\n";
}

export function voorbeeldBestanden(v: Voorbeeld): Record<string, string> {
  const ministeries = [
    ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren", "toegedeeld", "voetnoot"],
    ...v.ministeries.map((m) => [
      m.ministerie,
      getal(m.fte),
      getal(m.uren.formeel),
      getal(m.uren.binnenwerk),
      getal(m.uren.inleen),
      "ja",
      m.voetnoot ?? "",
    ]),
    ...v.nietToegedeeld.map((n) => [n.omschrijving, getal(n.fte), "", "", "", "nee", n.voetnoot]),
  ];
  const fte = [
    ["ministerie", "fte", "toegedeeld", "voetnoot"],
    ...v.ministeries.map((m) => [m.ministerie, getal(m.fte), "ja", m.voetnoot ?? ""]),
    ...v.nietToegedeeld.map((n) => [n.omschrijving, getal(n.fte), "nee", n.voetnoot]),
  ];
  const personen = [
    ["id", "ministerie", "soort dienstverband", "uren per week"],
    ...v.personen.map((p) => [p.id, p.ministerie, SOORT_LABEL[p.soort], getal(p.urenPerWeek)]),
  ];
  return {
    [`ministeries-${v.kwartaal}.csv`]: regels(ministeries),
    [`fte-${v.kwartaal.slice(0, 4)}Q1.csv`]: regels(fte),
    [`personen-${v.kwartaal}.csv`]: regels(personen),
  };
}

async function main(): Promise<void> {
  const tabel = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8")) as GepubliceerdeTabel1Seed;
  const v = genereerVoorbeeld(tabel);
  const map = path.join(WORTEL, "seeds", "voorbeeld");
  fs.mkdirSync(map, { recursive: true });
  for (const [naam, inhoud] of Object.entries(voorbeeldBestanden(v))) {
    fs.writeFileSync(path.join(map, naam), inhoud);
    console.log(`${path.join("seeds", "voorbeeld", naam)}: ${inhoud.split("\r\n").length - 2} rijen`);
  }
  const werkmap = voorbeeldWerkmapNaam(v.kwartaal);
  fs.writeFileSync(path.join(map, werkmap), await voorbeeldWerkmapBytes(v));
  console.log(
    `${path.join("seeds", "voorbeeld", werkmap)}: ${v.personen.length} personen, ${v.ministeries.length + v.nietToegedeeld.length} fte-rijen`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
