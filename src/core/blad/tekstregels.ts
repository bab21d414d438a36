/**
 * Breaking a text into lines of at most a given number of characters, at
 * spaces: for the terminal (CLI) and for the text rows under a table on a
 * sheet (footnotes, verdict), whose width is the table's width in characters.
 */

/** Characters as a reader counts them: code points, so an emoji or a superscript is one. */
export function tekenLengte(tekst: string): number {
  return [...tekst].length;
}

/**
 * Breaks `tekst` into lines of at most `breedte` characters at spaces (runs of
 * white space become one space). A word longer than `breedte` keeps a line of
 * its own, never cut: joining the lines with one space gives the text back.
 * An empty text is one empty line.
 */
export function brekRegels(tekst: string, breedte: number): string[] {
  const regels: string[] = [];
  let huidig = "";
  for (const woord of tekst.split(/\s+/).filter(Boolean)) {
    if (huidig && tekenLengte(huidig) + 1 + tekenLengte(woord) > breedte) {
      regels.push(huidig);
      huidig = woord;
    } else {
      huidig = huidig ? `${huidig} ${woord}` : woord;
    }
  }
  if (huidig) regels.push(huidig);
  return regels.length ? regels : [""];
}
