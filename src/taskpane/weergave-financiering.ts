/**
 * The centrale-financiering view: wires the "Centrale financiering" tab of
 * taskpane.html to its flow (stroom-financiering.ts). The source list is the
 * one the Tabel 1 view has (bronkeuze.ts), refreshed whenever the tab is
 * opened, so a Tabel 1 sheet just written is there and offered first. One
 * button checks the source and every input together; only a clean check
 * writes, always to a new sheet. The sourced plafonds are buttons that fill
 * the field, never a value the pane assumes.
 */
import { plafondSuggesties } from "../core";
import { plafondBronTekst, plafondSuggestieTekst } from "../core/financiering/opmaak";
import { GETALLEN_TEKST } from "../core/financiering/bron";
import { Melding, eenTegelijk, labelDropdown, nl, toonControleFouten, type FluentDropdown, type FluentWaarde } from "./bediening";
import { gekozenBron, vulBronnen } from "./bronkeuze";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { ExcelToegang } from "./excel-toegang";
import type { BronKeuze } from "./stroom";
import { FinancieringStroom, controleerFinanciering, voorkeurBron } from "./stroom-financiering";

export function startFinanciering(excel: ExcelToegang, melding: Melding): { vernieuw: () => Promise<void> } {
  const stroom = new FinancieringStroom(excel);
  let keuzes: BronKeuze[] = [];

  const bron = zoek<FluentDropdown>("fin-bron");
  const kosten = zoek<FluentWaarde>("fin-kosten");
  const budget = zoek<FluentWaarde>("fin-budget");
  const plafond = zoek<FluentWaarde>("fin-plafond");
  const afronding = zoek<FluentWaarde>("fin-afronding");
  const controle = zoek("fin-controle");
  const uitkomst = zoek("fin-uitkomst");
  const knoppen = () => [zoek("fin-vernieuw"), zoek("fin-maak"), ...Array.from(zoek("fin-suggesties").children)];
  void labelDropdown(bron, "fin-bron-label");

  // The sourced plafonds: a button fills the field; the source of each is listed under them.
  for (const s of plafondSuggesties()) {
    const knop = maak(
      "fluent-button",
      { size: "small", "data-plafond": String(s.banen), "aria-label": `Plafond ${nl(s.banen)} invullen (${plafondSuggestieTekst(s)})` },
      `${nl(s.banen)} (${s.jaar}${s.benadering ? ", ongeveer" : ""})`,
    );
    knop.addEventListener("click", () => {
      plafond.value = String(s.banen);
      wisUitkomst();
      plafond.focus();
    });
    zoek("fin-suggesties").append(knop);
    zoek("fin-suggesties-bron").append(maak("li", {}, `${plafondSuggestieTekst(s)}; bron: ${plafondBronTekst(s)}`));
  }

  const actie = eenTegelijk(knoppen, melding);

  function wisUitkomst(): void {
    toon(controle, false);
    toon(uitkomst, false);
  }

  async function vernieuw(): Promise<void> {
    keuzes = await stroom.keuzes();
    const gekozen = gekozenBron(bron, keuzes);
    // The user's choice stays; otherwise the newest Tabel 1 sheet is offered.
    vulBronnen(bron, keuzes, gekozen?.waarde ?? voorkeurBron(keuzes)?.waarde ?? null);
  }

  zoek("fin-vernieuw").addEventListener("click", () => void actie(vernieuw));
  for (const veld of [bron, kosten, budget, plafond, afronding]) {
    veld.addEventListener("change", wisUitkomst);
    veld.addEventListener("input", wisUitkomst);
  }

  // Opening the tab lists the workbook again: a Tabel 1 sheet made a moment ago is there.
  const tabs = zoek<HTMLElement & { activeid?: string }>("weergaven");
  tabs.addEventListener("change", () => {
    if ((tabs.activeid ?? tabs.getAttribute("activeid")) === "tab-financiering") void actie(vernieuw);
  });

  zoek("fin-maak").addEventListener(
    "click",
    () =>
      void actie(async () => {
        melding.wis();
        wisUitkomst();
        const k = gekozenBron(bron, keuzes);
        if (!k) {
          melding.toon("error", "Kies eerst bij Doel en gerealiseerd uit het blad met Tabel 1; er is niets geschreven.");
          bron.focus();
          return;
        }
        const bereik = await stroom.lees(k.bron);
        const c = controleerFinanciering({
          bereik,
          kostenPerBaan: kosten.value ?? "",
          budget: budget.value ?? "",
          plafond: plafond.value ?? "",
          afronding: afronding.value || "omhoog",
        });
        const samenvatting = zoek("fin-samenvatting");
        if (!c.ok) {
          toon(controle, true);
          toonControleFouten(
            samenvatting,
            zoek("fin-fouten"),
            c.fouten,
            "Verbeter de invoer en kies opnieuw Controleren en financiering maken.",
            excel,
            melding,
          );
          return;
        }
        const uit = await stroom.schrijf(c);
        const f = c.financiering;
        melding.toon(
          "success",
          `De centrale financiering staat op het nieuwe blad "${uit.blad}" (${nl(f.rijen.length)} ministeries, ${nl(f.totaal.gefinancierd)} banen te financieren; ${GETALLEN_TEKST[c.bron.getallen]}). Bestaande bladen zijn niet veranderd.`,
        );
        vervangInhoud(zoek("fin-oordeel"), ...c.raster.oordeel.map((z) => maak("li", {}, z)));
        toon(uitkomst, true);
        zoek("kop-fin-uitkomst").focus();
      }),
  );

  return { vernieuw: () => actie(vernieuw) };
}
