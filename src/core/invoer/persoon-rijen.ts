/**
 * Person rows (one row per employee) for the core row reader (invoer.ts):
 * up to hundreds of thousands of rows in one plain pass over the cells. The
 * common row (names, soorten, periodes and registers as texts seen before,
 * a plain number of hours) is taken by the loop in persoon-lus.ts, which
 * adds its hours exactly as whole hundredths; every other row is checked in
 * full here (`rij`), and what it teaches (a text's ministry, soort, unit)
 * lets the loop take the next rows with that text. The place of a cell (for
 * a message) is only made for a cell that needs one. Rare things (a total
 * row, a duplicate, an implausible value) are noted by row and handled after the pass.
 */
import { Decimal, NUL } from "../basis/decimaal";
import { banenPerEenheid, type Eenheid, eenheidTekst, leesPeriode, UREN } from "../eenheden/eenheden";
import { BanenFout, kort } from "../basis/fouten";
import { formatteerGetal } from "../basis/getal";
import { celWaarde, isLeeg, leesGetalCel, leesTekstCel, ministerieNaam } from "./cel";
import { alsArrays, gevuldAantal, type Rijbron, rijbron } from "./rijbron";
import type { Raster } from "./raster";
import type { Toewijzing } from "./herken";
import { herkenSoort, type Soort } from "../regels/soorten";
import { BuitenQuotum } from "./buiten-quotum";
import { Optelling } from "./optelling";
import { type Lus, nieuweLus, sluitLus, telGewoneRijen } from "./persoon-lus";
import { DELEN } from "./herken";
import type { MinisterieInvoer } from "../tabel1/tabel1";
import { dichtstbijzijndeNaam, isTotaalLabel, ministerieSleutel } from "../tabel1/ministeries";
import type { Leesverslag } from "./leesverslag";
import { type Lezing, waarschuw } from "./lezing";
import { grenzenPerPersoon, type Grenzen } from "./plausibiliteit";
import { IdTabel, isEigenSleutel } from "./id-tabel";
import { RasterRij, rijenTekst } from "./rijen";
import { type GelezenRij, type GeteldeWaarde, RijRegistratie } from "./rij-registratie";

/** Distinct Decimal cells remembered for the pass's loop: many more means each cell is its own Decimal, and then remembering them does not pay. */
const MAX_GETALLEN = 10_000;

/** In the doelgroepregister: an explicit yes (an empty cell is no evidence of registration). */
const JA_REGISTER = new Set(["ja", "j", "waar", "true", "yes", "y", "1"]);

/** A plain number of 0 or more as a cell holds it: leesGetalCel would take it as it is, so it needs no checks or Decimal. */
function gewoonGetal(w: unknown): w is number {
  return typeof w === "number" && w >= 0 && w < Infinity;
}

/** A ministry as the pass knows it by cell text. */
interface Ministerie {
  naam: string;
  m: MinisterieInvoer | undefined;
  totaal: boolean;
  /** 3 × its index among the ministries read (its sums per deel are at plek + index in DELEN, persoon-lus.ts); -1 without m. */
  plek: number;
}

/** The pass over the person rows of one grid; `lees()` adds them up, `rond()` handles what was noted and fills the model input. */
export class PersoonRijen {
  readonly optelling = new Optelling();
  personen = 0;
  readonly leeg: number[] = [];
  private readonly k: Record<"m" | "s" | "u" | "p" | "id" | "r", number>;
  private readonly perNaam: Map<string, MinisterieInvoer>;
  private readonly ministeries: readonly MinisterieInvoer[];
  private readonly soortVan = new Map<string, Soort | undefined>();
  /** Known soorten by the text as it is in the cell (for the pass). */
  private readonly soortSnel = new Map<string, Soort>();
  /** The same texts → the index in DELEN of the deel the soort counts for, -1 when it does not count (for the pass's loop). */
  private readonly deelSnel = new Map<string, number>();
  /** Number cells that are Decimals (text numbers read in their notation) → their whole hundredths, or -1 (see onthoudGetal). */
  private readonly getalSnel = new Map<Decimal, number>();
  /** Periode cell texts read without a problem → their unit. */
  private readonly periodeSnel = new Map<string, Eenheid>();
  /** Register cell texts → registered (an explicit yes) or not. */
  private readonly registerSnel = new Map<string, boolean>();
  /** Cell texts of known names → where the ministry's sums are in the pass's loop (Ministerie.plek). */
  private readonly plekSnel = new Map<string, number>();
  /** Rows read that do not count (SROI & co., not in the doelgroepregister): reported, never counted. */
  readonly buiten = new BuitenQuotum();
  private readonly ministerieVan = new Map<string, Ministerie>();
  private readonly grenzen = new Map<Eenheid, Grenzen>();
  /** The nearest known name per unknown name (computed once per name, not per row). */
  private readonly suggesties = new Map<string, string | undefined>();
  /** 0-based grid rows noted in the pass. */
  private readonly totaalRijen: number[] = [];
  private readonly verdacht: number[] = [];
  private readonly ids: IdTabel;
  /** 0-based rows whose id was seen before, with the first row of that id. */
  private readonly dubbel: Array<[number, number]> = [];
  /** The rows counted per ministry and dienstverband, when the caller asks for the herkomst (issue 17); else undefined (no cost). */
  herkomst: RijRegistratie | undefined;
  /** The data rows (arrays, or a streamed sheet's compact store). */
  private readonly bron: Rijbron;
  /** Rows up to and including the last with a value. */
  private readonly eind: number;

