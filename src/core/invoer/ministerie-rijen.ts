/**
 * Rows with one ministry each (the one-row-per-ministry form, and the fte
 * table of the person form), for the core row reader (invoer.ts): each row
 * read, copied total rows left out or refused, names read as Tabel 1 names,
 * duplicates refused.
 */
import { Decimal, NUL } from "../basis/decimaal";
import { BanenFout, kort } from "../basis/fouten";
import { formatteerGetal } from "../basis/getal";
import { isLeeg, leesGetalCel, leesTekstCel, ministerieNaam } from "./cel";
import { DELEN, type Deel, type Eenheden } from "./herken";
import { hoeveelheid } from "./optelling";
import type { MinisterieInvoer, NietToegedeeldInvoer } from "../tabel1/tabel1";
import { dichtstbijzijndeNaam, isTotaalLabel, MINISTERIES, ministerieSleutel, tabel1Naam } from "../tabel1/ministeries";
import type { Leesverslag } from "./leesverslag";
import { type Lezing, waarschuw } from "./lezing";
import { type Rij, rijenTekst } from "./rijen";

/** A ministry row as read, before its name is checked and it is turned into model input. */
export interface MetaRij {
  rij: Rij;
  naam: string;
  toegedeeld: boolean;
  fte?: Decimal;
  doel?: Decimal;
  voetnoot?: string;
  /** The realisatie columns (one-row-per-ministry form only), empty cells as 0. */
  delen: Partial<Record<Deel, Decimal>>;
}

const JA = new Set(["", "ja", "j", "waar", "true", "yes", "y", "1"]);
const NEE = new Set(["nee", "n", "onwaar", "false", "no", "0"]);

/** Reads one row: name, fte/doel, toegedeeld, voetnoot and (with `metDelen`) the realisatie columns; null when the name is unusable. */
export function leesMetaRij(rij: Rij, l: Lezing, metDelen: boolean): MetaRij | null {
  const { fouten, probeer } = l;
  const tekst = probeer(() => leesTekstCel(rij.waarde("ministerie"), rij.plaats("ministerie"), "de naam van een ministerie"));
  if (tekst === undefined) return null;
  const naam = ministerieNaam(tekst);
  if (!naam) {
    fouten.push(new BanenFout("LEEG_MINISTERIE", {}, rij.plaats("ministerie")));
    return null;
  }
  const fte = probeer(() => leesGetalCel(rij.waarde("fte"), rij.plaats("fte"), undefined));
  const doel = probeer(() => leesGetalCel(rij.waarde("doel"), rij.plaats("doel"), undefined));
  if (isLeeg(rij.waarde("fte")) && isLeeg(rij.waarde("doel"))) {
    fouten.push(new BanenFout("GEEN_DOEL_OF_FTE", {}, rij.heeft("fte") || !rij.heeft("doel") ? rij.plaats("fte") : rij.plaats("doel")));
  }
  const toegedeeldTekst = probeer(() => leesTekstCel(rij.waarde("toegedeeld"), rij.plaats("toegedeeld"), "ja of nee"));
  const keuze = (toegedeeldTekst ?? "").toLocaleLowerCase("nl");
  if (toegedeeldTekst !== undefined && !JA.has(keuze) && !NEE.has(keuze)) {
    fouten.push(new BanenFout("ONGELDIGE_KEUZE", { waarde: toegedeeldTekst, verwacht: "ja of nee" }, rij.plaats("toegedeeld")));
  }
  const voetnoot = probeer(() => leesTekstCel(rij.waarde("voetnoot"), rij.plaats("voetnoot"), "een tekst")) || undefined;
  const delen: MetaRij["delen"] = {};
  if (metDelen) {
    for (const deel of DELEN) {
      const w = probeer(() => leesGetalCel(rij.waarde(deel), rij.plaats(deel), NUL));
      if (w !== undefined) delen[deel] = w;
    }
  }
  return { rij, naam, toegedeeld: !NEE.has(keuze), fte, doel, voetnoot, delen };
}

const GETALVELDEN = ["fte", "doel", ...DELEN] as const;
type Getalveld = (typeof GETALVELDEN)[number];
const getalVan = (m: MetaRij, v: Getalveld): Decimal => (v === "fte" || v === "doel" ? m[v] : m.delen[v]) ?? NUL;

/** Running sums of the numeric columns over a block of rows. */
class Blok {
  sommen: Decimal[];
  rijen: number[] = [];
  constructor(private readonly velden: readonly Getalveld[]) {
    this.sommen = velden.map(() => NUL);
  }
  tel(m: MetaRij): void {
    this.sommen = this.sommen.map((s, i) => s.plus(getalVan(m, this.velden[i]!)));
    this.rijen.push(m.rij.nr);
  }
  /** True when `m` equals this block's sum in every numeric column (at least two rows, not all zero). */
  isSomVan(m: MetaRij): boolean {
    if (this.rijen.length < 2 || this.sommen.every((s) => s.isZero())) return false;
    return this.velden.every((v, i) => getalVan(m, v).equals(this.sommen[i]!));
  }
  /** The first column where `m` differs from the sum; undefined when none does (a "total" of a single row). */
  verschil(m: MetaRij): string | undefined {
    const i = this.velden.findIndex((v, j) => !getalVan(m, v).equals(this.sommen[j]!));
    if (i < 0) return undefined;
    const v = this.velden[i]!;
    return `${v} ${formatteerGetal(getalVan(m, v))}, som ${formatteerGetal(this.sommen[i]!)}`;
  }
}

