/**
 * User text stays text when the pane writes it to a sheet. Excel takes a value
 * that starts with "=", "+", "-" or "@" as a formula, as it does with typed
 * input (OWASP: "CSV injection"/"formula injection"). A ministry named
 * =HYPERLINK("https://…?"&A1;"klik") or =WEBSERVICE(…) in someone's input
 * sheet must not become a live formula in the new sheet that can send cell
 * contents out. Such cells get the text format ("@") before their value is
 * set, so Excel stores the characters as they are. Applied by the Excel
 * module to every block it writes, whatever the plan is about.
 */
import { TEKST_FORMAAT } from "../core/tabel1/opmaak";

/** Text that Excel would turn into a formula. */
export const FORMULE_BEGIN = /^[=+\-@]/;

export function wordtFormule(waarde: unknown): boolean {
  return typeof waarde === "string" && FORMULE_BEGIN.test(waarde);
}

/** The number formats of a block, with "@" for every cell whose text would become a formula. */
export function tekstBlijftTekst(waarden: readonly (readonly unknown[])[], formaten: readonly (readonly string[])[]): string[][] {
  return formaten.map((rij, i) => rij.map((formaat, k) => (wordtFormule(waarden[i]?.[k]) ? TEKST_FORMAAT : formaat)));
}
