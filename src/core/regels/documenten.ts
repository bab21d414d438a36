/**
 * The source documents as a reader looks them up. Our rules cite a seed file
 * in ../shared/seeds/ (file, place, quote); a user cannot look up
 * "003_cf68ea1a056c74e2.txt", but can look up "Kamerstuk 34 352, nr. 309".
 * Every user-facing reference to a source is made here (bronVerwijzing), once:
 * the public name first, the seed in brackets so a reviewer can still find
 * the exact line.
 *
 * Each name rests on lines of the document itself (herkenning: line and
 * verbatim quote; test/core/regels/documenten.test.ts checks them). Where the
 * document does not print its own number, the name is marked afgeleid with
 * how it was found.
 */
export interface Brondocument {
  /** The public name: parliamentary paper and number, or title and year. */
  naam: string;
  /** Lines of the seed that show the name (1-based line, verbatim quote). */
  herkenning: ReadonlyArray<{ regel: number; citaat: string }>;
  /** How the name was found where the document does not print it. */
  afgeleid?: string;
}

export const BRONDOCUMENTEN: Readonly<Record<string, Brondocument>> = {
  "003_cf68ea1a056c74e2.txt": {
    naam: "Kamerstuk 34 352, nr. 309 (brief van 20 december 2023)",
    herkenning: [
      { regel: 5, citaat: "**34 352**" },
      { regel: 9, citaat: "**Nr. 309**" },
      { regel: 15, citaat: "Den Haag, 20 december 2023" },
    ],
  },
  "000_4c7e4307b0287e35.txt": {
    naam: "Kamerstuk 34 352, nr. 309 (brief van 20 december 2023)",
    herkenning: [{ regel: 1, citaat: "De Minister voor Armoedebeleid, Participatie en Pensioenen stuurde uw" }],
    afgeleid:
      "een andere weergave van dezelfde brief: de openingszin is die van seed 003 (regel 17), en Tabel 1 staat er ook in (regel 122)",
  },
  "004_45ed410054f52706.txt": {
    naam: "Kamerstuk 34 352, nr. 255 (vergaderjaar 2021–2022)",
    herkenning: [{ regel: 287, citaat: "Tweede Kamer, vergaderjaar 2021–2022, 34 352, nr. 255" }],
  },
  "002_1f91600690bf5597.txt": {
    naam: "Kamerbrief over de voortgang van de banenafspraak bij de overheids- en onderwijssectoren in 2024 (2025)",
    herkenning: [
      { regel: 4, citaat: "over de voortgang van de" },
      { regel: 28, citaat: "Kamerstuk 34 352, nr. 342 (2025)" },
    ],
    afgeleid: "de tekst drukt geen eigen Kamerstuknummer; het jaar volgt uit de verwijzing naar een stuk uit 2025 (regel 28)",
  },
  "001_ef86e217e98f94f8.txt": {
    naam: "Werkagenda banenafspraak sector Rijk (2019)",
    herkenning: [
      { regel: 41, citaat: "overheidssectoren, waaronder de sector Rijk, een werkagenda met acties." },
      { regel: 452, citaat: "6. Acties/speerpunten in 2019 en 2020" },
    ],
    afgeleid: "de tekst noemt zich „deze Werkagenda” (regel 45) met acties voor 2019 en 2020; een titelpagina staat niet in de seed",
  },
};

/** The public name of a seed file; a file we do not know (a user's own rules file) keeps its own name. */
export function documentNaam(bestand: string): string {
  return BRONDOCUMENTEN[bestand]?.naam ?? bestand;
}

/**
 * "seed 003" for the seed file "003_cf68ea1a056c74e2.txt": its number, the short name every
 * reference to a seed uses (bronVerwijzing, seedLegenda, the series' reeks/seed.ts), so a
 * reviewer finds the file and the exact line.
 */
export function seedLabel(bestand: string): string {
  return `seed ${bestand.slice(0, 3)}`;
}

/**
 * A source as users read it: the public name, the place, and the seed in
 * brackets so a reviewer finds the exact line: "Kamerstuk 34 352, nr. 309
 * (brief van 20 december 2023), Tabel 1, voetnoot 2 [seed 003]". A place that
 * is a line of our text rendering ("regel 524") means nothing in the printed
 * document, so it goes inside the brackets: "… nr. 255 (…) [seed 004, regel
 * 524]". A rule that names its publication more precisely (Bron.publicatie:
 * letter, section, page) is shown as that text alone.
 */
export function bronVerwijzing(b: { document: string; plaats: string; publicatie?: string }): string {
  if (!BRONDOCUMENTEN[b.document]) return `${b.document}, ${b.plaats}`;
  if (b.publicatie) return b.publicatie;
  const seed = seedLabel(b.document);
  const naam = documentNaam(b.document);
  return /\bregels?\s\d/.test(b.plaats) ? `${naam} [${seed}, ${b.plaats}]` : `${naam}, ${b.plaats} [${seed}]`;
}

/** "seed 003 = Kamerstuk 34 352, nr. 309 (…)": what the short seed labels of a table stand for, each once, in order. */
export function seedLegenda(bestanden: readonly string[]): string[] {
  const uniek = [...new Set(bestanden)].filter((b) => BRONDOCUMENTEN[b]).sort();
  return uniek.map((b) => `${seedLabel(b)} = ${documentNaam(b)}`);
}