  constructor(
    private readonly raster: Raster,
    private readonly t: Toewijzing,
    private readonly labels: Readonly<Record<string, string>>,
    ministeries: readonly MinisterieInvoer[],
    private readonly eenheid: Eenheid,
    private readonly l: Lezing,
    private readonly bekend: string,
  ) {
    const kolom = (s: string): number => t[s] ?? -1;
    this.k = { m: kolom("ministerie"), s: kolom("soort"), u: kolom("uren"), p: kolom("periode"), id: kolom("id"), r: kolom("register") };
    this.perNaam = new Map(ministeries.map((m) => [ministerieSleutel(m.ministerie), m]));
    this.ministeries = ministeries;
    this.bron = rijbron(raster);
    this.eind = gevuldAantal(this.bron);
    this.ids = new IdTabel(this.k.id < 0 ? 0 : this.eind, (j) => this.idSleutel(this.bron.cel(j, this.k.id)));
  }

  private plaats(i: number, s: string) {
    return new RasterRij(this.raster, this.t, this.labels, [], this.raster.rijIndex + 2 + i).plaats(s);
  }

  private tekst(i: number, w: unknown, sleutel: string, verwacht: string): string | undefined {
    if (typeof w === "string") {
      const getrimd = w.trim();
      if (getrimd.charCodeAt(0) !== 35) return getrimd; // no "#": no error value, so leesTekstCel gives the same
    }
    return this.l.probeer(() => leesTekstCel(w, this.plaats(i, sleutel), verwacht));
  }

  /** The ministry of a name cell; looked up once per distinct text (also under the text as it is in the cell, for the pass). */
  private ministerie(i: number, cel: unknown): Ministerie | undefined {
    const naamTekst = this.tekst(i, cel, "ministerie", "de naam van een ministerie");
    if (naamTekst === undefined) return undefined;
    let ministerie = this.ministerieVan.get(naamTekst);
    if (!ministerie) {
      const naam = ministerieNaam(naamTekst);
      const m = naam ? this.perNaam.get(ministerieSleutel(naam)) : undefined;
      const plek = m ? this.ministeries.indexOf(m) * DELEN.length : -1; // once per distinct name text
      ministerie = { naam, m, totaal: !m && naam !== "" && isTotaalLabel(naam), plek };
      this.ministerieVan.set(naamTekst, ministerie);
    }
    // A text that read without an error value: the same text gives the same ministry.
    if (typeof cel === "string") this.ministerieVan.set(cel, ministerie);
    return ministerie;
  }

  private soort(i: number, cel: unknown): Soort | undefined {
    const soortTekst = this.tekst(i, cel, "soort", "formeel, Binnenwerk of inleen");
    if (soortTekst === undefined) return undefined;
    let soort = this.soortVan.get(soortTekst);
    if (soort === undefined && !this.soortVan.has(soortTekst)) {
      soort = herkenSoort(soortTekst); // the vocabulary with its sources: core/regels/soorten.ts
      this.soortVan.set(soortTekst, soort);
    }
    if (!soort) this.l.fouten.push(new BanenFout("ONBEKEND_DIENSTVERBAND", { waarde: soortTekst }, this.plaats(i, "soort")));
    else if (typeof cel === "string") {
      this.soortSnel.set(cel, soort);
      this.deelSnel.set(cel, soort.telt ? DELEN.indexOf(soort.deel) : -1);
    }
    return soort;
  }

