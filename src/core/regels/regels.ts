/**
 * The rules table: every number the Banenafspraak arithmetic rests on, in one
 * place, each with its source. No other module may hold such a number; they
 * import it from here. Documents are in ../shared/seeds/ (see domain.md).
 */
export interface Bron {
  /** File in ../shared/seeds/, or "domain.md" for the project's domain primer. */
  document: string;
  /** Where in the document: table, footnote or line. */
  plaats: string;
  /** Verbatim quote (a test checks that the document contains it). */
  citaat: string;
  /**
   * The public document as a reader would look it up (letter, its date or parliamentary year,
   * page or section), for user-facing text; `document`/`plaats` are our internal seed file and line.
   */
  publicatie?: string;
}

export interface Regel<T> {
  waarde: T;
  bron: Bron;
}

/** One baan (job unit) is 25,5 verloonde uren per week. */
export const UREN_PER_BAAN_PER_WEEK: Regel<string> = {
  waarde: "25.5",
  bron: {
    document: "004_45ed410054f52706.txt",
    plaats: "voetnoot 8",
    citaat: "Een baan staat gelijk aan 25,5 uur per week.",
  },
};

/** Weeks in each period over which hours can be given (25,5 × 13 = 331,5; 25,5 × 52 = 1.326). */
export const WEKEN_PER_PERIODE: Regel<{ week: number; kwartaal: number; jaar: number }> = {
  waarde: { week: 1, kwartaal: 13, jaar: 52 },
  bron: {
    document: "domain.md",
    plaats: "Units",
    citaat: "25,5 × 52 = 1.326 hours a year, or 25,5 × 13 = 331,5 hours a quarter",
  },
};

/**
 * Hours per fte in the quotumcalculator of the Rijk (36-hour week). The check
 * value of seed 003 footnote 7 (10.491 fte → 409 doelbanen) only holds with 36.
 */
export const UREN_PER_FTE_RIJK: Regel<string> = {
  waarde: "36",
  bron: {
    document: "domain.md",
    plaats: "Units",
    citaat: "Central government (Rijk) works a 36-hour week",
  },
};

/** Quotumpercentage per year, as a fraction (2,76 % = 0,0276). Only years with a published source. */
export const QUOTUMPERCENTAGE: Readonly<Record<number, Regel<string>>> = {
  2023: {
    waarde: "0.0276",
    bron: {
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 2",
      citaat: "quotumcalculator met quotumpercentage 2,76 procent o.b.v. het aantal fte in het 1e kwartaal van 2023",
    },
  },
  2024: {
    waarde: "0.0276",
    bron: {
      document: "002_1f91600690bf5597.txt",
      plaats: "Gemeenten, regel 180",
      citaat: "Het quotumpercentage voor 2024 is 2,76%",
    },
  },
};

/** Government share of inleen (hired-in) paid hours: the verdeelsleutel inleenverbanden. */
export type InleenMoment = "nulmeting" | 2020 | 2021;
export const VERDEELSLEUTEL_INLEEN_OVERHEID: Readonly<Record<InleenMoment, Regel<string>>> = {
  nulmeting: {
    waarde: "0.24",
    bron: {
      document: "004_45ed410054f52706.txt",
      plaats: "regels 181-183",
      citaat: "markt als inlenende sector en 24,0 procent aan de overheid.",
    },
  },
  2020: {
    waarde: "0.337",
    bron: {
      document: "004_45ed410054f52706.txt",
      plaats: "regel 188",
      citaat: "Dit is een lager percentage dan de 33,7 procent van vorig jaar.",
    },
  },
  2021: {
    waarde: "0.32",
    bron: {
      document: "004_45ed410054f52706.txt",
      plaats: "regels 186-187",
      citaat: "aan de markt als inlenende sector en 32 procent aan de sector overheid.",
    },
  },
};

/**
 * Extra jobs that central financing could create through Binnenwerk (examples
 * for the plafond of centrale financiering; always a parameter, never implied).
 */
export const CENTRALE_FINANCIERING_PLAFOND: Readonly<Record<number, Regel<number> & { benadering: boolean }>> = {
  2022: {
    waarde: 400,
    benadering: false,
    bron: {
      document: "004_45ed410054f52706.txt",
      plaats: "regel 524",
      // Afgeleid: the footer "Tweede Kamer, vergaderjaar 2021–2022, 34 352, nr. 255" (regel 287) names the letter; it says
      // the extra inzet van overheidswerkgevers is "op pagina 9 van deze brief" (regel 119), in whose section
      // "Rijksoverheid" (regel 505) this sentence stands. The seed gives no date of the letter.
      publicatie:
        "Kamerbrief over de banenafspraak, Kamerstuk 34 352, nr. 255 (Tweede Kamer, vergaderjaar 2021–2022), paragraaf “Rijksoverheid”, blz. 9 e.v.",
      citaat: "2022 nog maximaal 400 extra banen gecreëerd worden via Binnenwerk",
    },
  },
  2023: {
    waarde: 500,
    benadering: true,
    bron: {
      document: "004_45ed410054f52706.txt",
      plaats: "regel 525",
      // Afgeleid: the footer "Tweede Kamer, vergaderjaar 2021–2022, 34 352, nr. 255" (regel 287) names the letter; it says
      // the extra inzet van overheidswerkgevers is "op pagina 9 van deze brief" (regel 119), in whose section
      // "Rijksoverheid" (regel 505) this sentence stands. The seed gives no date of the letter.
      publicatie:
        "Kamerbrief over de banenafspraak, Kamerstuk 34 352, nr. 255 (Tweede Kamer, vergaderjaar 2021–2022), paragraaf “Rijksoverheid”, blz. 9 e.v.",
      citaat: "2023 komen daar nog ongeveer 500 banen bij",
    },
  },
};

/** Executive staff of DJI, excluded from the JenV doel but kept in the Rijk total. */
export const DJI_EXECUTIEF_FTE_2023: Regel<number> = {
  waarde: 10491,
  bron: {
    document: "003_cf68ea1a056c74e2.txt",
    plaats: "Tabel 1, voetnoot 6",
    citaat: "exclusief de executieve functies bij DJI (10.491 fte)",
  },
};

/** The source line printed under Tabel 1. */
export const TABEL1_BRONREGEL: Regel<string> = {
  waarde: "Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.",
  bron: {
    document: "003_cf68ea1a056c74e2.txt",
    plaats: "Tabel 1",
    citaat: "Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.",
  },
};
