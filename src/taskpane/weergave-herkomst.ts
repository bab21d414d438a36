/**
 * The view "Herkomst" (issue 17), step 5 of the Tabel 1 view, shown once Tabel
 * 1 is written: where a figure of that table comes from. The user picks a
 * figure in the table of step 5 (each figure is a button) or a ministry and a
 * column; the view shows the chain from the core (core/herkomst: rows, exact
 * sums with their unit, the conversion and the doel with their rule, the
 * rounding), the rules, the first rows with their count, and offers:
 * - "Toon rijen": selects those rows in the sheet they were read from
 *   (rijselectie.ts, excel-selectie.ts), in parts where there are many;
 * - "Herkomstblad maken": the sheet "Herkomst" the CLI writes (`banen tabel1
 *   --herkomst`, core herkomstOverzicht), on a new sheet after Tabel 1.
 * Nothing here changes the user's data.
 */
import {
  celHerkomst,
  type CelHerkomst,
  formatteerGetal,
  HERKOMST_KOPPEN,
  herkomstOverzicht,
  type HerkomstBron,
  type HerkomstRij,
  type Kolom,
  KOLOMKOPPEN,
  KOLOMMEN,
} from "../core";
import { dropdownWaarde, labelDropdown, nl, vulDropdown, zetDropdown, type FluentDropdown } from "./bediening";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import { type Bladvorm, type Gebied, gebieden, MAX_GEBIEDEN, rijenIn, volgendeSelectie } from "./rijselectie";
import { schrijfMet } from "./stroom-skelet";
import type { Omgeving } from "./weergave-basis";

/** Rows listed in the view; the rest is counted (all of them are in Toon rijen and the CLI's --alle). */
export const GETOONDE_RIJEN = 20;

/** Short column names for the table of figures (the published headers are too long for 300 px). */
const KORT: Record<Kolom, string> = {
  doel: "doel",
  formeel: "formeel",
  // A soft hyphen: at 300 px the header may break as "Binnen-werk".
  binnenwerk: "Binnen\u00adwerk",
  inleen: "inleen",
  totaal: "totaal",
  realisatie: "%",
};

/** What the view was given once Tabel 1 was written: the model and where each sheet's data was read. */
export interface HerkomstInvoer {
  bron: HerkomstBron;
  /** Where the main data was read (sheet, first column, width). */
  hoofd: Bladvorm;
  /** Where the fte table was read (person rows); its rows are the doel's. Null for one row per ministry. */
  fte: Bladvorm | null;
  /** The sheet Tabel 1 was written to: the Herkomst sheet goes right after it. */
  tabel1Blad: string;
}

export class HerkomstWeergave {
  private invoer: HerkomstInvoer | null = null;
  private cel: CelHerkomst | null = null;
  private gebieden: Gebied[] = [];
  /** The next area "Volgende rijen" selects. */
  private volgende = 0;
  private readonly ministerie = zoek<FluentDropdown>("herkomst-ministerie");
  private readonly kolom = zoek<FluentDropdown>("herkomst-kolom");

  constructor(private readonly o: Omgeving) {
    void labelDropdown(this.ministerie, "herkomst-ministerie-label");
    void labelDropdown(this.kolom, "herkomst-kolom-label");
    const gekozen = () => void this.o.actie(this.kolom, async () => this.toonGekozen());
    this.ministerie.addEventListener("change", gekozen);
    this.kolom.addEventListener("change", gekozen);
    zoek("herkomst-cijfers").addEventListener("click", (e) => {
      const knop = (e.target as Element | null)?.closest<HTMLButtonElement>("button[data-kolom]");
      if (knop) void this.o.actie(knop, async () => this.kies(knop.dataset.ministerie!, knop.dataset.kolom as Kolom));
    });
    const knop = (id: string, werk: () => Promise<void>) => zoek(id).addEventListener("click", () => void this.o.actie(zoek(id), werk));
    knop("herkomst-toon", () => this.toonRijen(0));
    knop("herkomst-volgende", () => this.toonRijen(this.volgende));
    knop("herkomst-blad", () => this.schrijfBlad());
  }

  /** Tabel 1 is written: the table of figures and the choices for it. */
  toon(invoer: HerkomstInvoer): void {
    this.invoer = invoer;
    this.cel = null;
    const t = invoer.bron.tabel;
    const namen = [...t.rijen.map((r) => r.naam), t.totaal.naam];
    vulDropdown(
      this.ministerie,
      namen.map((n) => ({ waarde: n, label: n })),
    );
    vulDropdown(
      this.kolom,
      KOLOMMEN.map((k) => ({ waarde: k, label: KOLOMKOPPEN[k] })),
    );
    zoek("herkomst-kwartaal").textContent = `Tabel 1 ${t.kwartaal} zoals geschreven op blad "${invoer.tabel1Blad}".`;
    this.toonCijfers();
    toon(zoek("herkomst-uitkomst"), false);
    toon(zoek("stap-herkomst"), true);
  }

