/**
 * The rules table: every number the Banenafspraak arithmetic rests on, in one
 * place, each with where it comes from. No other module may hold such a
 * number; they import it from here. Documents are in ../shared/seeds/.
 *
 * A rule either cites a source document (soort "bron": file, place, verbatim
 * quote; test/core/regels.test.ts checks the quote is there), or is marked
 * "afgeleid": no source states it, we derived it, and the rule says how and
 * which published figures support it (controles, recomputed by the same test).
 * The project's primer (domain.md) is never a source.
 */
export interface Bron {
  soort: "bron";
  /** File in ../shared/seeds/ (a source document, never the primer domain.md). */
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

/**
 * A published figure that a derived rule must reproduce: the doel of the
 * quotumcalculator for sourced inputs, against the figure the source prints.
 */
export interface Controle {
  /** In Dutch, with the numbers: "10.491 fte × 36/25,5 × 2,76 % ≈ 409 doelbanen". */
  omschrijving: string;
  /** The published result, quoted. */
  bron: Bron;
  /** The computation, with inputs from the sources (the rule's own value is added by whoever checks). */
  berekening: { soort: "doel"; fte: string; quotumpercentage: string };
  /** The published figure and how far the computation may be from it (rounding, "zo'n"). */
  verwacht: string;
  marge: string;
}

export interface Afleiding {
  soort: "afgeleid";
  /** How we got the value, in Dutch, including what else would fit the same evidence. */
  afleiding: string;
  /** Published figures the value reproduces; empty when the sources give none (then the afleiding says so). */
  controles: Controle[];
}

/** Where a rule's value comes from: a source document, or our own derivation. */
export type Grondslag = Bron | Afleiding;

export interface Regel<T, G extends Grondslag = Grondslag> {
  waarde: T;
  bron: G;
}

/** One baan (job unit) is 25,5 verloonde uren per week. */
export const UREN_PER_BAAN_PER_WEEK: Regel<string, Bron> = {
  waarde: "25.5",
  bron: {
    soort: "bron",
    document: "004_45ed410054f52706.txt",
    plaats: "voetnoot 8",
    citaat: "Een baan staat gelijk aan 25,5 uur per week.",
  },
};

/**
 * Weeks in each period over which hours can be given (25,5 × 13 = 331,5;
 * 25,5 × 52 = 1.326). Derived: the sources define a baan per week only.
 */
export const WEKEN_PER_PERIODE: Regel<{ week: number; kwartaal: number; jaar: number }, Afleiding> = {
  waarde: { week: 1, kwartaal: 13, jaar: 52 },
  bron: {
    soort: "afgeleid",
    afleiding:
      "De bronnen definiëren een baan alleen per week (25,5 uur). Voor uren per kwartaal en per jaar rekenen wij met " +
      "13 en 52 weken (een jaar van 52 weken, vier gelijke kwartalen): 331,5 uur per kwartaal, 1.326 uur per jaar. " +
      "Geen bron geeft een controlewaarde; wie een ander aantal weken hanteert (bijv. 52,14 per jaar), geeft uren per week op.",
    controles: [],
  },
};

/** The doel's basis: how fte become arbeidsplaatsen of 25,5 uur (named choices, see DOEL_BASES). */
export type DoelBasisSleutel = "rijk" | "fte";

export interface DoelBasisRegel extends Regel<string, Afleiding> {
  /** The name users choose and every output shows. */
  naam: string;
  /** Hours in one fte (waarde); 25,5 means one fte is one arbeidsplaats (no conversion). */
  waarde: string;
}

const DJI_CONTROLE_BRON: Bron = {
  soort: "bron",
  document: "003_cf68ea1a056c74e2.txt",
  plaats: "Tabel 1, voetnoot 7",
  citaat: "Hierdoor missen er nog 409 doelbanen (o.b.v. 10.491 fte)",
};

/**
 * The conventions the sources evidence for turning fte into a doel. Neither is
 * stated by a source; each is derived from one published example.
 */
export const DOEL_BASES: Readonly<Record<DoelBasisSleutel, DoelBasisRegel>> = {
  rijk: {
    naam: "Rijk (36 uur per fte)",
    waarde: "36",
    bron: {
      soort: "afgeleid",
      afleiding:
        "Geen bron noemt 36 uur per fte; 36 uur is de werkweek van het Rijk en reproduceert de enige controlewaarde: " +
        "10.491 fte × 36 / 25,5 × 2,76 % = 408,8 ≈ 409 doelbanen (seed 003, voetnoot 7). Die ene waarde legt 36 niet vast: " +
        "elk aantal uren per fte van 35,98 tot 36,06 geeft ook 409, en zo ook een vaste factor van 1,411 tot 1,414 " +
        'arbeidsplaatsen per fte zonder uren. Voor de gemeenten past 36 uur niet (7.822 in plaats van 5.540, zie "fte zonder omrekening").',
      controles: [
        {
          omschrijving: "10.491 fte (DJI executief) × 36 / 25,5 × 2,76 % ≈ 409 doelbanen",
          bron: DJI_CONTROLE_BRON,
          berekening: { soort: "doel", fte: "10491", quotumpercentage: "0.0276" },
          verwacht: "409",
          marge: "0.5",
        },
      ],
    },
  },
  fte: {
    naam: "fte zonder omrekening",
    waarde: "25.5",
    bron: {
      soort: "afgeleid",
      afleiding:
        "Geen bron noemt deze regel; seed 002 rekent voor de gemeenten 200.750 fte × 2,76 % ≈ 5.540 banen: één fte telt " +
        "als één arbeidsplaats van 25,5 uur, zonder omrekening van uren (met 36 uur per fte kwam er 7.822 uit). " +
        "Het gepubliceerde doel (5.540) ligt 0,7 onder de uitkomst (5.540,7).",
      controles: [
        {
          omschrijving: "gemeenten 2024: 200.750 fte × 2,76 % ≈ 5.540 banen",
          bron: {
            soort: "bron",
            document: "002_1f91600690bf5597.txt",
            plaats: "Gemeenten, regels 180-182",
            citaat:
              "Het quotumpercentage voor 2024 is 2,76% en het aantal medewerkers bij gemeenten is in 2024 gestegen naar 200.750 fte. " +
              "Op basis van deze cijfers zouden gemeenten gezamenlijk zo’n 5.540 banen moeten realiseren.",
          },
          berekening: { soort: "doel", fte: "200750", quotumpercentage: "0.0276" },
          verwacht: "5540",
          marge: "1",
        },
      ],
    },
  },
};

/** Hours per fte in the quotumcalculator of the Rijk (36-hour week): derived, see DOEL_BASES.rijk. */
export const UREN_PER_FTE_RIJK: DoelBasisRegel = DOEL_BASES.rijk;

/** Quotumpercentage per year, as a fraction (2,76 % = 0,0276). Only years with a published source. */
export const QUOTUMPERCENTAGE: Readonly<Record<number, Regel<string, Bron>>> = {
  2023: {
    waarde: "0.0276",
    bron: {
      soort: "bron",
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 2",
      citaat: "quotumcalculator met quotumpercentage 2,76 procent o.b.v. het aantal fte in het 1e kwartaal van 2023",
    },
  },
  2024: {
    waarde: "0.0276",
    bron: {
      soort: "bron",
      document: "002_1f91600690bf5597.txt",
      plaats: "Gemeenten, regel 180",
      citaat: "Het quotumpercentage voor 2024 is 2,76%",
    },
  },
};

/** Government share of inleen (hired-in) paid hours: the verdeelsleutel inleenverbanden. */
export type InleenMoment = "nulmeting" | 2020 | 2021;
export const VERDEELSLEUTEL_INLEEN_OVERHEID: Readonly<Record<InleenMoment, Regel<string, Bron>>> = {
  nulmeting: {
    waarde: "0.24",
    bron: {
      soort: "bron",
      document: "004_45ed410054f52706.txt",
      plaats: "regels 181-183",
      citaat: "markt als inlenende sector en 24,0 procent aan de overheid.",
    },
  },
  2020: {
    waarde: "0.337",
    bron: {
      soort: "bron",
      document: "004_45ed410054f52706.txt",
      plaats: "regel 188",
      citaat: "Dit is een lager percentage dan de 33,7 procent van vorig jaar.",
    },
  },
  2021: {
    waarde: "0.32",
    bron: {
      soort: "bron",
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
export const CENTRALE_FINANCIERING_PLAFOND: Readonly<Record<number, Regel<number, Bron> & { benadering: boolean }>> = {
  2022: {
    waarde: 400,
    benadering: false,
    bron: {
      soort: "bron",
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
      soort: "bron",
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
export const DJI_EXECUTIEF_FTE_2023: Regel<number, Bron> = {
  waarde: 10491,
  bron: {
    soort: "bron",
    document: "003_cf68ea1a056c74e2.txt",
    plaats: "Tabel 1, voetnoot 6",
    citaat: "exclusief de executieve functies bij DJI (10.491 fte)",
  },
};

/** The source line printed under Tabel 1. */
export const TABEL1_BRONREGEL: Regel<string, Bron> = {
  waarde: "Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.",
  bron: {
    soort: "bron",
    document: "003_cf68ea1a056c74e2.txt",
    plaats: "Tabel 1",
    citaat: "Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.",
  },
};

/**
 * The fte on which the doel of a year is based: the 1st quarter of that year
 * (source for 2023; we apply the same quarter to other years and say so).
 */
export const FTE_PEILKWARTAAL: Regel<1 | 2 | 3 | 4, Bron> = {
  waarde: 1,
  bron: {
    soort: "bron",
    document: "003_cf68ea1a056c74e2.txt",
    plaats: "Tabel 1, voetnoot 2",
    citaat: "o.b.v. het aantal fte in het 1e kwartaal van 2023",
  },
};

/**
 * A doel is voorlopig (Tabel 1 during the year, on fte of the 1st quarter) or
 * definitief (the year's final doel: 5.637 for 2023 in seed 002, against the
 * voorlopige 5.591 of Tabel 1 2023Q2 in seed 003).
 */
export type DoelStatus = "voorlopig" | "definitief";
export const DOEL_STATUS: Readonly<Record<DoelStatus, Regel<string, Bron>>> = {
  voorlopig: {
    waarde: "voorlopig",
    bron: {
      soort: "bron",
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 2",
      citaat: "Het voorlopige doel wordt berekend m.b.v. de quotumcalculator",
    },
  },
  definitief: {
    waarde: "definitief",
    bron: {
      soort: "bron",
      document: "002_1f91600690bf5597.txt",
      plaats: "Rijk, Cijfermatige realisatie, regel 71",
      citaat: "Doel 5.637 fta 5.994 fta",
    },
  },
};

/**
 * Exceptions to "fte of the ministry" in the doel of the Rijk, as data with
 * their source (Tabel 1 2023Q2): fte left out of a ministry's doel but kept
 * in the Rijk total, or fte included that one might expect left out.
 */
export interface DoelUitzondering {
  sleutel: "dji-executief" | "bz-posten";
  /** The ministry whose doel is affected. */
  ministerie: string;
  /** exclusief: the fte are not in the ministry's doel but stay in the Rijk total (niet toegedeeld); inclusief: they are in it. */
  soort: "exclusief" | "inclusief";
  /** Name of the row that carries the excluded doel. */
  omschrijving: string;
  /** The footnote text as published. */
  tekst: string;
  /** fte as published, with the year; null when the source gives none. */
  fte: { jaar: number; waarde: number } | null;
  bron: Bron;
  /** The source for keeping it in the total, when exclusief. */
  inTotaal?: Bron;
}

export const DOEL_UITZONDERINGEN: readonly DoelUitzondering[] = [
  {
    sleutel: "dji-executief",
    ministerie: "JenV",
    soort: "exclusief",
    omschrijving: "Executieve functies DJI",
    tekst: "Het aantal fte waarop het doel van JenV is gebaseerd, is exclusief de executieve functies bij DJI (10.491 fte).",
    fte: { jaar: 2023, waarde: 10491 },
    bron: {
      soort: "bron",
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 6",
      citaat: "Het aantal fte waarop het doel van JenV is gebaseerd, is exclusief de executieve functies bij DJI (10.491 fte).",
    },
    inTotaal: {
      soort: "bron",
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 7",
      citaat: "De executieve functies van DJI worden nog wel meegenomen bij de berekening van de totale doelstelling",
    },
  },
  {
    sleutel: "bz-posten",
    ministerie: "BZ",
    soort: "inclusief",
    omschrijving: "Uitgezonden personeel op de posten",
    tekst: "Het aantal fte waarop het doel van BZ is gebaseerd, is inclusief banen voor uitgezonden personeel op de posten.",
    fte: null,
    bron: {
      soort: "bron",
      document: "003_cf68ea1a056c74e2.txt",
      plaats: "Tabel 1, voetnoot 4",
      citaat: "Het aantal fte waarop het doel van BZ is gebaseerd, is inclusief banen voor uitgezonden personeel op de posten.",
    },
  },
];
