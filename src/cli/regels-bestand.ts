/**
 * The user's own rules file: a quotumpercentage for a year without a published
 * one, recorded once with its source, then used by every command (doel,
 * tabel1) and shown with that source in every output. Given with
 * `--regels <bestand>`; without the option, `banen-regels.json` in the current
 * directory is used when it exists (every output names the file). Format:
 *   { "quotumpercentages": [ { "jaar": 2025, "percentage": "2,76%", "bron": "waar het gepubliceerd is" } ] }
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BanenFout } from "../core/basis/fouten";
import { type EigenRegels, EIGEN_REGELS_VORM, leesEigenRegels } from "../core/regels/doelbasis";

export const STANDAARD_REGELS = "banen-regels.json";

export const REGELS_OPTIE = [
  "--regels <bestand>",
  `eigen regels: een quotumpercentage met zijn bron voor een jaar zonder gepubliceerd percentage (standaard ${STANDAARD_REGELS} in de huidige map, als die er is)`,
] as const;

export function leesRegelsBestand(optie: string | undefined): EigenRegels {
  const pad = optie ?? (fs.existsSync(STANDAARD_REGELS) ? STANDAARD_REGELS : null);
  if (pad === null) return [];
  if (!fs.existsSync(pad)) throw new BanenFout("BESTAND_ONTBREEKT", { pad, verwacht: `een regelsbestand zoals ${EIGEN_REGELS_VORM}` });
  return leesEigenRegels(leesJson(pad), path.basename(pad));
}

/**
 * ./bestanden (with the csv and workbook readers behind it) is loaded only when there is a rules
 * file to read: `banen doel` without one starts without them (issue 16, start-up).
 */
function leesJson(pad: string): unknown {
  return (require("./bestanden") as typeof import("./bestanden")).leesJson(pad);
}
