/**
 * The comparison view: wires the "Kwartalen" tab of taskpane.html to its
 * flow (stroom-vergelijking.ts). The source lists are the workbook's sheets
 * and tables (bronkeuze.ts), refreshed whenever the tab is opened; the two
 * newest Tabel 1 sheets are offered. One button checks both and writes,
 * always to a new sheet; every problem goes to the shared error list.
 */
import { Melding, eenTegelijk, labelDropdown, nl, toonControleFouten, type FluentDropdown } from "./bediening";
import { gekozenBron, vulBronnen } from "./bronkeuze";
import { toon, zoek } from "./dom";
import type { ExcelToegang } from "./excel-toegang";
import type { BronKeuze } from "./stroom";
import { controleerVergelijking, VergelijkingStroom, voorkeurBronnen } from "./stroom-vergelijking";

export function startVergelijking(excel: ExcelToegang, melding: Melding): { vernieuw: () => Promise<void> } {
  const stroom = new VergelijkingStroom(excel);
  let keuzes: BronKeuze[] = [];

  const a = zoek<FluentDropdown>("vgl-a");
  const b = zoek<FluentDropdown>("vgl-b");
  const controle = zoek("vgl-controle");
  const knoppen = () => [zoek("vgl-vernieuw"), zoek("vgl-maak")];
  void labelDropdown(a, "vgl-a-label");
  void labelDropdown(b, "vgl-b-label");

  const actie = eenTegelijk(knoppen, melding);

  async function vernieuw(): Promise<void> {
    keuzes = await stroom.keuzes();
    const [eerder, later] = voorkeurBronnen(keuzes);
    // The user's choices stay; otherwise the two newest Tabel 1 sheets.
    vulBronnen(a, keuzes, gekozenBron(a, keuzes)?.waarde ?? eerder?.waarde ?? null);
    vulBronnen(b, keuzes, gekozenBron(b, keuzes)?.waarde ?? later?.waarde ?? null);
  }

  zoek("vgl-vernieuw").addEventListener("click", () => void actie(vernieuw));
  for (const veld of [a, b]) veld.addEventListener("change", () => toon(controle, false));

  const tabs = zoek<HTMLElement & { activeid?: string }>("weergaven");
  tabs.addEventListener("change", () => {
    if ((tabs.activeid ?? tabs.getAttribute("activeid")) === "tab-vergelijking") void actie(vernieuw);
  });

  zoek("vgl-maak").addEventListener(
    "click",
    () =>
      void actie(async () => {
        melding.wis();
        toon(controle, false);
        const ka = gekozenBron(a, keuzes);
        const kb = gekozenBron(b, keuzes);
        if (!ka || !kb) {
          melding.toon("error", "Kies eerst twee bladen met Tabel 1; er is niets geschreven.");
          (ka ? b : a).focus();
          return;
        }
        const c = controleerVergelijking(await stroom.lees(ka.bron), await stroom.lees(kb.bron));
        if (!c.ok) {
          toon(controle, true);
          toonControleFouten(
            zoek("vgl-samenvatting"),
            zoek("vgl-fouten"),
            c.fouten,
            "Kies andere bladen of verbeter ze en kies opnieuw Controleren en vergelijking maken.",
            excel,
            melding,
          );
          return;
        }
        const v = c.vergelijking;
        const uit = await stroom.schrijf(v);
        melding.toon(
          "success",
          `De vergelijking van ${v.eerder.kwartaal} en ${v.later.kwartaal} staat op het nieuwe blad "${uit.blad}" (${nl(v.rijen.length)} ministeries). Bestaande bladen zijn niet veranderd.`,
        );
      }),
  );

  return { vernieuw: () => actie(vernieuw) };
}
