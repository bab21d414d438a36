/**
 * The pane's only link to the shared reader (src/core/invoer.ts): recognise
 * the shape and columns of what was read, and turn rows + the user's column
 * choice into a Tabel1Invoer or a list of BanenFout with sheet/row/column/cell.
 *
 * TIJDELIJK (temporary): src/core/invoer.ts is being written by another
 * engineer; until it exists this file holds a minimal stand-in with the same
 * contract so the pane can be built and tested end to end. It is replaced by
 * calls into invoer.ts as soon as that lands — no second reader stays behind.
 */
import {
  BanenFout,
  Decimal,
  leesHoeveelheid,
  leesNietNegatief,
  NUL,
  type MinisterieInvoer,
  type NietToegedeeldInvoer,
  type Plaats,
  type Tabel1Invoer,
} from "../core";
import { celAdres, kolomLetters } from "./adres";
import type { GelezenBereik } from "./excel-toegang";

export type Vorm = "ministeries" | "personen";

export interface Veld {
  sleutel: string;
  label: string;
  verplicht: boolean;
}

/** Field → 0-based column within the range read, or null (not present). */
export type Toewijzing = Readonly<Record<string, number | null>>;

export interface Kolomkeuze {
  velden: Veld[];
  toewijzing: Toewijzing;
  /** Header of every column as the user sees it: "B: ministerie". */
  kolommen: string[];
}

export interface Herkenning {
  /** The shape the header row suggests; null when it fits neither. */
  vorm: Vorm | null;
  per: Record<Vorm, Kolomkeuze>;
}

export type Gelezen = { ok: true; invoer: Tabel1Invoer; samenvatting: string } | { ok: false; fouten: BanenFout[] };

interface VeldDef extends Veld {
  namen: RegExp;
}

const MINISTERIE: VeldDef = { sleutel: "ministerie", label: "Ministerie", verplicht: true, namen: /^(ministerie|organisatie|onderdeel)$/ };
const VELDEN: Record<Vorm | "fte", VeldDef[]> = {
  ministeries: [
    MINISTERIE,
    { sleutel: "fte", label: "Fte (1e kwartaal)", verplicht: false, namen: /^fte/ },
    { sleutel: "doel", label: "Doel (banen)", verplicht: false, namen: /^doel/ },
    { sleutel: "formeel", label: "Formele dienstverbanden (uren per week)", verplicht: true, namen: /^formee?l/ },
    { sleutel: "binnenwerk", label: "Binnenwerk (uren per week)", verplicht: true, namen: /^binnenwerk/ },
    { sleutel: "inleen", label: "Inleenverbanden (uren per week)", verplicht: true, namen: /^inleen/ },
    { sleutel: "toegedeeld", label: "Toegedeeld aan ministerie (ja/nee)", verplicht: false, namen: /^toegedeeld/ },
    { sleutel: "voetnoot", label: "Voetnoot", verplicht: false, namen: /^voetnoot/ },
  ],
  personen: [
    MINISTERIE,
    { sleutel: "soort", label: "Soort dienstverband", verplicht: true, namen: /^(soort( dienstverband)?|dienstverband)$/ },
    { sleutel: "uren", label: "Uren per week", verplicht: true, namen: /^uren( per week)?$/ },
  ],
  fte: [
    MINISTERIE,
    { sleutel: "fte", label: "Fte (1e kwartaal)", verplicht: false, namen: /^fte/ },
    { sleutel: "doel", label: "Doel (banen)", verplicht: false, namen: /^doel/ },
    { sleutel: "toegedeeld", label: "Toegedeeld aan ministerie (ja/nee)", verplicht: false, namen: /^toegedeeld/ },
    { sleutel: "voetnoot", label: "Voetnoot", verplicht: false, namen: /^voetnoot/ },
  ],
};

const normaal = (k: unknown) => String(k ?? "").trim().toLowerCase().replace(/\s+/g, " ");

function keuze(bereik: GelezenBereik, defs: VeldDef[]): Kolomkeuze {
  const koppen = bereik.koppen.map(normaal);
  const toewijzing: Record<string, number | null> = {};
  for (const d of defs) {
    const i = koppen.findIndex((k) => d.namen.test(k));
    toewijzing[d.sleutel] = i >= 0 ? i : null;
  }
  return {
    velden: defs.map(({ sleutel, label, verplicht }) => ({ sleutel, label, verplicht })),
    toewijzing,
    kolommen: bereik.koppen.map((k, i) => `${kolomLetters(bereik.kolomIndex + i)}: ${String(k ?? "")}`),
  };
}

