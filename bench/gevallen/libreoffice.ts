/**
 * (d) The anchor a coordinator has today: a workbook with the same person
 * rows and a Tabel 1 of SUMIFS formulas (no cached values), opened and
 * recalculated by LibreOffice headless (bench/libreoffice.py over UNO). The
 * recalculated numbers must equal the core's, or the timing means nothing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Voorbeeld } from "../../src/voorbeeld/generator";
import { type Getallen, verschillen, wortel } from "../gegevens";
import { draai, type Uitkomst } from "../kind";
import { samenvatting, type Tijden } from "../meten";
import { schrijfSumifsWerkmap } from "../werkmappen";

export interface LibreOfficeResultaat {
  versie: string;
  /** Opening the file: read + calculate every formula (recalculation on load is switched on). */
  openen: Tijden;
  /** calculateAll() on the open workbook: the SUMIFS alone. */
  herberekenen: Tijden;
  piekMiB: number;
  afwijkingen: string[];
}

/** Recalculate formulas of Excel files on load: always (0), for the profile of this run only. */
const PROFIEL_INSTELLINGEN = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** soffice's version line, or null when LibreOffice is not installed. */
export function libreOfficeVersie(): string | null {
  const r = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  return r.status === 0 ? String(r.stdout).trim().split("\n")[0]!.trim() : null;
}

/** A Python that has LibreOffice's UNO bridge (Debian: python3-uno for /usr/bin/python3). */
function pythonMetUno(): string | null {
  for (const py of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(py, ["-c", "import uno"], { encoding: "utf8" }).status === 0) return py;
  }
  return null;
}

export async function libreOffice(v: Voorbeeld, map: string, runs: number, verwacht: Getallen): Promise<Uitkomst<LibreOfficeResultaat>> {
  const versie = libreOfficeVersie();
  if (!versie) return { ok: false, reden: "LibreOffice (soffice) is niet geïnstalleerd" };
  const py = pythonMetUno();
  if (!py) return { ok: false, reden: "geen Python met LibreOffice-UNO (Debian: apt-get install python3-uno)" };
  const werkmap = path.join(map, `sumifs-${v.personen.length}.xlsx`);
  await schrijfSumifsWerkmap(v, werkmap);
  const profiel = fs.mkdtempSync(path.join(os.tmpdir(), "banen-bench-lo-"));
  try {
    fs.mkdirSync(path.join(profiel, "user"));
    fs.writeFileSync(path.join(profiel, "user", "registrymodifications.xcu"), PROFIEL_INSTELLINGEN);
    const r = draai<{
      ladenMs: number[];
      herberekenenMs: number[];
      rijen: Array<[string, number, number, number, number]>;
      fouten: number;
      piekKB: number;
    }>(py, [path.join(wortel(), "bench", "libreoffice.py"), werkmap, profiel, String(runs)], { timeout: 30 * 60_000 });
    if (!r.ok) return r;
    const gekregen: Getallen = {};
    for (const [naam, doel, formeel, binnenwerk, inleen] of r.waarde.rijen) gekregen[naam] = { doel, formeel, binnenwerk, inleen };
    // LibreOffice sums and divides in doubles: equal to the exact core within 1e-12 relative.
    const afwijkingen = verschillen(verwacht, gekregen, 1e-12);
    if (r.waarde.fouten > 0) afwijkingen.push(`${r.waarde.fouten} foutwaarden in Tabel1`);
    return {
      ok: true,
      waarde: {
        versie,
        openen: samenvatting(r.waarde.ladenMs),
        herberekenen: samenvatting(r.waarde.herberekenenMs),
        piekMiB: r.waarde.piekKB / 1024,
        afwijkingen,
      },
    };
  } finally {
    fs.rmSync(profiel, { recursive: true, force: true });
    fs.rmSync(werkmap, { force: true });
  }
}
