/**
 * The comparison view: wires the "Kwartalen" tab of taskpane.html to its flow
 * (stroom-vergelijking.ts) through the shared skeleton (stroom-skelet.ts). The
 * lists offer only Tabel 1 sheets (the two newest chosen), read lazily
 * (weergave-basis.ts); with fewer than two a hint says to make them first.
 * One button reads both, checks both and writes, always to a new sheet.
 */
import { nl, type FluentDropdown } from "./bediening";
import { toonControleFouten } from "./controle-weergave";
import { toon, vervangInhoud, zoek } from "./dom";
import type { GelezenBereik } from "./excel-toegang";
import type { KwartaalVergelijking } from "../core/kwartaal/vergelijking";
import type { BronKeuze } from "./stroom";
import { doorloop, leesMet, schrijfMet } from "./stroom-skelet";
import { controleerVergelijking, VergelijkingStroom, voorkeurBronnen } from "./stroom-vergelijking";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

export function startVergelijking(o: Omgeving): { vernieuw: () => Promise<void> } {
  const stroom = new VergelijkingStroom(o.excel);
  let keuzes: BronKeuze[] = [];
  const a = zoek<FluentDropdown>("vgl-a");
  const b = zoek<FluentDropdown>("vgl-b");
  const controle = zoek("vgl-controle");
  const knop = zoek("vgl-maak");

  async function vernieuw(): Promise<void> {
    keuzes = await stroom.keuzes();
    const [eerder, later] = voorkeurBronnen(keuzes);
    // The user's choices stay; otherwise the two newest Tabel 1 sheets.
    vulBronnen(a, keuzes, gekozenBron(a, keuzes)?.waarde ?? eerder?.waarde ?? null);
    vulBronnen(b, keuzes, gekozenBron(b, keuzes)?.waarde ?? later?.waarde ?? null);
    toon(zoek("vgl-geen-tabel1"), keuzes.length < 2);
  }
  const bijwerken = volgBronnen(
    "tab-vergelijking",
    [
      [a, "vgl-a-label"],
      [b, "vgl-b-label"],
    ],
    vernieuw,
    () => undefined,
  );
  for (const veld of [a, b]) veld.addEventListener("change", () => toon(controle, false));

  knop.addEventListener("click", () => void o.actie(knop, () => maak()));

  async function maak(): Promise<void> {
    o.melding.wis();
    toon(controle, false);
    await bijwerken();
    const ka = gekozenBron(a, keuzes);
    const kb = gekozenBron(b, keuzes);
    if (!ka || !kb) {
      o.melding.toon("error", "Kies twee bladen", "Kies eerst twee bladen met Tabel 1; er is niets geschreven.", knop);
      return;
    }
    o.voortgang.begin(knop);
    const uit = await doorloop<[GelezenBereik, GelezenBereik], KwartaalVergelijking, { blad: string }>(
      {
        lees: async (meter) => [
          await stroom.lees(ka.bron, leesMet(meter, `${ka.label} lezen`)),
          await stroom.lees(kb.bron, leesMet(meter, `${kb.label} lezen`)),
        ],
        controleer: ([x, y]) => {
          const c = controleerVergelijking(x, y);
          return c.ok ? { ok: true, waarde: c.vergelijking } : c;
        },
        schrijf: (v, meter) => stroom.schrijf(v, schrijfMet(meter, "De vergelijking naar een nieuw blad schrijven")),
      },
      o.voortgang,
    );
    if (!uit.ok) {
      toon(controle, true);
      toonControleFouten(
        zoek("vgl-controle-uitkomst"),
        zoek("vgl-fouten"),
        uit.fouten,
        {
          veldVan: () => null,
          naExcel: "Kies andere bladen, of verbeter ze in Excel, en kies opnieuw Controleren en vergelijking maken.",
          naVelden: "",
        },
        o.excel,
        o.melding,
      );
      return;
    }
    const v = uit.gecontroleerd;
    vervangInhoud(zoek("vgl-fouten"));
    o.melding.toon(
      "success",
      "Vergelijking gemaakt",
      `De vergelijking van ${v.eerder.kwartaal} en ${v.later.kwartaal} staat op het nieuwe blad "${uit.resultaat.blad}" (${nl(v.rijen.length)} ministeries). Bestaande bladen zijn niet veranderd.`,
      knop,
    );
  }

  return { vernieuw: bijwerken };
}
