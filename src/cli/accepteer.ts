/**
 * `--accepteer CODE[,CODE]`: the warnings of the reader and the model that
 * look wrong but may be right (a realisatie above 1.000 %, duplicate ids, an
 * unknown ministry name…) stop the run until the user names them here. Each
 * stopped run lists every open warning with its code and the option that
 * accepts it (WAARSCHUWING_NIET_BEVESTIGD); an accepted one stays in the
 * reading report as "bevestigd".
 *
 * No "--accepteer alle", by design: a blanket acceptance also accepts the
 * warnings one has not seen, and in a script it would keep accepting new
 * kinds of warning after an upgrade (a doubled total would pass silently).
 * Naming each code means someone looked at each kind of warning.
 */
import { BanenFout } from "../core";
import { WAARSCHUWINGEN } from "../core/invoer/lezing";

export const ACCEPTEER_HULP = "bevestig waarschuwingen met hun code, gescheiden door komma's, bijvoorbeeld DUBBELE_ID,UREN_BOVEN_VOLTIJD";

const BEKEND: readonly string[] = Object.keys(WAARSCHUWINGEN);
const ALLES = new Set(["ALLE", "ALLES", "ALL", "*"]);

/** The codes of --accepteer, upper case; unknown codes and "alle" are refused with the known codes. */
export function leesAccepteer(tekst: string | undefined): string[] | undefined {
  if (tekst === undefined) return undefined;
  const codes = tekst
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== "");
  const bekend = BEKEND.join(", ");
  if (codes.some((c) => ALLES.has(c))) {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      {
        waarde: tekst,
        verwacht: `de codes van de waarschuwingen die u gezien hebt (een bevestiging van alles bestaat bewust niet): ${bekend}`,
      },
      { veld: "--accepteer" },
    );
  }
  const onbekend = codes.find((c) => !BEKEND.includes(c));
  if (onbekend !== undefined || codes.length === 0) {
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: onbekend ?? tekst, verwacht: `een of meer van: ${bekend}` }, { veld: "--accepteer" });
  }
  return codes;
}
