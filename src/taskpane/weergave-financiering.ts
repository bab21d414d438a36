/**
 * The centrale-financiering view: wires the "Financiering" tab of
 * taskpane.html to its flow (stroom-financiering.ts) through the shared
 * skeleton (stroom-skelet.ts). The list offers the Tabel 1 sheets (the newest
 * chosen) and other tables, read lazily (weergave-basis.ts); without a Tabel 1
 * a hint says to make one first. One button reads the source, checks it and
 * every field together, marks the wrong fields in place, and only a clean check
 * writes, always to a new sheet. The sourced plafonds are buttons that fill the
 * field, never a value the pane assumes; their source is the public letter.
 */
import type { BanenFout } from "../core";
import { plafondSuggesties } from "../core";
import { plafondBronTekst, plafondSuggestieTekst } from "../core/financiering/opmaak";
import { GETALLEN_TEKST } from "../core/financiering/bron";
import { nl, veldFout, wisVeldFouten, type FluentDropdown, type FluentWaarde } from "./bediening";
import { toonControleFouten, toonTeBevestigen } from "./controle-weergave";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { GelezenBereik, SchrijfResultaat } from "./excel-toegang";
import type { BronKeuze } from "./stroom";
import { type Controle, doorloop, leesMet, schrijfMet } from "./stroom-skelet";
import { FinancieringStroom, VELDEN, controleerFinanciering, voorkeurBron, type FinancieringControle } from "./stroom-financiering";
import { vulHtmlTabel } from "./html-tabel";
import { type VerslagPlek, VerslagWeergave } from "./verslag-weergave";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

type Gecontroleerd = Extract<FinancieringControle, { ok: true }>;

/** The pane's field for each field name in the flow's messages. */
const VELD_ID: Record<string, string> = {
  [VELDEN.kostenPerBaan]: "fin-kosten",
  [VELDEN.budget]: "fin-budget",
  [VELDEN.plafond]: "fin-plafond",
  [VELDEN.verdeling]: "fin-verdeling",
};

/** The reading report of the source, under the check (taskpane.html). */
const FINANCIERING_VERSLAG: VerslagPlek = {
  verslag: "fin-verslag",
  regels: "fin-verslag-regels",
  waarschuwingen: "fin-waarschuwingen",
  voorvoegsel: "fin-waarschuwing",
  wat: "de financiering",
};

/** The view's controls in taskpane.html. */
interface Bediening {
  bron: FluentDropdown;
  velden: { kosten: FluentWaarde; budget: FluentWaarde; plafond: FluentWaarde };
  afronding: FluentWaarde;
  /** No radio is checked at the start: the division is the user's choice, asked for when the plafond must be divided. */
  verdeling: FluentWaarde;
  knop: HTMLElement;
  projectieKnop: HTMLElement;
}

function bediening(): Bediening {
  return {
    bron: zoek<FluentDropdown>("fin-bron"),
    velden: {
      kosten: zoek<FluentWaarde>("fin-kosten"),
      budget: zoek<FluentWaarde>("fin-budget"),
      plafond: zoek<FluentWaarde>("fin-plafond"),
    },
    afronding: zoek<FluentWaarde>("fin-afronding"),
    verdeling: zoek<FluentWaarde>("fin-verdeling"),
    knop: zoek("fin-maak"),
    projectieKnop: zoek("fin-projectie-maak"),
  };
}

export function startFinanciering(o: Omgeving): { vernieuw: () => Promise<void> } {
  return { vernieuw: new FinancieringWeergave(o).bijwerken };
}

class FinancieringWeergave {
  private readonly stroom: FinancieringStroom;
  private readonly b = bediening();
  private keuzes: BronKeuze[] = [];
  private laatste: Gecontroleerd | null = null;
  /** The warnings of the reading report the user ticked (their codes). */
  private bevestigd: string[] = [];
  private readonly verslag = new VerslagWeergave((codes) => {
    this.bevestigd = codes;
  }, FINANCIERING_VERSLAG);
  /** Refreshes the list of sources (weergave-basis volgBronnen). */
  readonly bijwerken: () => Promise<void>;

