/**
 * Numbers as the CLI shows them: Dutch notation, exact values cut off with
 * an ellipsis (the JSON output carries them in full), percentages.
 */
import { Decimal } from "../core/basis/decimaal";
import { BanenFout, type Plaats } from "../core/basis/fouten";
import { formatteerGetal, leesFractie, leesGetal, leesNietNegatief } from "../core/basis/getal";

/** Decimals shown before an exact value is cut off with "…". */
const ZICHTBARE_DECIMALEN = 8;

/** 408,77872941… (exact value, cut off, never rounded up), or 409 when exact. */
export function exactTekst(d: Decimal): string {
  if (d.decimalPlaces() <= ZICHTBARE_DECIMALEN) return formatteerGetal(d);
  return `${formatteerGetal(d.toDecimalPlaces(ZICHTBARE_DECIMALEN, Decimal.ROUND_DOWN))}…`;
}

/** Whole number, half up, in Dutch notation: 1.399. */
export function heelTekst(d: Decimal | number): string {
  return formatteerGetal(new Decimal(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

/** A fraction as percent: 0,0276 → "2,76%". */
export function procentTekst(fractie: Decimal): string {
  return `${formatteerGetal(fractie.times(100))}%`;
}

/**
 * A percentage option, in percent: "2,76%" is 2,76 %, and so is "2,76" (a
 * bare number of 1 or more is never read as a fraction). A bare number
 * between 0 and 1, such as "0,0276" (what `banen doel --json` prints as the
 * fraction), has two readings, 0,0276 % and 2,76 %: PERCENTAGE_DUBBELZINNIG
 * names both and how to write each. Returns a fraction.
 */
export function leesProcent(tekst: string, plaats: Plaats): Decimal {
  const getrimd = String(tekst).trim();
  const metTeken = getrimd.endsWith("%");
  const procent = leesGetal(getrimd.replace(/%$/, ""), plaats);
  if (!metTeken && procent.greaterThan(0) && procent.lessThan(1)) {
    const alsFractie = formatteerGetal(procent.times(100));
    throw new BanenFout(
      "PERCENTAGE_DUBBELZINNIG",
      {
        waarde: getrimd,
        alsProcent: formatteerGetal(procent),
        schrijfProcent: `${formatteerGetal(procent)}%`,
        alsFractie,
        schrijfFractie: `${alsFractie}%`,
      },
      plaats,
    );
  }
  return leesFractie(procent.dividedBy(100), plaats);
}

/**
 * A number option or argument that is no percentage (fte, uren, banen,
 * euro): a "%" is refused (PROCENT_NIET_TOEGESTAAN; leesGetal would read
 * "36%" as 0,36), then read as 0 or more. `verwacht` says what is meant.
 */
export function geenProcent(tekst: string, plaats: Plaats, verwacht: string): string {
  if (/%\s*$/.test(String(tekst))) throw new BanenFout("PROCENT_NIET_TOEGESTAAN", { waarde: String(tekst).trim(), verwacht }, plaats);
  return tekst;
}

/** geenProcent, then 0 or more (NEGATIEF otherwise). */
export function leesAantal(tekst: string, plaats: Plaats, verwacht: string): Decimal {
  return leesNietNegatief(geenProcent(tekst, plaats, verwacht), plaats);
}

/** Exact value for JSON: a plain decimal string, no exponent. */
export function exactJson(d: Decimal): string {
  return d.toFixed();
}
