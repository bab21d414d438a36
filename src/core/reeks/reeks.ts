/**
 * The Rijk's series over time: doel and realisatie (banen) at the moments the
 * sources print them (seeds/reeks-rijk.json: end 2022, 2023Q2, 2023, 2024),
 * per ministry where a Tabel 1 is known, plus quarters a user adds from a
 * Tabel 1 file or sheet. Pure: the points come in as data.
 *
 * A moment is a year ("2023": the end of that year) or a quarter ("2023Q2":
 * the end of that quarter). Points are ordered by the end of their period.
 */
import { Decimal } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import { leesKwartaal } from "../kwartaal/kwartaal";
import { ministerieSleutel } from "../tabel1/ministeries";

/** What a doel is: the year's final doel, a provisional one (fte of Q1, Tabel 1), or the user's own. */
export type Doelsoort = "jaar" | "voorlopig" | "eigen";

export interface ReeksPunt {
  /** "2022" (end of the year) or "2023Q2" (end of the quarter). */
  moment: string;
  omschrijving: string;
  doelsoort: Doelsoort;
  doelBanen: Decimal | null;
  realisatieBanen: Decimal | null;
  /** Where the point comes from, as a user can look it up ("seed 003, regel 57", "tabel1-2024Q1.xlsx"). */
  bron: string;
  /** Per ministry, where the source prints it (Tabel 1): the ministry's doel and realisatie. */
  ministeries?: ReadonlyArray<{ naam: string; doelBanen: Decimal; realisatieBanen: Decimal }>;
}

export interface ReeksRij extends ReeksPunt {
  /** realisatie / doel; null without both, or when the doel is 0. */
  realisatieFractie: Decimal | null;
  /** doel − realisatie, never below 0; null without both. */
  tekortBanen: Decimal | null;
}

/** Quarters since year 0 at the end of a moment's period: "2023" → end of 2023Q4, "2023Q2" → end of 2023Q2. */
export function momentEinde(moment: string): number {
  const tekst = moment.trim();
  if (/^\d{4}$/.test(tekst)) return Number(tekst) * 4 + 4;
  const k = leesKwartaal(tekst, { veld: "moment" });
  return k.jaar * 4 + k.kwartaal;
}

/** The series in time order with realisatie % and tekort; two points for one moment are an error. */
export function bouwReeks(punten: readonly ReeksPunt[]): ReeksRij[] {
  const gezien = new Map<number, ReeksPunt>();
  for (const p of punten) {
    const einde = momentEinde(p.moment);
    const eerder = gezien.get(einde);
    if (eerder) throw new BanenFout("DUBBEL_MOMENT", { moment: p.moment, eerder: eerder.bron, bron: p.bron }, {});
    gezien.set(einde, p);
  }
  return [...punten].sort((a, b) => momentEinde(a.moment) - momentEinde(b.moment)).map(metBerekening);
}

function metBerekening(p: ReeksPunt): ReeksRij {
  const beide = p.doelBanen !== null && p.realisatieBanen !== null;
  return {
    ...p,
    realisatieFractie: beide && !p.doelBanen!.isZero() ? p.realisatieBanen!.dividedBy(p.doelBanen!) : null,
    tekortBanen: beide ? Decimal.max(0, p.doelBanen!.minus(p.realisatieBanen!)) : null,
  };
}

/** One ministry's points: the moments whose source prints that ministry (names compared by the one name key). */
export function ministerieReeks(reeks: readonly ReeksRij[], naam: string): ReeksRij[] {
  const sleutel = ministerieSleutel(naam);
  const uit: ReeksRij[] = [];
  for (const p of reeks) {
    const m = p.ministeries?.find((r) => ministerieSleutel(r.naam) === sleutel);
    if (!m) continue;
    uit.push(
      metBerekening({
        ...p,
        omschrijving: `${p.omschrijving}, ${m.naam}`,
        doelBanen: m.doelBanen,
        realisatieBanen: m.realisatieBanen,
        ministeries: undefined,
      }),
    );
  }
  return uit;
}

export interface Benodigd {
  /** The point the remaining tekort is taken from: the last one with doel and realisatie. */
  vanaf: ReeksRij;
  totJaar: number;
  /** Years from the end of that moment to the end of totJaar (quarters / 4). */
  jaren: Decimal;
  tekortBanen: Decimal;
  /** tekort / jaren, exact: extra banen per year needed to reach the doel of `vanaf` by the end of totJaar. */
  banenPerJaar: Decimal;
}

/**
 * Extra banen per year needed to close the last known tekort by the end of a
 * year. The doel of that later year is not known (it follows from future
 * fte); the last printed doel is used, and every output says so.
 */
export function benodigdPerJaar(reeks: readonly ReeksRij[], totJaar: number): Benodigd {
  const vanaf = [...reeks].reverse().find((p) => p.tekortBanen !== null);
  if (!vanaf) throw new BanenFout("GEEN_RIJEN", {}, { veld: "reeks" });
  const kwartalen = totJaar * 4 + 4 - momentEinde(vanaf.moment);
  if (kwartalen <= 0) {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      { waarde: String(totJaar), verwacht: `een jaar na ${vanaf.moment}, het laatste moment met doel en realisatie` },
      { veld: "--tot" },
    );
  }
  const jaren = new Decimal(kwartalen).dividedBy(4);
  return { vanaf, totJaar, jaren, tekortBanen: vanaf.tekortBanen!, banenPerJaar: vanaf.tekortBanen!.dividedBy(jaren) };
}