  /** The unit of row i: the header's, or the row's own periode cell. */
  private rijEenheid(i: number, cel: unknown): Eenheid | undefined {
    if (this.eenheid.soort === "banen" || isLeeg(cel)) return this.eenheid;
    const bekend = typeof cel === "string" ? this.periodeSnel.get(cel) : undefined;
    if (bekend) return bekend;
    const periode = this.l.probeer(() =>
      leesPeriode(leesTekstCel(cel, this.plaats(i, "periode"), "week, kwartaal of jaar"), this.plaats(i, "periode")),
    );
    // A text read without a problem reads the same in every row (a problem is reported per row: not remembered).
    if (periode !== undefined && typeof cel === "string") this.periodeSnel.set(cel, UREN[periode]);
    return periode === undefined ? undefined : UREN[periode];
  }

  /** The plausibility bounds for one person: impossible is an error, suspicious is noted. False when impossible. */
  private grenzenVan(e: Eenheid): Grenzen {
    let g = this.grenzen.get(e);
    if (!g) this.grenzen.set(e, (g = grenzenPerPersoon(e)));
    return g;
  }

  private plausibel(i: number, waarde: number | Decimal, e: Eenheid): boolean {
    const g = this.grenzenVan(e);
    if (typeof waarde === "number" ? waarde <= g.verdachtSnel : !waarde.greaterThan(g.verdacht)) return true;
    const exact = new Decimal(waarde);
    if (exact.greaterThan(g.onmogelijk)) {
      const tekst = `${formatteerGetal(exact)} ${eenheidTekst(e)}`;
      this.l.fouten.push(new BanenFout("ONMOGELIJKE_UREN", { waarde: tekst, grond: g.onmogelijkGrond }, this.plaats(i, "uren")));
      return false;
    }
    if (exact.greaterThan(g.verdacht)) this.verdacht.push(i);
    return true;
  }

  private id(i: number, cel: unknown): void {
    // A text without surrounding spaces is its own key (no trim, no copy).
    const sleutel = typeof cel === "string" && isEigenSleutel(cel) ? cel : this.idSleutel(cel);
    if (sleutel === undefined) return;
    const eerder = this.ids.voegToe(sleutel, i);
    if (eerder >= 0) this.dubbel.push([eerder, i]);
  }

  /** The id as compared: a number as it is, a text without surrounding spaces; undefined when empty. */
  private idSleutel(cel: unknown): string | number | undefined {
    if (typeof cel === "number") return cel;
    const w = typeof cel === "string" ? cel : celWaarde(cel);
    if (typeof w === "number") return w;
    if (w === null || w === undefined) return undefined;
    return (w instanceof Date ? String(w.getTime()) : String(w).trim()) || undefined;
  }

  /**
   * The pass: the common rows in the loop of persoon-lus.ts (without a
   * periode or register column, where every row has more to check), every
   * other row through `rij`, which checks it all; then the loop's sums into
   * the exact sums.
   */
  lees(): void {
    const { eind, k } = this;
    const eenvoudig = k.s >= 0 && k.u >= 0 && k.m >= 0;
    const lus = eenvoudig ? this.lus() : undefined;
    let personen = 0;
    try {
      for (let i = 0; i < eind;) {
        const tot = lus === undefined ? i : telGewoneRijen(lus, i);
        personen += tot - i;
        if (tot >= eind) break;
        if (this.rij(tot)) personen++;
        i = tot + 1;
      }
      if (lus) this.zetLusIn(lus);
    } finally {
      if (lus) sluitLus(lus);
    }
    this.personen += personen;
  }

  private lus(): Lus {
    const { bron, eind, k } = this;
    const kennis = {
      plekken: this.plekSnel,
      delen: this.deelSnel,
      getallen: this.getalSnel,
      periodes: this.periodeSnel,
      registers: this.registerSnel,
      eenheid: this.eenheid,
      verdachtSnel: this.grenzenVan(this.eenheid).verdachtSnel,
    };
    const rijen = alsArrays(bron) ?? { arrays: undefined, van: 0 };
    // With banen in the header a periode cell is never read (rijEenheid).
    const kolommen = { eind, kM: k.m, kS: k.s, kU: k.u, kId: k.id, kP: this.eenheid.soort === "banen" ? -1 : k.p, kR: k.r };
    return nieuweLus(bron, rijen, kolommen, kennis, this.ministeries, { tabel: this.ids, dubbel: this.dubbel }, this.herkomst);
  }

