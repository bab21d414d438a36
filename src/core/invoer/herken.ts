/**
 * Recognising input grids: which shape (one row per ministry, or per
 * employee), which column holds which field, and in which unit, all from the
 * header row. Part of the shared reader (invoer.ts), which re-exports the
 * public names.
 */
import { BanenFout } from "../basis/fouten";
import { type Eenheid, kopEenheid } from "../eenheden/eenheden";
import { kwartaalInNaam } from "../kwartaal/kwartaal";
import { celAdres, kolomLetters, normaleKop } from "./cel";
import type { Beslissing } from "./leesverslag";
import type { Raster } from "./raster";
import { rijbron } from "./rijbron";
import { tabel1Kolom, tabel1Kop } from "../tabel1/schema";

export type Vorm = "ministeries" | "personen";

/** Unit of a realisatie column: the one units vocabulary of core/eenheden. */
export type { Eenheid } from "../eenheden/eenheden";

export interface Veld {
  sleutel: string;
  label: string;
  verplicht: boolean;
  /** A quantity whose unit (uren per period, or banen) comes from the header of its column. */
  metEenheid?: boolean;
}

/** Field → 0-based column within the grid, or null (not present). */
export type Toewijzing = Readonly<Record<string, number | null>>;
/** Field → unit, for the fields with a unit; null when the header names none. */
export type Eenheden = Readonly<Record<string, Eenheid | null>>;

export interface Kolomkeuze {
  velden: Veld[];
  toewijzing: Toewijzing;
  /** The unit each assigned quantity column has, read from its header. */
  eenheden: Eenheden;
  /** Header of every column as the user sees it: "B: ministerie". */
  kolommen: string[];
  /** Fields whose header pattern matches more than one column: field → 0-based columns. */
  dubbel: Readonly<Record<string, number[]>>;
}

export interface Herkenning {
  /** The shape the header row suggests; null when it fits neither. */
  vorm: Vorm | null;
  per: Record<Vorm, Kolomkeuze>;
}

/** A field with the header pattern that recognises it. */
export interface VeldDef extends Veld {
  namen: RegExp;
  /** A header that would be recognised, for messages. */
  voorbeeld: string;
}

const MINISTERIE: VeldDef = {
  sleutel: "ministerie",
  label: "Ministerie",
  verplicht: true,
  namen: tabel1Kolom("naam").patroon,
  voorbeeld: "ministerie",
};
const FTE: VeldDef = { sleutel: "fte", label: "Fte (1e kwartaal)", verplicht: false, namen: /^fte\b/, voorbeeld: "fte" };
const DOEL: VeldDef = { sleutel: "doel", label: "Doel (banen)", verplicht: false, namen: tabel1Kolom("doel").patroon, voorbeeld: "doel" };
const TOEGEDEELD: VeldDef = {
  sleutel: "toegedeeld",
  label: "Toegedeeld aan ministerie (ja/nee)",
  verplicht: false,
  namen: /^toegedeeld\b/,
  voorbeeld: "toegedeeld",
};
const VOETNOOT: VeldDef = { sleutel: "voetnoot", label: "Voetnoot", verplicht: false, namen: /^voetnoot\b/, voorbeeld: "voetnoot" };

/** The realisatie columns; their header patterns are Tabel 1's (tabel1/schema.ts): "…: Binnenwerk" is Binnenwerk, "…, excl. Binnenwerk" is formeel. */
export const DELEN = ["formeel", "binnenwerk", "inleen"] as const;
export type Deel = (typeof DELEN)[number];

export const VELDEN: Record<Vorm | "fte", VeldDef[]> = {
  ministeries: [
    MINISTERIE,
    FTE,
    DOEL,
    {
      sleutel: "formeel",
      label: `${tabel1Kop("formeel")} (uren of banen)`,
      verplicht: true,
      metEenheid: true,
      namen: tabel1Kolom("formeel").patroon,
      voorbeeld: "formeel uren",
    },
    {
      sleutel: "binnenwerk",
      label: "Binnenwerk (uren of banen)",
      verplicht: true,
      metEenheid: true,
      namen: tabel1Kolom("binnenwerk").patroon,
      voorbeeld: "binnenwerk uren",
    },
    {
      sleutel: "inleen",
      label: "Inleenverbanden (uren of banen)",
      verplicht: true,
      metEenheid: true,
      namen: tabel1Kolom("inleen").patroon,
      voorbeeld: "inleen uren",
    },
    TOEGEDEELD,
    VOETNOOT,
  ],
  personen: [
    MINISTERIE,
    {
      sleutel: "soort",
      label: "Soort dienstverband",
      verplicht: true,
      namen: /^(soort( dienstverband)?|(type )?dienstverband)$/,
      voorbeeld: "soort dienstverband",
    },
    { sleutel: "uren", label: "Uren of banen", verplicht: true, metEenheid: true, namen: /^(uren|banen)\b/, voorbeeld: "uren per week" },
    { sleutel: "periode", label: "Periode van de uren (week/kwartaal/jaar)", verplicht: false, namen: /^periode$/, voorbeeld: "periode" },
    {
      sleutel: "id",
      label: "Id van de medewerker (personeelsnummer)",
      verplicht: false,
      namen:
        /^(id|persoon|personeelsnummer|personeelsnr\.?|persoonsnummer|persoons?id|medewerker ?(id|nummer|nr\.?)|medewerkersnummer|werknemersnummer|registratienummer|pnr|bsn|employee ?id)$/,
      voorbeeld: "personeelsnummer",
    },
    {
      sleutel: "register",
      label: "In het doelgroepregister (ja/nee)",
      verplicht: false,
      namen: /^(in (het )?)?doelgroepregister$|^doelgroepregistratie$/,
      voorbeeld: "doelgroepregister",
    },
  ],
  fte: [MINISTERIE, FTE, DOEL, TOEGEDEELD, VOETNOOT],
};