  verberg(): void {
    this.invoer = null;
    this.cel = null;
    toon(zoek("stap-herkomst"), false);
  }

  /** Tabel 1's printed figures, each a button that opens its herkomst. */
  private toonCijfers(): void {
    const t = this.invoer!.bron.tabel;
    const kop = maak("tr", {}, maak("th", { scope: "col" }, "Ministerie"));
    for (const k of KOLOMMEN) kop.append(maak("th", { scope: "col", title: KOLOMKOPPEN[k] }, KORT[k]));
    const rijen = [...t.rijen.map((r, i) => ({ naam: r.naam, w: t.weergave.rijen[i]! })), { naam: t.totaal.naam, w: t.weergave.totaal }];
    const romp = rijen.map(({ naam, w }) => {
      const tr = maak("tr", {}, maak("th", { scope: "row" }, naam));
      for (const k of KOLOMMEN) {
        const waarde = k === "realisatie" ? (w.realisatiePercentage === null ? "–" : `${w.realisatiePercentage} %`) : nl(w[k]);
        const label = `${naam}, ${KOLOMKOPPEN[k]}: ${waarde}`;
        tr.append(
          maak(
            "td",
            {},
            maak("button", { type: "button", class: "cijfer", "data-ministerie": naam, "data-kolom": k, "aria-label": label }, waarde),
          ),
        );
      }
      return tr;
    });
    vervangInhoud(zoek("herkomst-cijfers"), maak("thead", {}, kop), maak("tbody", {}, ...romp));
  }

  /** A figure in the table: both choices follow it. */
  private kies(ministerie: string, kolom: Kolom): void {
    zetDropdown(this.ministerie, ministerie);
    zetDropdown(this.kolom, kolom);
    this.toonCel(ministerie, kolom);
  }

  private toonGekozen(): void {
    const m = dropdownWaarde(this.ministerie);
    const k = dropdownWaarde(this.kolom) as Kolom | null;
    if (m && k) this.toonCel(m, k);
  }

  /** The chain, the rules and the first rows of one cell. */
  private toonCel(ministerie: string, kolom: Kolom): void {
    if (!this.invoer) return;
    const h = celHerkomst(this.invoer.bron, ministerie, kolom);
    this.cel = h;
    // A message about the figure before (its selected rows) no longer holds.
    this.o.melding.wis();
    this.gebieden = [];
    this.volgende = 0;
    const gedrukt = h.gedrukt === null ? "–" : kolom === "realisatie" ? `${h.gedrukt} %` : nl(h.gedrukt);
    zoek("herkomst-titel").textContent = `${h.ministerie}, ${h.kop}: ${gedrukt}`;
    vervangInhoud(zoek("herkomst-stappen"), ...h.stappen.map((s) => maak("li", {}, s)));
    vervangInhoud(zoek("herkomst-regels"), ...h.regels.map((r) => maak("li", {}, r)));
    toon(zoek("herkomst-regels-kop"), h.regels.length > 0);
    this.toonRijlijst(h);
    toon(zoek("herkomst-uitkomst"), true);
    toon(zoek("herkomst-volgende"), false);
    zoek("herkomst-titel").focus();
  }

  private toonRijlijst(h: CelHerkomst): void {
    const eerste = h.rijen(0, GETOONDE_RIJEN);
    const aantal = zoek("herkomst-aantal");
    const lijst = zoek("herkomst-rijen");
    const knop = zoek("herkomst-toon");
    toon(knop, h.aantalRijen > 0);
    if (h.aantalRijen === 0) {
      aantal.textContent =
        h.kolom === "realisatie"
          ? `${h.kop} heeft geen eigen invoerrijen: het is totaal gerealiseerd ÷ doel. Kies de kolom totaal of doel voor hun rijen.`
          : `Geen invoerrijen: de invoer heeft voor ${h.ministerie} geen rijen in deze kolom.`;
      vervangInhoud(lijst);
      toon(lijst, false);
      return;
    }
    const bladen = [...new Set(eerste.map((r) => r.bron))].map((b) => `blad ${b}`).join(" en ");
    aantal.textContent =
      h.aantalRijen <= GETOONDE_RIJEN
        ? `${nl(h.aantalRijen)} ${h.aantalRijen === 1 ? "rij" : "rijen"} (${bladen}):`
        : `${nl(h.aantalRijen)} rijen (${bladen}); de eerste ${GETOONDE_RIJEN}:`;
    const metId = eerste.some((r) => r.id !== undefined);
    const kop = maak(
      "tr",
      {},
      ...["Rij", ...(metId ? ["Id"] : []), "Soort", "Waarde", "Eenheid"].map((k) => maak("th", { scope: "col" }, k)),
    );
    const rij = (r: HerkomstRij) =>
      maak(
        "tr",
        {},
        maak("td", {}, String(r.rij)),
        metId ? maak("td", {}, r.id ?? "") : null,
        maak("td", {}, r.soort),
        maak("td", { class: "getal" }, formatteerGetal(r.waarde)),
        maak("td", {}, r.eenheid),
      );
    vervangInhoud(lijst, maak("thead", {}, kop), maak("tbody", {}, ...eerste.map(rij)));
    toon(lijst, true);
  }

