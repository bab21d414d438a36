/**
 * The series view (the "Reeks" part of the Kwartalen tab): the Rijk's doel and realisatie over time from
 * the sources (stroom-reeks.ts), per ministry where a Tabel 1 is printed, as a
 * chart (svg-grafiek.ts) and a table (the screen reader's way to the numbers),
 * the banen per year needed to reach the doel by a year the user gives, a
 * quarter added from a Tabel 1 sheet (read as the financing view reads one,
 * marked "eigen invoer"), and the series written to a new sheet with an Excel
 * chart. The seed is fetched once, when the Kwartalen tab is first opened.
 */
import { BanenFout, benodigdPerJaar, leesJaar, type ReeksPunt, type ReeksRij } from "../core";
import { benodigdZinnen, reeksRaster, seedNoten } from "../core/reeks/opmaak";
import { dropdownWaarde, foutTekst, labelDropdown, nl, veldFout, vulDropdown, type FluentDropdown, type FluentWaarde } from "./bediening";
import { toonControleFouten } from "./controle-weergave";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import { vulHtmlTabel } from "./html-tabel";
import type { BronKeuze } from "./stroom";
import { leesMet, schrijfMet } from "./stroom-skelet";
import { reeksGrafiek as reeksGrafiekVan } from "./svg-grafiek";
import { laadReeksBron, maakReeksPlan, ministeriesIn, puntUitBlad, RIJK, reeksVan, ReeksStroom, type ReeksBron } from "./stroom-reeks";
import { haalVanAddIn } from "./voorbeeld";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

export function startReeks(o: Omgeving, haal: (pad: string) => Promise<string> = haalVanAddIn): void {
  new ReeksWeergave(o, haal);
}

class ReeksWeergave {
  private readonly stroom: ReeksStroom;
  private bron: ReeksBron | null = null;
  /** Quarters the user added from a Tabel 1 sheet ("eigen invoer"). */
  private readonly eigen: ReeksPunt[] = [];
  private keuzes: BronKeuze[] = [];
  /** The banen-per-year sentences last computed (also notes under the table and on the sheet). */
  private nodig: string[] = [];
  private readonly wie = zoek<FluentDropdown>("reeks-wie");
  private readonly tabelBron = zoek<FluentDropdown>("reeks-bron");
  private readonly tot = zoek<FluentWaarde>("reeks-tot");
  private readonly knoppen = { bereken: zoek("reeks-bereken"), voegToe: zoek("reeks-voeg-toe"), maak: zoek("reeks-maak") };
  /** Loads the seed once and lists the sheets again (weergave-basis volgBronnen). */
  private readonly bijwerken: () => Promise<void>;

  constructor(
    private readonly o: Omgeving,
    private readonly haal: (pad: string) => Promise<string>,
  ) {
    this.stroom = new ReeksStroom(o.excel);
    void labelDropdown(this.wie, "reeks-wie-label");
    this.bijwerken = volgBronnen(
      "tab-vergelijking",
      [[this.tabelBron, "reeks-bron-label"]],
      () => this.laad(),
      (e) => o.melding.toon("error", "Reeks niet geladen", foutTekst(e), zoek("kop-reeks")),
    );
    this.volg();
  }

  private volg(): void {
    const { o, knoppen, tot } = this;
    this.wie.addEventListener("change", () => {
      this.wisNodig();
      this.toonReeks();
    });
    tot.addEventListener("input", () => {
      if (tot.classList.contains("ongeldig")) veldFout(tot, null);
    });
    knoppen.bereken.addEventListener("click", () => void o.actie(knoppen.bereken, async () => this.bereken()));
    knoppen.voegToe.addEventListener("click", () => void o.actie(knoppen.voegToe, () => this.voegToe()));
    knoppen.maak.addEventListener("click", () => void o.actie(knoppen.maak, () => this.schrijf()));
  }

  private punten(): ReeksPunt[] {
    return [...(this.bron?.punten ?? []), ...this.eigen];
  }

  private gekozenWie(): string {
    return dropdownWaarde(this.wie) ?? RIJK;
  }

  private noten(): string[] {
    return [...(this.gekozenWie() === RIJK && this.bron ? seedNoten(this.bron.seed) : []), ...this.nodig];
  }

  private reeks(): ReeksRij[] {
    return reeksVan(this.punten(), this.gekozenWie());
  }

  private wisNodig(): void {
    this.nodig = [];
    vervangInhoud(zoek("reeks-nodig"));
  }

  private vulWie(): void {
    const namen = [RIJK, ...ministeriesIn(this.punten())];
    const nu = this.gekozenWie();
    vulDropdown(
      this.wie,
      namen.map((n) => ({ waarde: n, label: n === RIJK ? "Rijk (Totaal Rijk)" : n })),
      namen.includes(nu) ? nu : RIJK,
    );
  }

