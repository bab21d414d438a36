/**
 * Names for what the pane adds to a workbook: a worksheet name and an Excel
 * table name that no existing sheet or table has, so nothing is overwritten.
 * Excel's rules (Microsoft support, "Rename a worksheet"; "Rename an Excel
 * table"): a sheet name has 1–31 characters, none of : \ / ? * [ ], does not
 * start or end with an apostrophe and is not "History"; names compare without
 * regard to case. A table name starts with a letter, "_" or "\", has only
 * letters, digits, "_" and ".", is not a cell reference (A1, R1C1) and is
 * unique in the workbook.
 */

export const MAX_BLADNAAM = 31;
const VERBODEN_IN_BLADNAAM = /[:\\/?*[\]]/g;

function vergelijk(naam: string): string {
  return naam.toLocaleLowerCase("nl");
}

/** Control characters: Excel refuses them in a sheet name, so they are removed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern.
const STUURTEKENS = /[\u0000-\u001f]/g;

/** A valid sheet name from any text (forbidden characters become "-"). */
export function geldigeBladnaam(basis: string): string {
  let naam = basis.replace(VERBODEN_IN_BLADNAAM, "-").replace(STUURTEKENS, "").trim();
  naam = naam.replace(/^'+|'+$/g, "").trim();
  if (naam.length > MAX_BLADNAAM) naam = naam.slice(0, MAX_BLADNAAM).trimEnd().replace(/'+$/, "");
  if (naam === "" || vergelijk(naam) === "history") naam = "Tabel 1";
  return naam;
}

/** "Tabel 1 2023Q2", else "Tabel 1 2023Q2 (2)", "(3)", … shortened so that it stays within 31 characters. */
export function uniekeBladnaam(basis: string, bestaand: Iterable<string>): string {
  const bezet = new Set([...bestaand].map(vergelijk));
  const naam = geldigeBladnaam(basis);
  if (!bezet.has(vergelijk(naam))) return naam;
  for (let n = 2; ; n++) {
    const achtervoegsel = ` (${n})`;
    const kandidaat =
      naam
        .slice(0, MAX_BLADNAAM - achtervoegsel.length)
        .trimEnd()
        .replace(/'+$/, "") + achtervoegsel;
    if (!bezet.has(vergelijk(kandidaat))) return kandidaat;
  }
}

/** A valid Excel table name from any text ("Tabel 1 2023Q2" → "Tabel1_2023Q2"). */
export function geldigeTabelnaam(basis: string): string {
  let naam = basis
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, "")
    .replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(naam)) naam = "_" + naam;
  // Names that read as a cell reference (A1, XFD1048576, R1C1, R, C) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(naam) || /^[RrCc]$/.test(naam) || /^[Rr]\d*[Cc]\d*$/.test(naam)) naam = "_" + naam;
  return naam.slice(0, 200);
}

export function uniekeTabelnaam(basis: string, bestaand: Iterable<string>): string {
  const bezet = new Set([...bestaand].map(vergelijk));
  const naam = geldigeTabelnaam(basis);
  if (!bezet.has(vergelijk(naam))) return naam;
  for (let n = 2; ; n++) {
    const kandidaat = `${naam}_${n}`;
    if (!bezet.has(vergelijk(kandidaat))) return kandidaat;
  }
}