  /** The loop's sums (whole hundredths, and the numbers kept aside) into the exact sums per ministry, deel and the header's unit. */
  private zetLusIn(lus: Lus): void {
    const som = (plek: number) =>
      this.optelling.som(this.ministeries[Math.floor(plek / DELEN.length)]!, DELEN[plek % DELEN.length]!, this.eenheid);
    lus.geteld.forEach((geteld, plek) => {
      if (geteld) som(plek).telHonderdsten(lus.honderdsten[plek]!);
    });
    for (let j = 0; j < lus.overig.length; j += 2) som(lus.overig[j]!).tel(lus.overig[j + 1]!);
  }

  /**
   * Row i with every check (any row the pass's loop does not take): empty,
   * total, ministry, id, soort, hours and unit; counted or noted. True when
   * it is a person row (not empty, not a total).
   */
  private rij(i: number): boolean {
    const { eenheid, bron } = this;
    const { m: kM, s: kS, u: kU, p: kP, id: kId } = this.k;
    const mCel = this.kolom(i, kM);
    let ministerie = typeof mCel === "string" ? this.ministerieVan.get(mCel) : undefined;
    if (ministerie === undefined) {
      if (bron.isLeeg(i)) {
        this.leeg.push(this.rijNr(i));
        return false;
      }
      ministerie = this.ministerie(i, mCel);
    }
    if (ministerie?.totaal) {
      this.totaalRijen.push(i);
      return false;
    }
    // The same text gives the same ministry: the loop takes the text's next rows.
    if (ministerie && typeof mCel === "string") this.plekSnel.set(mCel, ministerie.plek);
    if (kId >= 0) this.id(i, bron.cel(i, kId));
    const sCel = this.kolom(i, kS);
    const soort = (typeof sCel === "string" ? this.soortSnel.get(sCel) : undefined) ?? this.soort(i, sCel);
    const cel = this.kolom(i, kU);
    let waarde = gewoonGetal(cel) ? cel : this.getal(i, cel);
    const rijEenheid = kP < 0 ? eenheid : this.rijEenheid(i, bron.cel(i, kP));
    const gewoon = typeof waarde === "number" && rijEenheid === eenheid && waarde <= this.grenzenVan(eenheid).verdachtSnel;
    if (!gewoon && waarde !== undefined && rijEenheid && !this.plausibel(i, waarde, rijEenheid)) waarde = undefined;
    if (cel instanceof Decimal && waarde instanceof Decimal && rijEenheid === eenheid) this.onthoudGetal(cel, waarde);
    if (ministerie) this.tel(i, ministerie, soort, waarde, rijEenheid);
    return true;
  }

  /**
   * A text number read in its notation is one Decimal per distinct text
   * (getalnotatie.ts), in every row that has that text: its hundredths, for
   * the loop to add without reading the cell again (-1: the loop leaves it
   * here: more decimals, or above the plausibility bound, which is noted per row).
   */
  private onthoudGetal(cel: Decimal, waarde: Decimal): void {
    if (this.getalSnel.has(cel) || this.getalSnel.size >= MAX_GETALLEN) return;
    const honderdsten = waarde.times(100);
    const gewoon = !waarde.greaterThan(this.grenzenVan(this.eenheid).verdacht) && honderdsten.isInteger() && honderdsten.lessThan(2 ** 40);
    this.getalSnel.set(cel, gewoon ? honderdsten.toNumber() : -1);
  }

  /** A checked person row counted, or noted as not counting (unknown ministry, not registered, a soort that does not count). */
  private tel(
    i: number,
    ministerie: Ministerie,
    soort: Soort | undefined,
    waarde: number | Decimal | undefined,
    e: Eenheid | undefined,
  ): void {
    const m = ministerie.m;
    if (!m) {
      this.onbekend(i, ministerie.naam);
      return;
    }
    if (this.k.r >= 0 && !this.geregistreerd(this.bron.cel(i, this.k.r))) {
      this.buiten.nietGeregistreerd(this.rijNr(i)); // reported, not counted (seed 002: the doelgroep is the register)
      return;
    }
    if (soort && !soort.telt) {
      this.buiten.soort(soort, this.rijNr(i), m, waarde, e); // reported, never counted
      return;
    }
    if (!soort || waarde === undefined || !e) return;
    this.optelling.tel(m, soort.deel, waarde, e);
    this.herkomst?.voegToe(m, soort.deel, i);
  }

