/** The side figure "realisatie inclusief SROI/inkoop" in lines (terminal and pane): beside Tabel 1, never in it. */
import { formatteerGetal } from "../basis/getal";
import type { NaastQuotum } from "./tabel1";
import { heelProcent } from "./tabel1";

export function naastQuotumRegels(n: NaastQuotum): string[] {
  const regel = (r: NaastQuotum["totaal"]) => {
    const procent = heelProcent(r.realisatieInclusief);
    return `  ${r.naam}: ${formatteerGetal(r.buitenQuotum.toDecimalPlaces(1))} banen via SROI/inkoop; realisatie inclusief SROI/inkoop ${procent === null ? "–" : `${procent}%`}`;
  };
  return [
    "Naast Tabel 1 (telt niet mee voor het quotum):",
    `  ${n.omschrijving}`,
    ...n.rijen.filter((r) => !r.buitenQuotum.isZero()).map(regel),
    regel(n.totaal),
  ];
}