  constructor(private readonly o: Omgeving) {
    this.stroom = new FinancieringStroom(o.excel);
    toonSuggesties(this.b.velden.plafond, () => this.wisUitkomst());
    this.bijwerken = volgBronnen(
      "tab-financiering",
      [[this.b.bron, "fin-bron-label"]],
      () => this.vernieuw(),
      () => undefined,
    );
    this.volgVelden();
    const { knop, projectieKnop } = this.b;
    projectieKnop.addEventListener("click", () => void o.actie(projectieKnop, () => this.schrijfProjectie()));
    knop.addEventListener("click", () => void o.actie(knop, () => this.maakFinanciering()));
  }

  private wisUitkomst(): void {
    this.laatste = null;
    toon(zoek("fin-controle"), false);
    toon(zoek("fin-uitkomst"), false);
    toon(zoek("fin-projectie"), false);
  }

  private async vernieuw(): Promise<void> {
    this.keuzes = await this.stroom.keuzes();
    // The user's choice stays; otherwise the newest Tabel 1 sheet is offered.
    const { bron } = this.b;
    vulBronnen(bron, this.keuzes, gekozenBron(bron, this.keuzes)?.waarde ?? voorkeurBron(this.keuzes)?.waarde ?? null);
    toon(zoek("fin-geen-tabel1"), !voorkeurBron(this.keuzes));
  }

  /** Any change clears the outcome; another source also clears its report and the ticked warnings. */
  private volgVelden(): void {
    const { bron, afronding, verdeling, velden } = this.b;
    for (const veld of [bron, afronding, verdeling, ...Object.values(velden)]) {
      veld.addEventListener("change", () => this.wisUitkomst());
      veld.addEventListener("input", () => {
        this.wisUitkomst();
        if (veld.classList.contains("ongeldig")) veldFout(veld, null);
      });
    }
    bron.addEventListener("change", () => {
      this.bevestigd = [];
      this.verslag.wis();
    });
    verdeling.addEventListener("change", () => {
      if (verdeling.classList.contains("ongeldig")) veldFout(verdeling, null);
    });
  }

  private async schrijfProjectie(): Promise<void> {
    const { o } = this;
    const { projectieKnop } = this.b;
    o.melding.wis();
    const c = this.laatste;
    if (!c) return;
    o.voortgang.begin(projectieKnop);
    const uit = await this.stroom.schrijfProjectie(c, schrijfMet(o.voortgang, "De projectie naar een nieuw blad schrijven"));
    o.melding.toon(
      "success",
      "Projectie geschreven",
      `De projectie op Tabel 1 staat op het nieuwe blad "${uit.blad}" (${nl(c.projectie.rijen.length)} ministeries en ${c.projectie.totaal.ministerie}). Bestaande bladen zijn niet veranderd.`,
      projectieKnop,
    );
  }

  /** Reads the chosen source, checks it with every field, shows the reading report, and writes only a clean check. */
  private async maakFinanciering(): Promise<void> {
    const { o } = this;
    const { knop } = this.b;
    o.melding.wis();
    this.wisUitkomst();
    wisVeldFouten(zoek("paneel-financiering"));
    await this.bijwerken();
    const k = gekozenBron(this.b.bron, this.keuzes);
    if (!k) return this.geenBron();
    o.voortgang.begin(knop);
    const uit = await doorloop<GelezenBereik, Gecontroleerd, SchrijfResultaat>(
      {
        lees: (meter) => this.stroom.lees(k.bron, leesMet(meter, `${k.label} lezen`)),
        controleer: (bereik) => this.controleer(bereik),
        schrijf: (c, meter) => this.stroom.schrijf(c, schrijfMet(meter, "De financiering naar een nieuw blad schrijven")),
      },
      o.voortgang,
    );
    if (!uit.ok) return this.toonFouten(uit.fouten);
    this.toonGeschreven(uit.gecontroleerd, uit.resultaat);
  }

  private geenBron(): void {
    veldFout(this.b.bron, "Kies het blad met Tabel 1.");
    this.o.melding.toon(
      "error",
      "Kies een bron",
      "Kies eerst bij Doel en gerealiseerd uit het blad met Tabel 1; er is niets geschreven.",
      this.b.knop,
    );
  }