  /** Hours or banen of a cell that is not a plain number: read with its checks (an error is recorded, undefined given). */
  private getal(i: number, cel: unknown): Decimal | undefined {
    const waarde = this.l.probeer(() => leesGetalCel(cel, this.plaats(i, "uren"), undefined));
    if (waarde === undefined && isLeeg(cel)) this.l.fouten.push(new BanenFout("LEEG", {}, this.plaats(i, "uren")));
    return waarde;
  }

  private geregistreerd(cel: unknown): boolean {
    const bekend = typeof cel === "string" ? this.registerSnel.get(cel) : undefined;
    if (bekend !== undefined) return bekend;
    const ja = JA_REGISTER.has(
      String(cel ?? "")
        .trim()
        .toLowerCase(),
    );
    if (typeof cel === "string") this.registerSnel.set(cel, ja);
    return ja;
  }

  private onbekend(i: number, naam: string): void {
    if (!naam) {
      this.l.fouten.push(new BanenFout("LEEG_MINISTERIE", {}, this.plaats(i, "ministerie")));
      return;
    }
    let suggestie = this.suggesties.get(naam);
    if (!this.suggesties.has(naam)) {
      suggestie =
        dichtstbijzijndeNaam(
          naam,
          [...this.perNaam.values()].map((v) => v.ministerie),
        ) ?? undefined;
      this.suggesties.set(naam, suggestie);
    }
    this.l.fouten.push(new BanenFout("ONBEKEND_MINISTERIE", { naam, bekend: this.bekend, suggestie }, this.plaats(i, "ministerie")));
  }

  /** After the pass: total rows, duplicates and suspicious values (warnings or errors), then the sums into the model input. */
  rond(verslag: Leesverslag): void {
    this.totalen(verslag);
    this.dubbeleRijen(verslag);
    if (this.verdacht.length > 0) {
      const g = this.grenzen.get(this.eenheid) ?? [...this.grenzen.values()][0]!;
      waarschuw(
        this.l,
        verslag,
        "UREN_BOVEN_VOLTIJD",
        `${this.verdacht.length} medewerker(s) met veel uren (rij ${rijenTekst(this.verdacht.map((i) => this.rijNr(i)))}): ${g.verdachtGrond}.`,
        { blad: this.raster.blad, kolom: this.plaats(this.verdacht[0]!, "uren").kolom },
      );
    }
    this.optelling.zetIn();
    this.buiten.zetIn();
    verslag.weggelaten.push(...this.buiten.weglatingen());
  }

  /** Cell of column k (−1: the column is not there) in row i. */
  private kolom(i: number, k: number): unknown {
    return k < 0 ? undefined : this.bron.cel(i, k);
  }

  private rijNr(i: number): number {
    return this.raster.rijIndex + 2 + i;
  }

  /** Starts recording the counted rows (before `lees()`); the record reads a row again with the pass's decisions. */
  registreer(): RijRegistratie {
    const r = new RijRegistratie(this.raster);
    r.lees = (i) => this.gelezenRij(i);
    r.waarde = (i) => this.geteldeWaarde(i);
    this.herkomst = r;
    return r;
  }

  /** A counted row read again: value, unit and id (the row read without error in the pass, so it does again). */
  private gelezenRij(i: number): GelezenRij {
    const { waarde: w, eenheid } = this.geteldeWaarde(i);
    const waarde = typeof w === "number" ? new Decimal(w) : w;
    const id = this.k.id < 0 ? undefined : this.idSleutel(this.bron.cel(i, this.k.id));
    return id === undefined ? { waarde, eenheid } : { waarde, eenheid, id: String(id) };
  }

  /** A counted row's value as the pass added it (a plain number as it is) and its unit. */
  private geteldeWaarde(i: number): GeteldeWaarde {
    const cel = this.kolom(i, this.k.u);
    const eenheid = this.rijEenheid(i, this.kolom(i, this.k.p))!;
    return { waarde: gewoonGetal(cel) ? cel : leesGetalCel(cel, this.plaats(i, "uren"), NUL), eenheid };
  }

