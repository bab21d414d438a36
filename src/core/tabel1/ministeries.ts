/**
 * The ministries of Tabel 1 and the ONE name key of the project.
 *
 * Tabel 1 (seed 003, "Tabel 1 Aantal voltijdswaarden van 25,5 uur …
 * 2023Q2"; the same table in seed 000) has one row per ministry, in this
 * order: AZ, BZ, BZK, EZK, Fin, IenW, JenV (excl. RS), LNV, OCW, SZW, VWS,
 * HCvS, Rechtspraak, and a row "Totaal Rijk". Users write the same
 * ministries in other ways ("Ministerie van Financiën", "Financien",
 * "Buitenlandse Zaken"); the aliases below are the full names of the
 * ministries as the Rijksoverheid writes them, and common short forms. They
 * are spellings, not numbers or rules: no source is needed beyond the names.
 *
 * Every place that compares ministry names (Tabel 1, the row reader, the
 * printed-table reader, centrale financiering, the quarter comparison, the
 * CLI comparison) compares `ministerieSleutel`s, so "Financiën" (NFC or NFD),
 * "FINANCIEN" and "Ministerie van Financiën" are one ministry everywhere.
 *
 * Also here: the closed list of labels of total rows ("Totaal", "Eindtotaal",
 * "Som", …), so that a copied total row is recognised by every reader alike.
 */

/** A ministry as Tabel 1 names it, with the other ways users write it. */
export interface MinisterieDef {
  /** The name in the published Tabel 1 (seed 003). */
  naam: string;
  /** Other spellings: full names, short forms. Compared by `naamSleutel`, so case, accents and spaces do not matter. */
  aliassen: readonly string[];
}

/** Tabel 1's ministries in the published order (seed 003, Tabel 1). */
export const MINISTERIES: readonly MinisterieDef[] = [
  { naam: "AZ", aliassen: ["Algemene Zaken"] },
  { naam: "BZ", aliassen: ["Buitenlandse Zaken"] },
  { naam: "BZK", aliassen: ["Binnenlandse Zaken en Koninkrijksrelaties", "Binnenlandse Zaken"] },
  { naam: "EZK", aliassen: ["Economische Zaken en Klimaat", "EZenK", "EZ&K"] },
  { naam: "Fin", aliassen: ["Financiën", "FIN"] },
  { naam: "IenW", aliassen: ["Infrastructuur en Waterstaat", "I&W", "I en W"] },
  {
    naam: "JenV (excl. RS)",
    aliassen: [
      "JenV",
      "J&V",
      "J en V",
      "Justitie en Veiligheid",
      "JenV excl. RS",
      "JenV excl. Rechtspraak",
      "Justitie en Veiligheid (excl. Rechtspraak)",
    ],
  },
  { naam: "LNV", aliassen: ["Landbouw, Natuur en Voedselkwaliteit"] },
  { naam: "OCW", aliassen: ["Onderwijs, Cultuur en Wetenschap"] },
  { naam: "SZW", aliassen: ["Sociale Zaken en Werkgelegenheid"] },
  { naam: "VWS", aliassen: ["Volksgezondheid, Welzijn en Sport"] },
  { naam: "HCvS", aliassen: ["Hoge Colleges van Staat", "HCS"] },
  { naam: "Rechtspraak", aliassen: ["De Rechtspraak", "RS"] },
];

/**
 * Labels of total rows, as a closed list (compared by `naamSleutel`): a row
 * named like this is a total, never a ministry. Any label that starts with
 * "totaal" ("Totaal Rijk", "Totaal ministeries") is one too.
 */
export const TOTAAL_LABELS: readonly string[] = [
  "Totaal",
  "Totalen",
  "Eindtotaal",
  "Subtotaal",
  "Generaal totaal",
  "Totaal generaal",
  "Rijk totaal",
  "Rijkstotaal",
  "Totaal Rijk",
  "Totaal Rijksoverheid",
  "Som",
  "Sum",
  "Total",
  "Totals",
  "Grand total",
  "Subtotal",
];