/**
 * Per-ministry input columns of a centrale financiering (issue 19), read next
 * to ministerie, doel and gerealiseerd from a list or a printed Tabel 1
 * (invoer/gedrukt.ts `leesDoelEnGerealiseerd`). Both optional: without
 * "gevraagd" a ministry asks its whole tekort, without "budget" there is no
 * verdict per ministry. The headers our own financing sheet writes
 * ("Gevraagde banen", "Eigen budget", financiering/opmaak.ts) read back.
 * Not "Te financieren banen" or "Benodigd budget": those are outcomes.
 */
export interface FinancieringVeldDef extends VeldDef {
  /** The unit of the values: whole banen, or euro in whole cents. */
  eenheid: "banen" | "euro";
}

export const FINANCIERING_VELDEN: readonly FinancieringVeldDef[] = [
  {
    sleutel: "gevraagd",
    label: "Gevraagde banen (hele banen die het ministerie zelf wil financieren)",
    verplicht: false,
    namen: /^(gevraagde?( banen)?|vraag|zelf te financieren( banen)?)$/,
    voorbeeld: "gevraagd",
    eenheid: "banen",
  },
  {
    sleutel: "budget",
    label: "Eigen budget (beschikbaar budget van het ministerie in euro)",
    verplicht: false,
    namen: /^(eigen |beschikbaar |beschikbare )?budget( in euro| \(euro\)| \(€\)| €)?$/,
    voorbeeld: "budget",
    eenheid: "euro",
  },
];

/** Fields of a shape, without their patterns (e.g. for the pane's column choice). */
export function veldenVan(vorm: Vorm | "fte"): Veld[] {
  return VELDEN[vorm].map(({ sleutel, label, verplicht, metEenheid }) => ({
    sleutel,
    label,
    verplicht,
    ...(metEenheid ? { metEenheid } : {}),
  }));
}

/**
 * The unit a header names (core/eenheden's closed vocabulary): "uren per
 * kwartaal" → UREN.kwartaal, "formeel banen" → BANEN; null when it names none
 * or a period that is not week, kwartaal or jaar (kopEenheid says why).
 */
export function eenheidUitKop(kop: unknown): Eenheid | null {
  const e = kopEenheid(normaleKop(kop));
  return "eenheid" in e ? e.eenheid : null;
}

function keuze(raster: Raster, defs: VeldDef[]): Kolomkeuze {
  const koppen = raster.koppen.map(normaleKop);
  const toewijzing: Record<string, number | null> = {};
  const eenheden: Record<string, Eenheid | null> = {};
  const dubbel: Record<string, number[]> = {};
  const bezet = new Set<number>();
  for (const d of defs) {
    const passend = koppen.flatMap((k, i) => (d.namen.test(k) && !bezet.has(i) ? [i] : []));
    const i = passend[0];
    toewijzing[d.sleutel] = i ?? null;
    if (i !== undefined) bezet.add(i);
    if (passend.length > 1) dubbel[d.sleutel] = passend;
    if (d.metEenheid) eenheden[d.sleutel] = i === undefined ? null : eenheidUitKop(raster.koppen[i]);
  }
  return {
    velden: defs.map(({ sleutel, label, verplicht, metEenheid }) => ({ sleutel, label, verplicht, ...(metEenheid ? { metEenheid } : {}) })),
    toewijzing,
    eenheden,
    kolommen: raster.koppen.map((k, i) => `${kolomLetters(raster.kolomIndex + i)}: ${String(k ?? "")}`),
    dubbel,
  };
}

export const volledig = (k: Kolomkeuze) => k.velden.every((v) => !v.verplicht || k.toewijzing[v.sleutel] !== null);

/** Recognises the shape of the main grid and its columns from the header row. */
export function herkenHoofd(raster: Raster): Herkenning {
  const per = { ministeries: keuze(raster, VELDEN.ministeries), personen: keuze(raster, VELDEN.personen) };
  return { vorm: volledig(per.personen) ? "personen" : volledig(per.ministeries) ? "ministeries" : null, per };
}

