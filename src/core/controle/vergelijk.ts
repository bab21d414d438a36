/**
 * Our printed Tabel 1 beside the published one: every cell that differs, and
 * rows only one of them has. The cells compared are the number columns of
 * TABEL1_SCHEMA, named by their field in the printed row.
 */
import { TABEL1_SCHEMA } from "../tabel1/schema";
import type { GedrukteTabel1, GedrukteTabel1Rij } from "./tabel1-controle";
import { ministerieSleutel } from "../tabel1/ministeries";

export interface Celverschil {
  rij: string;
  kolom: string;
  eigen: number | null;
  gepubliceerd: number | null;
}

export interface Vergelijking {
  /** Rows compared (ministries and the total row). */
  rijen: number;
  cellen: number;
  verschillen: Celverschil[];
  alleenEigen: string[];
  alleenGepubliceerd: string[];
}

/** The fields of the printed row that hold numbers (every column but the name), in the published order. */
function getalVelden(): Array<Exclude<keyof GedrukteTabel1Rij, "naam">> {
  return TABEL1_SCHEMA.filter((k) => k.eenheid !== "tekst").map((k) => k.veld as Exclude<keyof GedrukteTabel1Rij, "naam">);
}

export function vergelijkTabel1(eigen: GedrukteTabel1, gepubliceerd: GedrukteTabel1): Vergelijking {
  const sleutel = ministerieSleutel;
  const perNaam = new Map<string, GedrukteTabel1Rij>(eigen.rijen.map((r) => [sleutel(r.naam), r]));
  const gepubliceerdeNamen = new Set(gepubliceerd.rijen.map((r) => sleutel(r.naam)));
  const paren: Array<[GedrukteTabel1Rij, GedrukteTabel1Rij]> = [];
  const alleenGepubliceerd: string[] = [];
  for (const p of gepubliceerd.rijen) {
    const e = perNaam.get(sleutel(p.naam));
    if (e) paren.push([e, p]);
    else alleenGepubliceerd.push(p.naam);
  }
  paren.push([eigen.totaal, gepubliceerd.totaal]);
  const verschillen: Celverschil[] = [];
  const velden = getalVelden();
  for (const [e, p] of paren) {
    for (const k of velden) if (e[k] !== p[k]) verschillen.push({ rij: p.naam, kolom: k, eigen: e[k], gepubliceerd: p[k] });
  }
  return {
    rijen: paren.length,
    cellen: paren.length * velden.length,
    verschillen,
    alleenEigen: eigen.rijen.filter((r) => !gepubliceerdeNamen.has(sleutel(r.naam))).map((r) => r.naam),
    alleenGepubliceerd,
  };
}