export function herkenHoofd(bereik: GelezenBereik): Herkenning {
  const per = { ministeries: keuze(bereik, VELDEN.ministeries), personen: keuze(bereik, VELDEN.personen) };
  const volledig = (v: Vorm) => per[v].velden.every((veld) => !veld.verplicht || per[v].toewijzing[veld.sleutel] !== null);
  return { vorm: volledig("personen") ? "personen" : volledig("ministeries") ? "ministeries" : null, per };
}

export function herkenFte(bereik: GelezenBereik): Herkenning {
  const fte = keuze(bereik, VELDEN.fte);
  return { vorm: "ministeries", per: { ministeries: fte, personen: fte } };
}

interface Cel {
  waarde: unknown;
  plaats: Plaats;
}

function rijen(bereik: GelezenBereik, toewijzing: Toewijzing): Array<(sleutel: string) => Cel | null> {
  return bereik.rijen.map((rij, i) => (sleutel: string) => {
    const k = toewijzing[sleutel];
    if (k === null || k === undefined) return null;
    const r = bereik.rijIndex + 2 + i;
    return { waarde: rij[k], plaats: { blad: bereik.blad, rij: r, kolom: String(bereik.koppen[k] ?? sleutel), cel: celAdres(r - 1, bereik.kolomIndex + k) } };
  });
}

const leeg = (w: unknown) => w === null || w === undefined || String(w).trim() === "";