/** Recognises the columns of the fte grid that goes with person rows. */
export function herkenFte(raster: Raster): Herkenning {
  const fte = keuze(raster, VELDEN.fte);
  return { vorm: "ministeries", per: { ministeries: fte, personen: fte } };
}

/** How many rows under the first the header row is looked for (titles, notes and empty rows above a table). */
export const KOPREGEL_ZOEKRIJEN = 50;

/**
 * The grid with its real header row: when the first row is not recognised
 * (a title above the table), the first of the next rows that is becomes the
 * header. Only the top KOPREGEL_ZOEKRIJEN rows are looked at. The decision
 * goes into the grid's reading report (`verslag`, a copy): which row, and
 * when none was recognised, that the search gave up and where.
 */
export function metKopRij(raster: Raster, herken: (r: Raster) => Herkenning = herkenHoofd, zoekRijen = KOPREGEL_ZOEKRIJEN): Raster {
  const metBesluit = (r: Raster, b: Beslissing): Raster => {
    const verslag = r.verslag ?? raster.verslag;
    return verslag ? { ...r, verslag: { ...verslag, beslissingen: [...verslag.beslissingen, b] } } : r;
  };
  const eerste = raster.rijIndex + 1;
  if (herken(raster).vorm !== null) {
    return metBesluit(raster, {
      vraag: "kopregel",
      antwoord: `rij ${eerste}`,
      besluitbron: "automatisch",
      grond: "de eerste rij heeft de kolomkoppen",
    });
  }
  const bron = rijbron(raster);
  const tot = Math.min(zoekRijen, bron.aantal);
  for (let i = 0; i < tot; i++) {
    const kop: Raster = { ...raster, rijIndex: raster.rijIndex + 1 + i, koppen: [...bron.rij(i)] };
    if (herken(kop).vorm !== null) {
      // Only the header found gets its rows (a row source from there on; arrays are copied once, not per candidate).
      const kandidaat: Raster = {
        ...kop,
        ...(raster.bron ? { rijen: [], bron: raster.bron.vanaf(i + 1) } : { rijen: raster.rijen.slice(i + 1) }),
        verborgenRijen: raster.verborgenRijen?.filter((r) => r > raster.rijIndex + 2 + i),
      };
      const rij = kandidaat.rijIndex + 1;
      return metBesluit(kandidaat, {
        vraag: "kopregel",
        antwoord: `rij ${rij}`,
        besluitbron: "automatisch",
        grond: `rij ${rij} is de eerste rij met de kolomkoppen; rij ${eerste}${rij - 1 > eerste ? `–${rij - 1}` : ""} erboven (titel of toelichting) niet gelezen`,
      });
    }
  }
  return metBesluit(raster, {
    vraag: "kopregel",
    antwoord: `geen gevonden; rij ${eerste} gelezen als kopregel`,
    besluitbron: "automatisch",
    grond: `geen van de rijen ${eerste}–${eerste + tot} heeft de kolomkoppen (gezocht in de eerste ${tot + 1} rijen; verder wordt niet gezocht)`,
  });
}

/** Like herkenFte, but with vorm null when the required columns are missing (to find its header row). */
export function herkenFteVolledig(raster: Raster): Herkenning {
  const h = herkenFte(raster);
  return volledig(h.per.ministeries) ? h : { ...h, vorm: null };
}

/** The shape with the most required columns found (ties: ministeries), for messages about what is missing. */
export function dichtstbij(h: Herkenning): Vorm {
  const gevonden = (v: Vorm) => h.per[v].velden.filter((veld) => veld.verplicht && h.per[v].toewijzing[veld.sleutel] !== null).length;
  return gevonden("personen") > gevonden("ministeries") ? "personen" : "ministeries";
}

export function dubbeleKolommen(raster: Raster, k: Kolomkeuze): BanenFout[] {
  return Object.entries(k.dubbel).map(([sleutel, kolommen]) => {
    const kop = String(raster.koppen[kolommen[0]!] ?? sleutel).trim();
    return new BanenFout(
      "DUBBELE_KOLOM",
      { kolom: kop, kolommen: kolommen.map((i) => kolomLetters(raster.kolomIndex + i)).join(" en ") },
      { blad: raster.blad, rij: raster.rijIndex + 1, kolom: kop, cel: celAdres(raster.rijIndex, raster.kolomIndex + kolommen[0]!) },
    );
  });
}

export function kopBereik(r: Raster): string {
  const breedte = Math.max(1, r.koppen.length);
  const links = celAdres(r.rijIndex, r.kolomIndex);
  return breedte === 1 ? links : `${links}:${celAdres(r.rijIndex, r.kolomIndex + breedte - 1)}`;
}

/** A quarter in a sheet, table or file name: "personen 2023Q2", "Tabel_2023-Q2", "q2-2023.csv" → "2023Q2". */
export function kwartaalUitNaam(naam: string): string | null {
  return kwartaalInNaam(naam);
}