  /** The flow's check with the fields as typed; the reading report is shown before anything is written. */
  private controleer(bereik: GelezenBereik): Controle<Gecontroleerd> {
    const { velden, afronding, verdeling } = this.b;
    const c = controleerFinanciering({
      bereik,
      kostenPerBaan: velden.kosten.value ?? "",
      budget: velden.budget.value ?? "",
      plafond: velden.plafond.value ?? "",
      afronding: afronding.value || "omhoog",
      verdeling: verdeling.value ?? "",
      bevestigd: this.bevestigd,
    });
    this.verslag.toon(c.ok ? c.bron.verslagen : c.verslagen);
    return c.ok ? { ok: true, waarde: c } : c;
  }

  /** The written financing: its verdict, its projection, the report beside the check, and the message. */
  private toonGeschreven(c: Gecontroleerd, geschreven: SchrijfResultaat): void {
    const f = c.financiering;
    vervangInhoud(zoek("fin-controle-uitkomst"));
    vervangInhoud(zoek("fin-fouten"));
    toon(zoek("fin-controle"), true);
    // "€ 3.000.000,00" never breaks after the euro sign.
    vervangInhoud(zoek("fin-oordeel"), ...c.raster.oordeel.map((z) => maak("li", {}, z.replace(/€ /g, "€\u00a0"))));
    toon(zoek("fin-uitkomst"), true);
    toonProjectie(c);
    this.laatste = c;
    this.o.melding.toon(
      "success",
      "Financiering gemaakt",
      `De centrale financiering staat op het nieuwe blad "${geschreven.blad}" (${nl(f.rijen.length)} ministeries, ${nl(f.totaal.gefinancierd)} banen te financieren; ${GETALLEN_TEKST[c.bron.getallen]}). Bestaande bladen zijn niet veranderd.`,
      this.b.knop,
    );
  }

  /**
   * The check's problems: pane fields marked, sheet cells listed with "Ga naar cel". Warnings not yet
   * ticked are no errors but questions: each has its checkbox under the report (as in the Tabel 1 view).
   */
  private toonFouten(alle: BanenFout[]): void {
    toon(zoek("fin-controle"), true);
    const fouten = alle.filter((f) => f.code !== "WAARSCHUWING_NIET_BEVESTIGD");
    if (fouten.length === 0) {
      toonTeBevestigen(
        zoek("fin-controle-uitkomst"),
        zoek("fin-fouten"),
        this.verslag.aantal,
        ", vink ze aan en kies opnieuw Controleren en financiering maken.",
      );
      return;
    }
    toonControleFouten(
      zoek("fin-controle-uitkomst"),
      zoek("fin-fouten"),
      fouten,
      {
        veldVan: (f) => (f.plaats.veld && !f.plaats.blad && VELD_ID[f.plaats.veld] ? zoek(VELD_ID[f.plaats.veld]!) : null),
        naVelden: "Verbeter de gemarkeerde velden hierboven en kies opnieuw Controleren en financiering maken.",
        naExcel: "Verbeter het blad in Excel (Ga naar cel) of kies een ander blad, en kies opnieuw Controleren en financiering maken.",
      },
      this.o.excel,
      this.o.melding,
    );
  }
}

/** The projection on Tabel 1 as a table in the pane (the sheet's grid), with its notes. */
function toonProjectie(c: Gecontroleerd): void {
  vulHtmlTabel(zoek<HTMLTableElement>("fin-projectie-tabel"), c.projectieRaster);
  vervangInhoud(zoek("fin-projectie-noten"), ...c.projectieRaster.voetnoten.map((v) => maak("li", {}, v)));
  toon(zoek("fin-projectie"), true);
}

/** The sourced plafonds: a button fills the field; the public source of each is listed under them. */
function toonSuggesties(plafond: FluentWaarde, na: () => void): void {
  for (const s of plafondSuggesties()) {
    const knop = maak(
      "fluent-button",
      { size: "small", "data-plafond": String(s.banen), "aria-label": `Plafond ${nl(s.banen)} invullen (${plafondSuggestieTekst(s)})` },
      `${nl(s.banen)} (${s.jaar}${s.benadering ? ", ongeveer" : ""})`,
    );
    knop.addEventListener("click", () => {
      plafond.value = String(s.banen);
      na();
      plafond.focus();
    });
    zoek("fin-suggesties").append(knop);
    zoek("fin-suggesties-bron").append(maak("li", {}, `${plafondSuggestieTekst(s)}; bron: ${plafondBronTekst(s)}`));
  }
}