export function maakInvoer(vraag: {
  kwartaal: string;
  vorm: Vorm;
  hoofd: GelezenBereik;
  toewijzing: Toewijzing;
  fte?: GelezenBereik | null;
  fteToewijzing?: Toewijzing | null;
}): Gelezen {
  const fouten: BanenFout[] = [];
  const probeer = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof BanenFout) {
        fouten.push(e);
        return undefined;
      }
      throw e;
    }
  };
  const ontbreekt = (defs: VeldDef[], t: Toewijzing, b: GelezenBereik) => {
    for (const d of defs) {
      if (d.verplicht && (t[d.sleutel] === null || t[d.sleutel] === undefined)) {
        fouten.push(new BanenFout("ONTBREKENDE_KOLOM", { kolom: d.label, verwacht: `met ${d.label.toLowerCase()}` }, { blad: b.blad }));
      }
    }
  };
  if (vraag.hoofd.rijen.length === 0) fouten.push(new BanenFout("GEEN_RIJEN", {}, { blad: vraag.hoofd.blad }));

  const metaRij = (cel: (s: string) => Cel | null, ministeries: MinisterieInvoer[], niet: NietToegedeeldInvoer[], gezien: Map<string, number>) => {
    const m = cel("ministerie")!;
    const naam = String(m.waarde ?? "").trim();
    if (!naam) {
      fouten.push(new BanenFout("LEEG_MINISTERIE", {}, m.plaats));
      return null;
    }
    const sleutel = naam.toLocaleLowerCase("nl");
    if (gezien.has(sleutel)) {
      fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam, eerder: gezien.get(sleutel) }, m.plaats));
      return null;
    }
    gezien.set(sleutel, m.plaats.rij!);
    const fte = cel("fte");
    const doel = cel("doel");
    const fteW = fte && !leeg(fte.waarde) ? probeer(() => leesNietNegatief(fte.waarde, fte.plaats)) : undefined;
    const doelW = doel && !leeg(doel.waarde) ? probeer(() => leesNietNegatief(doel.waarde, doel.plaats)) : undefined;
    if (fteW === undefined && doelW === undefined && !(fte && !leeg(fte.waarde)) && !(doel && !leeg(doel.waarde))) {
      fouten.push(new BanenFout("GEEN_DOEL_OF_FTE", {}, { ...m.plaats, kolom: "fte", cel: fte?.plaats.cel }));
    }
    const toegedeeld = normaal(cel("toegedeeld")?.waarde);
    const voetnoot = String(cel("voetnoot")?.waarde ?? "").trim() || undefined;
    const basis = { fte: fteW, doel: fteW === undefined ? doelW : undefined, voetnoot, rij: m.plaats.rij };
    if (toegedeeld === "nee") {
      niet.push({ omschrijving: naam, ...basis });
      return null;
    }
    const rij: MinisterieInvoer = { ministerie: naam, ...basis, formeel: NUL, binnenwerk: NUL, inleen: NUL };
    ministeries.push(rij);
    return rij;
  };

  const ministeries: MinisterieInvoer[] = [];
  const niet: NietToegedeeldInvoer[] = [];
  let samenvatting = "";
  if (vraag.vorm === "ministeries") {
    ontbreekt(VELDEN.ministeries, vraag.toewijzing, vraag.hoofd);
    if (fouten.length === 0) {
      const gezien = new Map<string, number>();
      for (const cel of rijen(vraag.hoofd, vraag.toewijzing)) {
        const rij = metaRij(cel, ministeries, niet, gezien);
        if (!rij) continue;
        for (const k of ["formeel", "binnenwerk", "inleen"] as const) {
          const c = cel(k)!;
          const w = probeer(() => leesHoeveelheid({ uren: leeg(c.waarde) ? 0 : (c.waarde as number), periode: "week" }, c.plaats));
          if (w) rij[k] = w;
        }
      }
    }
    samenvatting = `${ministeries.length} ministeries${niet.length ? ` en ${niet.length} niet toegedeelde rij(en)` : ""}.`;
  } else {
    ontbreekt(VELDEN.personen, vraag.toewijzing, vraag.hoofd);
    if (!vraag.fte || !vraag.fteToewijzing) {
      fouten.push(new BanenFout("ONTBREKENDE_KOLOM", { kolom: "fte", verwacht: "in een tweede tabel met fte per ministerie" }, {}));
    } else {
      ontbreekt(VELDEN.fte, vraag.fteToewijzing, vraag.fte);
    }
    if (fouten.length === 0 && vraag.fte && vraag.fteToewijzing) {
      const gezien = new Map<string, number>();
      for (const cel of rijen(vraag.fte, vraag.fteToewijzing)) metaRij(cel, ministeries, niet, gezien);
      const perNaam = new Map(ministeries.map((m) => [m.ministerie.toLocaleLowerCase("nl"), m]));
      const som = new Map<MinisterieInvoer, Record<"formeel" | "binnenwerk" | "inleen", Decimal>>();
      for (const cel of rijen(vraag.hoofd, vraag.toewijzing)) {
        const m = cel("ministerie")!;
        const s = cel("soort")!;
        const u = cel("uren")!;
        const naam = String(m.waarde ?? "").trim();
        const uren = probeer(() => leesNietNegatief(u.waarde, u.plaats));
        const soortTekst = normaal(s.waarde);
        const soort = soortTekst === "formeel" ? "formeel" : soortTekst === "binnenwerk" ? "binnenwerk" : soortTekst === "inleen" ? "inleen" : null;
        if (!soort) fouten.push(new BanenFout("ONBEKEND_DIENSTVERBAND", { waarde: String(s.waarde ?? "") }, s.plaats));
        if (!naam) {
          fouten.push(new BanenFout("LEEG_MINISTERIE", {}, m.plaats));
          continue;
        }
        const rij = perNaam.get(naam.toLocaleLowerCase("nl"));
        if (!rij) {
          fouten.push(new BanenFout("ONBEKENDE_PERIODE", { waarde: naam }, m.plaats));
          continue;
        }
        if (!soort || uren === undefined) continue;
        const t = som.get(rij) ?? { formeel: NUL, binnenwerk: NUL, inleen: NUL };
        t[soort] = t[soort].plus(uren);
        som.set(rij, t);
      }
      for (const [rij, t] of som) {
        rij.formeel = { uren: t.formeel, periode: "week" };
        rij.binnenwerk = { uren: t.binnenwerk, periode: "week" };
        rij.inleen = { uren: t.inleen, periode: "week" };
      }
    }
    samenvatting = `${vraag.hoofd.rijen.length} medewerkers in ${ministeries.length} ministeries${niet.length ? ` en ${niet.length} niet toegedeelde rij(en)` : ""}.`;
  }
  if (fouten.length > 0) return { ok: false, fouten };
  return { ok: true, invoer: { kwartaal: vraag.kwartaal, ministeries, nietToegedeeld: niet }, samenvatting };
}