/**
 * The key two ministry names are compared by: what a reader takes for the
 * same name. Invisible formatting characters removed (zero-width spaces,
 * soft hyphens, byte order marks, bidirectional overrides), compatibility
 * forms composed (NFKC), accents dropped ("Financiën" = "Financien", typed
 * with a separate diaeresis or not), no case, "&" read as "en", punctuation
 * dropped ("JenV (excl. RS)" = "JenV excl RS"), runs of spaces as one.
 */
export function naamSleutel(naam: string): string {
  return naam
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("nl")
    .replace(/&/g, " en ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "ministerie van financien" → "financien": the prefix says nothing about which ministry. */
function zonderVoorvoegsel(sleutel: string): string {
  return sleutel.replace(/^(het )?ministerie van (de )?/, "");
}

const NAAM_VAN = new Map<string, string>();
for (const m of MINISTERIES) {
  for (const n of [m.naam, ...m.aliassen]) NAAM_VAN.set(naamSleutel(n), m.naam);
}
const TOTAAL = new Set(TOTAAL_LABELS.map(naamSleutel));

/** The Tabel 1 name of a ministry written any known way ("Ministerie van Financiën" → "Fin"), or null when unknown. */
export function tabel1Naam(naam: string): string | null {
  const sleutel = naamSleutel(naam);
  return NAAM_VAN.get(sleutel) ?? NAAM_VAN.get(zonderVoorvoegsel(sleutel)) ?? null;
}

/**
 * The ONE key by which ministry names are compared everywhere: the key of the
 * Tabel 1 name for a known ministry (so every alias gives the same key), else
 * the name's own `naamSleutel`.
 */
export function ministerieSleutel(naam: string): string {
  const bekend = tabel1Naam(naam);
  return naamSleutel(bekend ?? naam);
}

/** True for the label of a total row: one of TOTAAL_LABELS, or a label starting with "totaal". */
export function isTotaalLabel(naam: string): boolean {
  const sleutel = naamSleutel(naam);
  return TOTAAL.has(sleutel) || /^totaal\b/.test(sleutel);
}

/** Edit distance between two keys (insertions, deletions, substitutions), for suggestions. */
function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) {
      rij.push(Math.min(vorige[j]! + 1, rij[j - 1]! + 1, vorige[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    vorige = rij;
  }
  return vorige[b.length]!;
}

/**
 * The known name nearest to `naam` (by edit distance of the keys, aliases
 * included), for "bedoelt u …?"; null when none is near (more than a third
 * of the longer key differs). `kandidaten` default to the Tabel 1 names.
 */
export function dichtstbijzijndeNaam(naam: string, kandidaten?: readonly string[]): string | null {
  const sleutel = zonderVoorvoegsel(naamSleutel(naam));
  if (!sleutel) return null;
  // A known ministry is also compared by its aliases ("Finance" is near "Financiën", the alias of Fin).
  const spellingen = (naam: string) => {
    const def = MINISTERIES.find((m) => m.naam === tabel1Naam(naam));
    return [naam, ...(def ? [def.naam, ...def.aliassen] : [])];
  };
  const opties: Array<{ sleutel: string; naam: string }> = (kandidaten ?? MINISTERIES.map((m) => m.naam)).flatMap((k) =>
    spellingen(k).map((n) => ({ sleutel: zonderVoorvoegsel(naamSleutel(n)), naam: k })),
  );
  let beste: { naam: string; afstand: number } | null = null;
  for (const o of opties) {
    // The distance is at least the difference in length: keys too far apart in length are never near (and a
    // 100.000-character cell is not compared character by character with every name).
    const grens = Math.max(1, Math.floor(Math.max(sleutel.length, o.sleutel.length) / 3));
    if (Math.abs(sleutel.length - o.sleutel.length) > grens) continue;
    const d = afstand(sleutel, o.sleutel);
    if (d <= Math.max(1, Math.floor(Math.max(sleutel.length, o.sleutel.length) / 3)) && (!beste || d < beste.afstand)) {
      beste = { naam: o.naam, afstand: d };
    }
  }
  return beste?.naam ?? null;
}