  /** Row i's value in banen, exactly, or undefined when it cannot be read (its error is reported already). */
  private banen(i: number): Decimal | undefined {
    const cel = this.kolom(i, this.k.u);
    const e = this.rijEenheid(i, this.kolom(i, this.k.p));
    const w = this.l.probeer(() => leesGetalCel(cel, this.plaats(i, "uren"), undefined));
    return w === undefined || !e ? undefined : w.times(banenPerEenheid(e));
  }

  /**
   * A row named as a total ("Totaal", "Som", …): left out when its value is
   * the sum of the person rows above it (since the previous total), in banen;
   * else refused.
   */
  private totalen(verslag: Leesverslag): void {
    let van = 0;
    const totaal = new Set(this.totaalRijen);
    for (const i of this.totaalRijen) {
      let som = NUL;
      let rijen = 0;
      for (let j = van; j < i; j++) {
        if (totaal.has(j) || this.bron.isLeeg(j)) continue;
        som = som.plus(this.banen(j) ?? NUL);
        rijen++;
      }
      const naam = this.ministerie(i, this.kolom(i, this.k.m))?.naam ?? "";
      const eigen = this.banen(i);
      if (eigen !== undefined && rijen >= 2 && eigen.equals(som) && !som.isZero()) {
        verslag.weggelaten.push({
          rijen: [this.rijNr(i)],
          reden: `totaalrij "${naam}": de naam is die van een totaal en de uren zijn de som van de ${rijen} rijen erboven; de tabel telt zelf op`,
        });
      } else {
        const verschil =
          eigen === undefined
            ? undefined
            : `${formatteerGetal(eigen.toDecimalPlaces(4))} banen, som ${formatteerGetal(som.toDecimalPlaces(4))}`;
        this.l.fouten.push(new BanenFout("TOTAALRIJ_IN_INVOER", { naam, verschil }, this.plaats(i, "ministerie")));
      }
      van = i + 1;
    }
  }

  /** Duplicate ids (with an id column), or rows identical to an earlier row (without one): warnings to acknowledge. */
  private dubbeleRijen(verslag: Leesverslag): void {
    const { raster, l } = this;
    if (this.k.id >= 0) {
      if (this.dubbel.length === 0) return;
      const paren = this.dubbel.map(([a, b]) => `rij ${this.rijNr(b)} = rij ${this.rijNr(a)}`);
      const id = kort(String(this.idSleutel(this.bron.cel(this.dubbel[0]![1], this.k.id))), 40);
      waarschuw(
        l,
        verslag,
        "DUBBELE_ID",
        `${this.dubbel.length} rij(en) hebben een id dat al eerder voorkomt (${paren.slice(0, 5).join(", ")}${paren.length > 5 ? ", …" : ""}; eerste: "${id}"). ` +
          "Een dubbel geplakte rij telt anders twee keer. Verwijder de dubbele rijen; tellen ze mee omdat het aparte dienstverbanden zijn, bevestig dat dan.",
        { blad: raster.blad, kolom: this.plaats(this.dubbel[0]![1], "id").kolom },
      );
      return;
    }
    const gezien = new Map<string, number>();
    const paren: Array<[number, number]> = [];
    const totaal = new Set(this.totaalRijen);
    for (let i = 0; i < this.eind; i++) {
      if (totaal.has(i) || this.bron.isLeeg(i)) continue;
      const sleutel = this.bron
        .rij(i)
        .map((c) => `${typeof celWaarde(c)}:${String(celWaarde(c) ?? "").trim()}`)
        .join("\u241f");
      const eerder = gezien.get(sleutel);
      if (eerder === undefined) gezien.set(sleutel, i);
      else paren.push([eerder, i]);
    }
    if (paren.length === 0) return;
    const tekst = paren.slice(0, 5).map(([a, b]) => `rij ${this.rijNr(b)} = rij ${this.rijNr(a)}`);
    waarschuw(
      l,
      verslag,
      "DUBBELE_RIJEN",
      `${paren.length} rij(en) zijn gelijk aan een eerdere rij (${tekst.join(", ")}${paren.length > 5 ? ", …" : ""}) en er is geen id-kolom: ` +
        "het kunnen verschillende medewerkers zijn of een dubbel geplakt blok. Voeg een kolom personeelsnummer toe, of bevestig dat ze meetellen.",
      { blad: raster.blad },
    );
  }
}