  private toonReeks(): void {
    const r = this.reeks();
    const naam = this.gekozenWie() === RIJK ? "het Rijk" : this.gekozenWie();
    const raster = reeksRaster(r, this.gekozenWie(), this.noten());
    vervangInhoud(
      zoek("reeks-grafiek"),
      reeksGrafiekVan(r, `Staafdiagram: realisatie % van het doel per moment, ${naam}. De tabel hieronder heeft de getallen.`),
    );
    vulHtmlTabel(zoek<HTMLTableElement>("reeks-tabel"), raster);
    vervangInhoud(zoek("reeks-noten"), ...raster.voetnoten.map((v) => maak("li", {}, v)));
    toon(zoek("reeks-laden"), false);
  }

  private async laad(): Promise<void> {
    if (!this.bron) {
      this.bron = await laadReeksBron(this.haal);
      this.vulWie();
      this.toonReeks();
    }
    this.keuzes = await this.stroom.keuzes();
    const { tabelBron, keuzes } = this;
    vulBronnen(tabelBron, keuzes, gekozenBron(tabelBron, keuzes)?.waarde ?? keuzes.at(-1)?.waarde ?? null);
    toon(zoek("reeks-geen-tabel1"), keuzes.length === 0);
  }

  /** The banen per year to reach the doel by the year typed; a wrong year is marked at its field. */
  private bereken(): void {
    const { o, tot } = this;
    o.melding.wis();
    veldFout(tot, null);
    try {
      const jaar = leesJaar(tot.value ?? "", { veld: "jaar" });
      this.nodig = benodigdZinnen(benodigdPerJaar(this.reeks(), jaar));
    } catch (e) {
      this.wisNodig();
      veldFout(tot, e instanceof BanenFout ? zinMetHoofdletter(e.kern) : foutTekst(e));
      tot.focus();
      return;
    }
    vervangInhoud(zoek("reeks-nodig"), ...this.nodig.map((z) => maak("li", {}, z)));
    this.toonReeks();
  }

  /** A quarter from the chosen Tabel 1 sheet, added to the series as "eigen invoer"; nothing is written. */
  private async voegToe(): Promise<void> {
    const { o, knoppen, tabelBron } = this;
    o.melding.wis();
    toon(zoek("reeks-controle"), false);
    await this.bijwerken();
    const k = gekozenBron(tabelBron, this.keuzes);
    if (!k) {
      veldFout(tabelBron, "Kies het blad met Tabel 1.");
      o.melding.toon("error", "Kies een blad", "Kies eerst een blad met Tabel 1; er is niets toegevoegd.", knoppen.voegToe);
      return;
    }
    veldFout(tabelBron, null);
    o.voortgang.begin(knoppen.voegToe);
    const bereik = await this.stroom.lees(k.bron, leesMet(o.voortgang, `${k.label} lezen`));
    const c = puntUitBlad(bereik, this.punten());
    if (!c.ok) return this.toonFouten(c.fouten);
    this.eigen.push(c.punt);
    this.wisNodig();
    this.vulWie();
    this.toonReeks();
    o.melding.toon(
      "success",
      "Kwartaal toegevoegd",
      `${c.punt.moment} uit ${c.punt.bron} staat nu in de reeks als eigen invoer (realisatie ${nl(Math.round(c.punt.realisatieBanen?.toNumber() ?? 0))} van ${nl(Math.round(c.punt.doelBanen?.toNumber() ?? 0))} banen). Er is niets geschreven.`,
      knoppen.voegToe,
    );
  }

  /** Why the sheet gave no quarter: the cells listed with "Ga naar cel". */
  private toonFouten(fouten: BanenFout[]): void {
    toon(zoek("reeks-controle"), true);
    toonControleFouten(
      zoek("reeks-controle-uitkomst"),
      zoek("reeks-fouten"),
      fouten,
      {
        veldVan: () => null,
        naExcel: "Kies een ander blad, of verbeter het in Excel, en kies opnieuw Kwartaal toevoegen.",
        naVelden: "",
      },
      this.o.excel,
      this.o.melding,
    );
  }

  /** The series of the chosen ministry (or the Rijk) with its notes to a new sheet, with a chart where Excel can. */
  private async schrijf(): Promise<void> {
    const { o, knoppen } = this;
    o.melding.wis();
    await this.bijwerken();
    const r = this.reeks();
    o.voortgang.begin(knoppen.maak);
    const uit = await this.stroom.schrijf(
      maakReeksPlan(r, this.gekozenWie(), this.noten()),
      schrijfMet(o.voortgang, "De reeks naar een nieuw blad schrijven"),
    );
    o.melding.toon(
      "success",
      "Reeks geschreven",
      `De reeks (${nl(r.length)} momenten) staat op het nieuwe blad "${uit.blad}"${uit.grafiek ? ", met een grafiek van de realisatie %" : uit.grafiekOvergeslagen ? "; deze versie van Excel kan er geen grafiek bij maken" : ""}. Bestaande bladen zijn niet veranderd.`,
      knoppen.maak,
    );
  }
}

function zinMetHoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