  /** Selects the rows from area `start` on, as many as one selection takes; says what was selected and what is left. */
  private async toonRijen(start: number): Promise<void> {
    const h = this.cel;
    if (!h || !this.invoer) return;
    if (start === 0) this.gebieden = gebieden(rijenPerVorm(h.rijen(), this.invoer));
    const n = volgendeSelectie(this.gebieden, start);
    const deel = this.gebieden.slice(start, start + n);
    const blad = deel[0]!.blad;
    const genomen = await this.o.excel.selecteerGebieden(
      blad,
      deel.map((g) => g.adres),
    );
    this.volgende = start + genomen;
    const rest = this.gebieden.length - this.volgende;
    toon(zoek("herkomst-volgende"), rest > 0);
    this.o.melding.toon("success", "Rijen geselecteerd", this.selectieTekst(start, genomen), zoek("herkomst-knoppen"));
  }

  private selectieTekst(start: number, genomen: number): string {
    const g = this.gebieden;
    const eerste = g[start]!;
    const laatste = g[start + genomen - 1]!;
    const rijen = rijenIn(g, start, start + genomen);
    const totaal = rijenIn(g);
    const vorige = rijenIn(g, 0, start);
    const rest = totaal - vorige - rijen;
    const zinnen = [
      `Blad ${eerste.blad}: ${nl(rijen)} ${rijen === 1 ? "rij" : "rijen"} geselecteerd (rij ${nl(eerste.van)} tot en met ${nl(laatste.tot)})` +
        (totaal > rijen ? `, ${nl(vorige + rijen)} van de ${nl(totaal)} rijen van dit cijfer.` : "."),
    ];
    if (rest > 0) zinnen.push(`Nog ${nl(rest)} ${rest === 1 ? "rij" : "rijen"}: kies Volgende rijen.`);
    if (rest > 0 && !this.o.excel.kanMeerdereSelecteren())
      zinnen.push("Deze Excel-versie selecteert één aaneengesloten blok per keer (losse rijen tegelijk vragen ExcelApi 1.18).");
    else if (rest > 0) zinnen.push("Excel selecteert niet alle losse rijen in één keer; daarom in delen.");
    if (g.length - start - genomen > 5 * MAX_GEBIEDEN)
      zinnen.push(
        "Tip: sorteer het blad op ministerie en soort dienstverband, dan liggen de rijen aaneen; lees daarna opnieuw en maak Tabel 1 opnieuw.",
      );
    zinnen.push("De gegevens zijn niet veranderd. Zijn de rijen na het lezen gesorteerd of verplaatst, lees dan opnieuw.");
    return zinnen.join(" ");
  }

  /** The Herkomst sheet of the CLI, on a new sheet right after Tabel 1. */
  private async schrijfBlad(): Promise<void> {
    if (!this.invoer) return;
    const knop = zoek("herkomst-blad");
    const { bron, tabel1Blad } = this.invoer;
    const rijen = [[...HERKOMST_KOPPEN], ...herkomstOverzicht(bron)];
    this.o.voortgang.begin(knop);
    const uit = await this.o.excel.schrijfGegevens(
      { bladnaam: `Herkomst ${bron.tabel.kwartaal}`, tabelnaam: `Herkomst_${bron.tabel.kwartaal}`, rijen, naBlad: tabel1Blad },
      schrijfMet(this.o.voortgang, "Herkomst naar een nieuw blad schrijven"),
    );
    this.o.melding.toon(
      "success",
      "Herkomstblad gemaakt",
      `De herkomst van Tabel 1 ${bron.tabel.kwartaal} staat op het nieuwe blad "${uit.blad}" (tabel ${uit.tabel}, ${nl(rijen.length - 1)} regels): per ministerie en soort het aantal rijen, de exacte uren of fte, de banen voor en na afronding en de regel. Bestaande bladen zijn niet veranderd.`,
      knop,
    );
  }
}

/** The rows of a cell per place they were read: the doel's fte rows from the fte table (person rows), the rest from the main data. */
export function rijenPerVorm(
  rijen: readonly HerkomstRij[],
  waar: { hoofd: Bladvorm; fte: Bladvorm | null },
): Array<{ vorm: Bladvorm; rijen: number[] }> {
  const uit = new Map<Bladvorm, number[]>();
  for (const r of rijen) {
    const vorm = waar.fte && (r.soort === "fte" || r.soort === "doel") ? waar.fte : waar.hoofd;
    const lijst = uit.get(vorm) ?? [];
    lijst.push(r.rij);
    uit.set(vorm, lijst);
  }
  return [...uit].map(([vorm, lijst]) => ({ vorm, rijen: lijst }));
}