/**
 * Copied total rows, by two signals: the label (TOTAAL_LABELS: "Totaal",
 * "Eindtotaal", "Som", "Total", …) and the content (equal, in every numeric
 * column present, to the sum of the rows above it: all of them, or those
 * since the previous total). Both: left out, with a line in the report. One
 * only: refused (TOTAALRIJ_IN_INVOER, SOMRIJ_IN_INVOER). Rows not toegedeeld
 * (a doel without ministry) are not total rows. Returns the rows that stay.
 */
export function zonderTotaalrijen(rijen: readonly MetaRij[], velden: readonly string[], l: Lezing, verslag: Leesverslag): MetaRij[] {
  const getalvelden = GETALVELDEN.filter((v) => velden.includes(v));
  const blijft: MetaRij[] = [];
  const alle = new Blok(getalvelden);
  let blok = new Blok(getalvelden);
  for (const m of rijen) {
    const label = m.toegedeeld && isTotaalLabel(m.naam);
    const som = m.toegedeeld ? (blok.isSomVan(m) ? blok : alle.isSomVan(m) ? alle : null) : null;
    if (label && som) {
      verslag.weggelaten.push({
        rijen: [m.rij.nr],
        reden: `totaalrij "${m.naam}": de naam is die van een totaal en de rij is de som van rij ${rijenTekst(som.rijen)} (${getalvelden.join(", ")}); de tabel telt zelf op`,
      });
      blok = new Blok(getalvelden);
      continue;
    }
    if (label) {
      l.fouten.push(
        new BanenFout(
          "TOTAALRIJ_IN_INVOER",
          { naam: m.naam, verschil: blok.rijen.length ? blok.verschil(m) : undefined },
          m.rij.plaats("ministerie"),
        ),
      );
      blok = new Blok(getalvelden);
      continue;
    }
    if (som) {
      l.fouten.push(
        new BanenFout(
          "SOMRIJ_IN_INVOER",
          { naam: m.naam, kolommen: getalvelden.join(", "), rijen: rijenTekst(som.rijen) },
          m.rij.plaats("ministerie"),
        ),
      );
      continue;
    }
    blijft.push(m);
    alle.tel(m);
    blok.tel(m);
  }
  return blijft;
}

const BEKEND = MINISTERIES.map((m) => m.naam).join(", ");

/**
 * The name as Tabel 1 writes it: a known alias becomes the Tabel 1 name
 * (stated in the report); an unknown name stays as written, with a warning
 * that names the nearest known name (acknowledged by ONBEKENDE_MINISTERIENAAM).
 */
function tabel1NaamVan(m: MetaRij, l: Lezing, verslag: Leesverslag, gezien: Set<string>): string {
  const bekend = tabel1Naam(m.naam);
  if (bekend !== null) {
    if (bekend !== m.naam && !gezien.has(m.naam)) {
      gezien.add(m.naam);
      verslag.beslissingen.push({
        vraag: "ministerie",
        onderwerp: m.naam,
        antwoord: bekend,
        besluitbron: "automatisch",
        grond: `"${kort(m.naam, 60)}" is een andere schrijfwijze van ${bekend} in Tabel 1`,
      });
    }
    return bekend;
  }
  const suggestie = dichtstbijzijndeNaam(m.naam);
  waarschuw(
    l,
    verslag,
    "ONBEKENDE_MINISTERIENAAM",
    `"${kort(m.naam, 60)}" is geen ministerie van Tabel 1${suggestie ? `; bedoelt u "${suggestie}"?` : ""} (bekend: ${BEKEND}). Deze rij komt onder die naam in de tabel.`,
    m.rij.plaats("ministerie"),
  );
  return m.naam;
}

/**
 * The rows as model input: ministries (names as in Tabel 1, each once) and
 * rows not toegedeeld (doel without ministry, which may not have realisatie).
 */
export function naarInvoer(
  rijen: readonly MetaRij[],
  eenheden: Eenheden,
  l: Lezing,
  verslag: Leesverslag,
): { ministeries: MinisterieInvoer[]; niet: NietToegedeeldInvoer[] } {
  const ministeries: MinisterieInvoer[] = [];
  const niet: NietToegedeeldInvoer[] = [];
  const gezien = new Map<string, number>();
  const hernoemd = new Set<string>();
  for (const m of rijen) {
    const naam = m.toegedeeld ? tabel1NaamVan(m, l, verslag, hernoemd) : m.naam;
    const sleutel = ministerieSleutel(naam);
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      l.fouten.push(new BanenFout("DUBBEL_MINISTERIE", { naam: m.naam, eerder }, m.rij.plaats("ministerie")));
      continue;
    }
    gezien.set(sleutel, m.rij.nr);
    // The model takes fte first; a doel only counts when no fte is given.
    const basis = { fte: m.fte, doel: m.fte === undefined ? m.doel : undefined, voetnoot: m.voetnoot, rij: m.rij.nr };
    if (!m.toegedeeld) {
      for (const deel of DELEN) {
        if (m.delen[deel] && !m.delen[deel].isZero())
          l.fouten.push(new BanenFout("REALISATIE_NIET_TOEGEDEELD", { naam }, m.rij.plaats(deel)));
      }
      niet.push({ omschrijving: naam, ...basis });
      continue;
    }
    const deel = (d: Deel) => {
      const e = eenheden[d];
      return e ? hoeveelheid(m.delen[d] ?? NUL, e) : NUL;
    };
    ministeries.push({ ministerie: naam, ...basis, formeel: deel("formeel"), binnenwerk: deel("binnenwerk"), inleen: deel("inleen") });
  }
  return { ministeries, niet };
}
