/**
 * An aligned table for the terminal: headers over one or more lines, text
 * left, numbers right, a rule under the headers and before marked rows.
 * Widths count characters; footnote superscripts are one character wide.
 */
import { tekenLengte as lengte } from "../../core/blad/tekstregels";

export { brekRegels } from "../../core/blad/tekstregels";

export type Uitlijning = "links" | "rechts";

export interface TabelOpties {
  /** Row indexes that get a rule above them (e.g. the total row). */
  lijnVoor?: readonly number[];
  /** Spaces between columns. */
  tussenruimte?: number;
}

/**
 * @param koppen per column its header lines (wrap long headers with `brekRegels` first)
 * @param rijen cells as text
 */
export function tekstTabel(
  koppen: readonly (readonly string[])[],
  rijen: readonly (readonly string[])[],
  uitlijning: readonly Uitlijning[],
  opties: TabelOpties = {},
): string[] {
  const tussen = " ".repeat(opties.tussenruimte ?? 2);
  const breedtes = koppen.map((kop, k) => Math.max(...kop.map(lengte), ...rijen.map((r) => lengte(r[k] ?? ""))));
  const hoogte = Math.max(...koppen.map((k) => k.length));
  const regel = (cellen: readonly string[]) =>
    cellen
      .map((c, k) => (uitlijning[k] === "rechts" ? c.padStart(breedtes[k]!) : c.padEnd(breedtes[k]!)))
      .join(tussen)
      .trimEnd();
  const lijn = breedtes.map((b) => "─".repeat(b)).join(tussen);
  const uit: string[] = [];
  // Header lines are aligned at the bottom, so the last line of every header sits just above the rule.
  for (let h = 0; h < hoogte; h++) uit.push(regel(koppen.map((k) => k[h - (hoogte - k.length)] ?? "")));
  uit.push(lijn);
  rijen.forEach((r, i) => {
    if (opties.lijnVoor?.includes(i)) uit.push(lijn);
    uit.push(regel(r));
  });
  return uit;
}
