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
import { toonControleFouten } from "./controle-weergave";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { GelezenBereik, SchrijfResultaat } from "./excel-toegang";
import type { BronKeuze } from "./stroom";
import { doorloop, leesMet, schrijfMet } from "./stroom-skelet";
import { FinancieringStroom, VELDEN, controleerFinanciering, voorkeurBron, type FinancieringControle } from "./stroom-financiering";
import { vulHtmlTabel } from "./html-tabel";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

type Gecontroleerd = Extract<FinancieringControle, { ok: true }>;

/** The pane's field for each field name in the flow's messages. */
const VELD_ID: Record<string, string> = {
  [VELDEN.kostenPerBaan]: "fin-kosten",
  [VELDEN.budget]: "fin-budget",
  [VELDEN.plafond]: "fin-plafond",
  [VELDEN.verdeling]: "fin-verdeling",
};

export function startFinanciering(o: Omgeving): { vernieuw: () => Promise<void> } {
  const stroom = new FinancieringStroom(o.excel);
  let keuzes: BronKeuze[] = [];
  const bron = zoek<FluentDropdown>("fin-bron");
  const velden = {
    kosten: zoek<FluentWaarde>("fin-kosten"),
    budget: zoek<FluentWaarde>("fin-budget"),
    plafond: zoek<FluentWaarde>("fin-plafond"),
  };
  const afronding = zoek<FluentWaarde>("fin-afronding");
  // No radio is checked at the start: the division is the user's choice, asked for when the plafond must be divided.
  const verdeling = zoek<FluentWaarde>("fin-verdeling");
  const knop = zoek("fin-maak");
  const projectieKnop = zoek("fin-projectie-maak");
  let laatste: Gecontroleerd | null = null;
  toonSuggesties(velden.plafond, wisUitkomst);

  function wisUitkomst(): void {
    laatste = null;
    toon(zoek("fin-controle"), false);
    toon(zoek("fin-uitkomst"), false);
    toon(zoek("fin-projectie"), false);
  }

  async function vernieuw(): Promise<void> {
    keuzes = await stroom.keuzes();
    // The user's choice stays; otherwise the newest Tabel 1 sheet is offered.
    vulBronnen(bron, keuzes, gekozenBron(bron, keuzes)?.waarde ?? voorkeurBron(keuzes)?.waarde ?? null);
    toon(zoek("fin-geen-tabel1"), !voorkeurBron(keuzes));
  }
  const bijwerken = volgBronnen("tab-financiering", [[bron, "fin-bron-label"]], vernieuw, () => undefined);

  for (const veld of [bron, afronding, verdeling, ...Object.values(velden)]) {
    veld.addEventListener("change", wisUitkomst);
    veld.addEventListener("input", () => {
      wisUitkomst();
      if (veld.classList.contains("ongeldig")) veldFout(veld, null);
    });
  }
  verdeling.addEventListener("change", () => {
    if (verdeling.classList.contains("ongeldig")) veldFout(verdeling, null);
  });
  projectieKnop.addEventListener("click", () => void o.actie(projectieKnop, () => schrijfProjectie()));

  async function schrijfProjectie(): Promise<void> {
    o.melding.wis();
    const c = laatste;
    if (!c) return;
    o.voortgang.begin(projectieKnop);
    const uit = await stroom.schrijfProjectie(c, schrijfMet(o.voortgang, "De projectie naar een nieuw blad schrijven"));
    o.melding.toon(
      "success",
      "Projectie geschreven",
      `De projectie op Tabel 1 staat op het nieuwe blad "${uit.blad}" (${nl(c.projectie.rijen.length)} ministeries en ${c.projectie.totaal.ministerie}). Bestaande bladen zijn niet veranderd.`,
      projectieKnop,
    );
  }
  knop.addEventListener("click", () => void o.actie(knop, () => maakFinanciering()));

  async function maakFinanciering(): Promise<void> {
    o.melding.wis();
    wisUitkomst();
    wisVeldFouten(zoek("paneel-financiering"));
    await bijwerken();
    const k = gekozenBron(bron, keuzes);
    if (!k) {
      veldFout(bron, "Kies het blad met Tabel 1.");
      o.melding.toon(
        "error",
        "Kies een bron",
        "Kies eerst bij Doel en gerealiseerd uit het blad met Tabel 1; er is niets geschreven.",
        knop,
      );
      return;
    }
    o.voortgang.begin(knop);
    const uit = await doorloop<GelezenBereik, Gecontroleerd, SchrijfResultaat>(
      {
        lees: (meter) => stroom.lees(k.bron, leesMet(meter, `${k.label} lezen`)),
        controleer: (bereik) => {
          const c = controleerFinanciering({
            bereik,
            kostenPerBaan: velden.kosten.value ?? "",
            budget: velden.budget.value ?? "",
            plafond: velden.plafond.value ?? "",
            afronding: afronding.value || "omhoog",
            verdeling: verdeling.value ?? "",
          });
          return c.ok ? { ok: true, waarde: c } : c;
        },
        schrijf: (c, meter) => stroom.schrijf(c, schrijfMet(meter, "De financiering naar een nieuw blad schrijven")),
      },
      o.voortgang,
    );
    if (!uit.ok) return toonFouten(o, uit.fouten);
    const c = uit.gecontroleerd;
    const f = c.financiering;
    // "€ 3.000.000,00" never breaks after the euro sign.
    vervangInhoud(zoek("fin-oordeel"), ...c.raster.oordeel.map((z) => maak("li", {}, z.replace(/€ /g, "€\u00a0"))));
    toon(zoek("fin-uitkomst"), true);
    toonProjectie(c);
    laatste = c;
    o.melding.toon(
      "success",
      "Financiering gemaakt",
      `De centrale financiering staat op het nieuwe blad "${uit.resultaat.blad}" (${nl(f.rijen.length)} ministeries, ${nl(f.totaal.gefinancierd)} banen te financieren; ${GETALLEN_TEKST[c.bron.getallen]}). Bestaande bladen zijn niet veranderd.`,
      knop,
    );
  }

  return { vernieuw: bijwerken };
}

/** The projection on Tabel 1 as a table in the pane (the sheet's grid), with its notes. */
function toonProjectie(c: Gecontroleerd): void {
  vulHtmlTabel(zoek<HTMLTableElement>("fin-projectie-tabel"), c.projectieRaster);
  vervangInhoud(zoek("fin-projectie-noten"), ...c.projectieRaster.voetnoten.map((v) => maak("li", {}, v)));
  toon(zoek("fin-projectie"), true);
}

/** The check's problems: pane fields marked, sheet cells listed with "Ga naar cel". */
function toonFouten(o: Omgeving, fouten: BanenFout[]): void {
  toon(zoek("fin-controle"), true);
  toonControleFouten(
    zoek("fin-controle-uitkomst"),
    zoek("fin-fouten"),
    fouten,
    {
      veldVan: (f) => (f.plaats.veld && !f.plaats.blad && VELD_ID[f.plaats.veld] ? zoek(VELD_ID[f.plaats.veld]!) : null),
      naVelden: "Verbeter de gemarkeerde velden hierboven en kies opnieuw Controleren en financiering maken.",
      naExcel: "Verbeter het blad in Excel (Ga naar cel) of kies een ander blad, en kies opnieuw Controleren en financiering maken.",
    },
    o.excel,
    o.melding,
  );
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
