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
import type { BanenFout } from "../core";
import type { KwartaalVergelijking } from "../core/kwartaal/vergelijking";
import type { BronKeuze } from "./stroom";
import { doorloop, type Doorlopen, leesMet, schrijfMet } from "./stroom-skelet";
import { controleerVergelijking, VergelijkingStroom, voorkeurBronnen } from "./stroom-vergelijking";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

export function startVergelijking(o: Omgeving): { vernieuw: () => Promise<void> } {
  const weergave = new VergelijkingWeergave(o);
  return { vernieuw: weergave.bijwerken };
}

class VergelijkingWeergave {
  private readonly stroom: VergelijkingStroom;
  private keuzes: BronKeuze[] = [];
  private readonly a = zoek<FluentDropdown>("vgl-a");
  private readonly b = zoek<FluentDropdown>("vgl-b");
  private readonly controle = zoek("vgl-controle");
  private readonly knop = zoek("vgl-maak");
  /** Lists the Tabel 1 sheets again (weergave-basis volgBronnen); also before each comparison. */
  readonly bijwerken: () => Promise<void>;

  constructor(private readonly o: Omgeving) {
    this.stroom = new VergelijkingStroom(o.excel);
    this.bijwerken = volgBronnen(
      "tab-vergelijking",
      [
        [this.a, "vgl-a-label"],
        [this.b, "vgl-b-label"],
      ],
      () => this.vernieuw(),
      () => undefined,
    );
    // A new choice makes the shown check outdated.
    for (const veld of [this.a, this.b]) veld.addEventListener("change", () => toon(this.controle, false));
    this.knop.addEventListener("click", () => void o.actie(this.knop, () => this.maak()));
  }

  private async vernieuw(): Promise<void> {
    const { a, b } = this;
    const keuzes = (this.keuzes = await this.stroom.keuzes());
    const [eerder, later] = voorkeurBronnen(keuzes);
    // The user's choices stay; otherwise the two newest Tabel 1 sheets.
    vulBronnen(a, keuzes, gekozenBron(a, keuzes)?.waarde ?? eerder?.waarde ?? null);
    vulBronnen(b, keuzes, gekozenBron(b, keuzes)?.waarde ?? later?.waarde ?? null);
    toon(zoek("vgl-geen-tabel1"), keuzes.length < 2);
  }

  /** Reads both chosen sheets, checks them together and writes the comparison to a new sheet; nothing is written on an error. */
  private async maak(): Promise<void> {
    const { o, knop } = this;
    o.melding.wis();
    toon(this.controle, false);
    // The sheets may have changed since the lists were filled: choose from the workbook as it is now.
    await this.bijwerken();
    const ka = gekozenBron(this.a, this.keuzes);
    const kb = gekozenBron(this.b, this.keuzes);
    if (!ka || !kb) {
      o.melding.toon("error", "Kies twee bladen", "Kies eerst twee bladen met Tabel 1; er is niets geschreven.", knop);
      return;
    }
    o.voortgang.begin(knop);
    const uit = await this.vergelijk(ka, kb);
    if (!uit.ok) this.toonFouten(uit.fouten);
    else this.meldGemaakt(uit.gecontroleerd, uit.resultaat.blad);
  }

  /** The shared skeleton (stroom-skelet.ts): read both, check, write; progress for each step. */
  private vergelijk(ka: BronKeuze, kb: BronKeuze): Promise<Doorlopen<KwartaalVergelijking, { blad: string }>> {
    const { stroom, o } = this;
    return doorloop<[GelezenBereik, GelezenBereik], KwartaalVergelijking, { blad: string }>(
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
  }

  /** Why nothing was written: the cells listed with "Ga naar cel". */
  private toonFouten(fouten: BanenFout[]): void {
    toon(this.controle, true);
    toonControleFouten(
      zoek("vgl-controle-uitkomst"),
      zoek("vgl-fouten"),
      fouten,
      {
        veldVan: () => null,
        naExcel: "Kies andere bladen, of verbeter ze in Excel, en kies opnieuw Controleren en vergelijking maken.",
        naVelden: "",
      },
      this.o.excel,
      this.o.melding,
    );
  }

  private meldGemaakt(v: KwartaalVergelijking, blad: string): void {
    vervangInhoud(zoek("vgl-fouten"));
    this.o.melding.toon(
      "success",
      "Vergelijking gemaakt",
      `De vergelijking van ${v.eerder.kwartaal} en ${v.later.kwartaal} staat op het nieuwe blad "${blad}" (${nl(v.rijen.length)} ministeries). Bestaande bladen zijn niet veranderd.`,
      this.knop,
    );
  }
}
