/**
 * Two quarters of Tabel 1 side by side: per ministry the realisatie % and the
 * totaal banen gerealiseerd of the earlier and the later quarter, and the
 * change (later minus earlier). From two printed tables (invoer-gedrukt), so
 * the numbers are the printed, per-cell rounded ones; the layout
 * (vergelijking-opmaak) says so. Which table is earlier follows from the
 * quarters, not from the order the user picked them in.
 */
import { BanenFout } from "../basis/fouten";
import { leesKwartaal } from "./kwartaal";
import { ministerieSleutel } from "../tabel1/ministeries";
import type { GedrukteTabel1, GedrukteTabel1Rij } from "../controle/tabel1-controle";

/** A printed Tabel 1 with its quarter and where it was read ("blad Tabel 1 2023Q2"). */
export interface KwartaalTabel {
  kwartaal: string;
  plaats: string;
  tabel: GedrukteTabel1;
}

/** One quarter's cells of a row: realisatie in whole percent as printed (null when empty), totaal in banen. */
export interface VergelijkingKant {
  realisatiePercentage: number | null;
  totaal: number;
}

export interface VergelijkingRij {
  naam: string;
  /** null: the ministry is not in that quarter's table. */
  eerder: VergelijkingKant | null;
  later: VergelijkingKant | null;
  /** Later minus earlier in procentpunten; null when a side or a percentage is missing. */
  verschilProcentpunten: number | null;
  /** Later minus earlier in banen; null when a side is missing. */
  verschilBanen: number | null;
}

export interface KwartaalVergelijking {
  eerder: { kwartaal: string; plaats: string };
  later: { kwartaal: string; plaats: string };
  /** The later table's ministries in its order, then those only in the earlier table. */
  rijen: VergelijkingRij[];
  /** The total rows ("Totaal Rijk") of both. */
  totaal: VergelijkingRij;
  alleenEerder: string[];
  alleenLater: string[];
}

/** Quarters in time order: 2023Q4 < 2024Q1. */
function volgnummer(kwartaal: string): number {
  const k = leesKwartaal(kwartaal);
  return k.jaar * 4 + k.kwartaal;
}

function kant(r: GedrukteTabel1Rij | undefined): VergelijkingKant | null {
  return r ? { realisatiePercentage: r.realisatiePercentage, totaal: r.totaal } : null;
}

function rij(naam: string, eerder: GedrukteTabel1Rij | undefined, later: GedrukteTabel1Rij | undefined): VergelijkingRij {
  const e = kant(eerder);
  const l = kant(later);
  return {
    naam,
    eerder: e,
    later: l,
    verschilProcentpunten:
      e?.realisatiePercentage != null && l?.realisatiePercentage != null ? l.realisatiePercentage - e.realisatiePercentage : null,
    verschilBanen: e && l ? l.totaal - e.totaal : null,
  };
}

/**
 * Compares two printed Tabel 1s of different quarters (in either order).
 * Ministries are matched by name, without regard to case; ZELFDE_KWARTAAL
 * when both are of the same quarter.
 */
export function vergelijkKwartalen(a: KwartaalTabel, b: KwartaalTabel): KwartaalVergelijking {
  if (volgnummer(a.kwartaal) === volgnummer(b.kwartaal)) throw new BanenFout("ZELFDE_KWARTAAL", { kwartaal: a.kwartaal });
  const [eerder, later] = volgnummer(a.kwartaal) < volgnummer(b.kwartaal) ? [a, b] : [b, a];
  const sleutel = ministerieSleutel;
  const eerdereRijen = new Map(eerder.tabel.rijen.map((r) => [sleutel(r.naam), r]));
  const latereNamen = new Set(later.tabel.rijen.map((r) => sleutel(r.naam)));
  const alleenEerder = eerder.tabel.rijen.filter((r) => !latereNamen.has(sleutel(r.naam)));
  return {
    eerder: { kwartaal: eerder.kwartaal, plaats: eerder.plaats },
    later: { kwartaal: later.kwartaal, plaats: later.plaats },
    rijen: [
      ...later.tabel.rijen.map((r) => rij(r.naam, eerdereRijen.get(sleutel(r.naam)), r)),
      ...alleenEerder.map((r) => rij(r.naam, r, undefined)),
    ],
    totaal: rij(later.tabel.totaal.naam, eerder.tabel.totaal, later.tabel.totaal),
    alleenEerder: alleenEerder.map((r) => r.naam),
    alleenLater: later.tabel.rijen.filter((r) => !eerdereRijen.has(sleutel(r.naam))).map((r) => r.naam),
  };
}
