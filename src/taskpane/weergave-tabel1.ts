/**
 * The Tabel 1 view: wires the four steps of taskpane.html to the flow
 * (stroom.ts, with the shared skeleton's progress: stroom-skelet.ts). Step 2
 * and later are shown only when the step before them is done; changing an
 * earlier choice hides what depends on it and clears the message, so the user
 * can never write a table from input that was not checked. Step 3 shows the
 * errors in row order with the way to each (a field here or a cell in Excel),
 * or the reading report with a checkbox per warning; step 4 writes.
 */
import {
  type Afronding,
  type BanenFout,
  doelRecordRegels,
  type EigenRegels,
  type Leesverslag,
  naastQuotumRegels,
  type Tabel1,
  type Tabel1Invoer,
} from "../core";
import { documentRegels } from "./regels-instelling";
import type { Herkenning, InvoerHerkomst, Kolomkeuze, Vorm } from "../core/invoer/invoer";
import { dropdownWaarde, kiesRadio, nl, veldFout, wisVeldFouten, zetDropdown, type FluentDropdown, type FluentWaarde } from "./bediening";
import { toonControleFouten, toonControleGeslaagd, toonTeBevestigen } from "./controle-weergave";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { GelezenBereik } from "./excel-toegang";
import { Tabel1Stroom, controleer, kwartaalUitNaam, quotumBekend, type BronKeuze, type Controle, type ControleVraag } from "./stroom";
import { leesMet, schrijfMet } from "./stroom-skelet";
import { gekozenToewijzing, kolomVeld, toonKolommen } from "./tabel1-kolommen";
import type { GrafiekSoort } from "./uitvoer-plan";
import { VerslagWeergave } from "./verslag-weergave";
import { HerkomstWeergave } from "./weergave-herkomst";
import { gekozenBron, volgBronnen, vulBronnen, type Omgeving } from "./weergave-basis";

export function startTabel1(o: Omgeving): { vernieuw: () => Promise<void>; kiesBron: (waarde: string) => Promise<void> } {
  return new Tabel1Weergave(o).start();
}

class Tabel1Weergave {
  private readonly stroom: Tabel1Stroom;
  private keuzes: BronKeuze[] = [];
  private hoofd: GelezenBereik | null = null;
  private herkenning: Herkenning | null = null;
  private fte: GelezenBereik | null = null;
  private fteKeuze: Kolomkeuze | null = null;
  /** Input that passed every check; the only thing "Tabel 1 maken" writes. */
  private gecontroleerd: Tabel1Invoer | null = null;
  private kwartaalAutomatisch = true;
  private readonly bron = zoek<FluentDropdown>("bron");
  private readonly fteBron = zoek<FluentDropdown>("fte-bron");
  private readonly kwartaal = zoek<FluentWaarde>("kwartaal");
  private readonly naarRegels = zoek("quotum-naar-regels");
  private readonly vorm = zoek<FluentWaarde>("vorm");
  private readonly verslag = new VerslagWeergave((codes) => {
    this.bevestigd = codes;
    this.o.melding.wis();
  });
  /** Codes of the reader's warnings the user ticked in step 3. */
  private bevestigd: string[] = [];
  /** The reading reports of the last check, for the note on the written sheet. */
  private verslagen: Leesverslag[] = [];
  /** The last check's question: "Tabel 1 maken" checks it again with the ticked warnings. */
  private vraag: ControleVraag | null = null;
  private bijwerken: () => Promise<void> = async () => undefined;
  /** Which rows went into which figure, from the last clean check (issue 17). */
  private herkomst: InvoerHerkomst | null = null;
  /** Step 5, once Tabel 1 is written. */
  private readonly herkomstWeergave: HerkomstWeergave;

  constructor(private readonly o: Omgeving) {
    this.stroom = new Tabel1Stroom(o.excel);
    this.herkomstWeergave = new HerkomstWeergave(o);
  }

  start(): { vernieuw: () => Promise<void>; kiesBron: (waarde: string) => Promise<void> } {
    this.bijwerken = volgBronnen(
      "tab-tabel1",
      [
        [this.bron, "bron-label"],
        [this.fteBron, "fte-bron-label"],
      ],
      () => this.vernieuw(),
      () => undefined,
    );
    this.bron.addEventListener("change", () => this.bronGekozen());
    this.kwartaal.addEventListener("input", () => this.kwartaalGewijzigd());
    this.naarRegels.addEventListener("click", () => naarRegels(this.kwartaalTekst()));
    // Back from the Regels tab with a recorded percentage: the question may be answered.
    zoek("weergaven").addEventListener("change", () => this.toonQuotum());
    this.vorm.addEventListener("change", () => {
      this.vanafStap(3);
      this.toonVorm((this.vorm.value as Vorm) || "ministeries");
    });
    this.fteBron.addEventListener("change", () => {
      this.vanafStap(3);
      void this.o.actie(this.fteBron, () => this.leesFte());
    });
    const knop = (id: string, werk: () => Promise<void>) => zoek(id).addEventListener("click", () => void this.o.actie(zoek(id), werk));
    knop("lees", () => this.lees());
    knop("controleer", () => this.controleer(false));
    knop("opnieuw", () => this.controleer(true));
    knop("maak", () => this.maak());
    for (const id of ["afronding", "grafiek"]) zoek(id).addEventListener("change", () => this.o.melding.wis());
    // A changed doel choice needs a new check: what was checked is no longer what would be written.
    for (const id of ["basis", "doelstatus", "fte-peildatum", "decimaalteken"]) {
      zoek(id).addEventListener(id === "fte-peildatum" ? "input" : "change", () => {
        this.o.melding.wis();
        this.vanafStap(3);
      });
    }
    zoek("inclusief-sroi").addEventListener("change", (e) => {
      zoek("naast-quotum").hidden = !((e.currentTarget as HTMLElement & { checked?: boolean }).checked ?? false);
    });
    return {
      vernieuw: () => this.bijwerken(),
      kiesBron: async (waarde) => {
        await this.bijwerken();
        zetDropdown(this.bron, waarde);
        this.bronGekozen();
      },
    };
  }

  private async vernieuw(): Promise<void> {
    this.keuzes = await this.stroom.keuzes();
    vulBronnen(this.bron, this.keuzes);
    vulBronnen(this.fteBron, this.keuzes);
  }

  private keuze(dropdown: FluentDropdown): BronKeuze | null {
    return gekozenBron(dropdown, this.keuzes);
  }

  /** Hides the steps from `stap` on: what was checked no longer holds. */
  private vanafStap(stap: 2 | 3 | 4): void {
    this.gecontroleerd = null;
    this.vraag = null;
    if (stap <= 2) {
      toon(zoek("stap-kolommen"), false);
      this.hoofd = null;
    }
    if (stap <= 3) {
      toon(zoek("stap-controle"), false);
      // A tick acknowledges the warnings shown; a new check shows them anew.
      this.verslag.wis();
      this.bevestigd = [];
    }
    toon(zoek("stap-uitvoer"), false);
    this.herkomstWeergave.verberg();
  }

  /** Fluent's text input has value undefined until typed in. */
  private kwartaalTekst(): string {
    return (this.kwartaal.value ?? "").trim();
  }

  private bronGekozen(): void {
    this.o.melding.wis();
    veldFout(this.bron, null);
    this.vanafStap(2);
    const k = this.keuze(this.bron);
    const gevonden = k ? kwartaalUitNaam(k.label) : null;
    if (gevonden && (this.kwartaalAutomatisch || !this.kwartaalTekst())) {
      this.kwartaal.value = gevonden;
      this.kwartaalAutomatisch = true;
      this.toonQuotum();
    }
  }

  /** A changed quarter or quotum: the check no longer holds, and no message about the old one stays. */
  private kwartaalGewijzigd(): void {
    this.kwartaalAutomatisch = false;
    this.o.melding.wis();
    veldFout(this.kwartaal, null);
    this.vanafStap(3);
    this.toonQuotum();
  }

  /** The way to the Regels tab, only for a year without a published or recorded quotumpercentage. */
  private toonQuotum(): void {
    const nodig = !quotumBekend(this.kwartaalTekst(), veiligeRegels());
    zoek("quotum-uitleg").textContent = nodig
      ? `Voor ${this.kwartaalTekst().slice(0, 4)} is geen quotumpercentage gepubliceerd en in deze werkmap is er geen vastgelegd. ` +
        "Leg het percentage met zijn bron één keer vast onder Regels; het doel gebruikt het dan, met die bron."
      : "";
    toon(zoek("quotum-vraag"), nodig);
  }

  private async lees(): Promise<void> {
    this.o.melding.wis();
    this.vanafStap(2);
    await this.bijwerken();
    const k = this.keuze(this.bron);
    if (!k) {
      veldFout(this.bron, "Kies waar de gegevens staan.");
      this.o.melding.toon("error", "Kies de gegevens", "Kies eerst bij Gegevens waar de gegevens staan.", zoek("lees"));
      return;
    }
    this.o.voortgang.begin(zoek("lees"));
    const { bereik, herkenning } = await this.stroom.leesHoofd(k.bron, leesMet(this.o.voortgang, `Gegevens lezen uit ${k.label}`));
    this.hoofd = bereik;
    this.herkenning = herkenning;
    const gekozen: Vorm = herkenning.vorm ?? "ministeries";
    kiesRadio(this.vorm, gekozen);
    this.toonVorm(gekozen);
    const vorm = gekozen === "personen" ? "één rij per medewerker" : "één rij per ministerie";
    zoek("vorm-uitleg").textContent = `${bereik.adres}: ${nl(bereik.rijen.length)} ${bereik.rijen.length === 1 ? "rij" : "rijen"}. ${
      herkenning.vorm
        ? `Herkend als ${vorm}; controleer de kolommen en pas ze zo nodig aan.`
        : "De soort invoer is niet herkend aan de kolomkoppen; kies hem en wijs de kolommen aan."
    }`;
    toon(zoek("stap-kolommen"), true);
    if (gekozen === "personen") await this.kiesFteBronAutomatisch();
    zoek("kop-kolommen").focus();
  }

  private toonVorm(v: Vorm): void {
    if (!this.herkenning) return;
    toonKolommen(zoek("kolommen"), "kolom", this.herkenning.per[v]);
    toon(zoek("fte-keuze"), v === "personen");
    if (this.herkenning.vorm && this.herkenning.vorm !== v) {
      zoek("vorm-uitleg").textContent =
        `${this.hoofd?.adres ?? ""}: gekozen als ${v === "personen" ? "één rij per medewerker" : "één rij per ministerie"}; wijs de kolommen aan.`;
    }
    if (v === "personen" && !dropdownWaarde(this.fteBron)) void this.o.actie(this.fteBron, () => this.kiesFteBronAutomatisch());
  }

  /** For person rows: a table or sheet whose name mentions fte, other than the person data itself. */
  private async kiesFteBronAutomatisch(): Promise<void> {
    if (dropdownWaarde(this.fteBron)) return;
    const hoofdWaarde = dropdownWaarde(this.bron);
    const kandidaat = this.keuzes.find((k) => k.waarde !== hoofdWaarde && k.waarde !== "selectie" && /fte/i.test(k.label));
    if (!kandidaat) return;
    zetDropdown(this.fteBron, kandidaat.waarde);
    await this.leesFte();
  }

  private async leesFte(): Promise<void> {
    const k = this.keuze(this.fteBron);
    this.fte = null;
    this.fteKeuze = null;
    veldFout(this.fteBron, null);
    vervangInhoud(zoek("fte-kolommen"));
    if (!k) return;
    this.o.voortgang.begin(this.fteBron);
    const { bereik, herkenning } = await this.stroom.leesFte(k.bron, leesMet(this.o.voortgang, `Fte lezen uit ${k.label}`));
    this.fte = bereik;
    this.fteKeuze = herkenning.per.ministeries;
    toonKolommen(zoek("fte-kolommen"), "fte-kolom", this.fteKeuze);
  }

  private async controleer(opnieuwLezen: boolean): Promise<void> {
    const knop = zoek(opnieuwLezen ? "opnieuw" : "controleer");
    this.o.melding.wis();
    this.vanafStap(3);
    wisVeldFouten(zoek("paneel-tabel1"));
    if (!this.hoofd || !this.herkenning) return;
    const v = ((this.vorm.value as Vorm) || "ministeries") as Vorm;
    const toewijzing = gekozenToewijzing("kolommen", this.herkenning.per[v]);
    const fteToewijzing = v === "personen" && this.fteKeuze ? gekozenToewijzing("fte-kolommen", this.fteKeuze) : null;
    if (opnieuwLezen) await this.leesOpnieuw(knop, v);
    if (v === "personen" && !this.fte) {
      veldFout(this.fteBron, "Kies de tabel of het blad met het aantal fte per ministerie.");
      this.o.melding.toon(
        "error",
        "Fte-tabel ontbreekt",
        "Een lijst per medewerker heeft een fte-tabel nodig: kies bij Fte per ministerie de tabel of het blad met fte.",
        knop,
      );
      return;
    }
    this.vraag = {
      kwartaal: this.kwartaalTekst(),
      vorm: v,
      hoofd: this.hoofd,
      toewijzing,
      fte: v === "personen" ? this.fte : null,
      fteToewijzing,
      bevestigd: this.bevestigd,
      ...this.leesKeuzes(),
    };
    this.toonUitkomst(controleer(this.vraag));
  }

  /** The decimal mark and the doel's choices (issue 18) as the check takes them. */
  private leesKeuzes(): Pick<ControleVraag, "decimaalteken" | "doel"> {
    const teken = zoek<FluentWaarde>("decimaalteken").value;
    return {
      ...(teken === "," || teken === "." ? { decimaalteken: teken } : {}),
      doel: {
        basis: zoek<FluentWaarde>("basis").value || "rijk",
        doelstatus: zoek<FluentWaarde>("doelstatus").value || "voorlopig",
        ftePeildatum: (zoek<FluentWaarde>("fte-peildatum").value ?? "").trim(),
        eigenRegels: documentRegels(),
      },
    };
  }

  private async leesOpnieuw(knop: HTMLElement, v: Vorm): Promise<void> {
    const k = this.keuze(this.bron);
    if (!k) throw new Error("geen bron");
    this.o.voortgang.begin(knop);
    this.hoofd = (await this.stroom.leesHoofd(k.bron, leesMet(this.o.voortgang, `Opnieuw lezen uit ${k.label}`))).bereik;
    const f = this.keuze(this.fteBron);
    if (v === "personen" && f)
      this.fte = (await this.stroom.leesFte(f.bron, leesMet(this.o.voortgang, `Fte opnieuw lezen uit ${f.label}`))).bereik;
  }

  /**
   * The outcome in step 3. Warnings not yet acknowledged (WAARSCHUWING_NIET_BEVESTIGD) are no errors
   * to fix but questions: each has its checkbox under the report, and step 4 is offered; "Tabel 1
   * maken" checks again with the ticked codes. Any other error stops at step 3.
   */
  private toonUitkomst(uitkomst: Controle): void {
    toon(zoek("stap-controle"), true);
    this.verslag.toon(uitkomst.verslagen);
    const fouten = uitkomst.ok ? [] : uitkomst.fouten.filter((f) => f.code !== "WAARSCHUWING_NIET_BEVESTIGD");
    if (!uitkomst.ok && fouten.length === 0) {
      toonTeBevestigen(zoek("controle-uitkomst"), zoek("fouten"), this.verslag.aantal, " en vink ze aan; dan kan Tabel 1 gemaakt worden.");
      toon(zoek("stap-uitvoer"), true);
      return;
    }
    if (!uitkomst.ok) {
      toonControleFouten(
        zoek("controle-uitkomst"),
        zoek("fouten"),
        fouten,
        {
          veldVan: (f) => this.veldVan(f),
          naVelden: "Verbeter de gemarkeerde velden in het taakvenster en kies opnieuw Controleren.",
          naExcel: "Verbeter de gegevens in Excel (Ga naar cel) en kies Opnieuw lezen en controleren.",
        },
        this.o.excel,
        this.o.melding,
      );
      return;
    }
    this.gecontroleerd = uitkomst.invoer;
    this.verslagen = uitkomst.verslagen;
    this.herkomst = uitkomst.herkomst ?? null;
    toonDoel(uitkomst.tabel);
    toonControleGeslaagd(zoek("controle-uitkomst"), zoek("fouten"), "Geen fouten gevonden", uitkomst.samenvatting);
    toon(zoek("stap-uitvoer"), true);
  }

  /** The pane's field an error is about: the quarter, the quotum, a column (not assigned), the fte table; else null (Excel). */
  private veldVan(f: BanenFout): HTMLElement | null {
    const veld = f.plaats.veld;
    if (veld === "kwartaal" && !f.plaats.blad) return this.kwartaal;
    if ((veld === "jaar" || veld === "quotumjaar" || veld === "quotumpercentage") && !f.plaats.blad) {
      this.toonQuotum();
      return this.naarRegels;
    }
    if (f.code === "ONTBREKENDE_KOLOM") {
      if (f.params.kolom === "fte" && !this.fte) return this.fteBron;
      return kolomVeld(String(f.params.kolom ?? ""));
    }
    return null;
  }

  private async maak(): Promise<void> {
    const knop = zoek("maak");
    this.o.melding.wis();
    if (this.verslag.eersteOnbevestigd()) {
      this.o.melding.toon(
        "warning",
        "Bevestig de waarschuwingen",
        "Vink in stap 3 elke waarschuwing aan die u gecontroleerd hebt; er is niets geschreven.",
        knop,
      );
      return;
    }
    if (!this.gecontroleerd && this.vraag) {
      // Checked again with the acknowledged warnings: only a clean check writes.
      const opnieuw = controleer({ ...this.vraag, bevestigd: this.bevestigd });
      if (!opnieuw.ok) return this.toonUitkomst(opnieuw);
      this.gecontroleerd = opnieuw.invoer;
      this.verslagen = opnieuw.verslagen;
      this.herkomst = opnieuw.herkomst ?? null;
    }
    if (!this.gecontroleerd) {
      this.o.melding.toon("error", "Eerst controleren", "Controleer de gegevens eerst (stap 3); er is niets geschreven.", knop);
      return;
    }
    this.o.voortgang.begin(knop);
    const uit = await this.stroom.maak(
      this.gecontroleerd,
      ((zoek<FluentWaarde>("afronding").value as Afronding) || "per-cel") as Afronding,
      ((zoek<FluentWaarde>("grafiek").value as GrafiekSoort) || "realisatie") as GrafiekSoort,
      schrijfMet(this.o.voortgang, "Tabel 1 naar een nieuw blad schrijven"),
      this.verslagen,
    );
    this.toonHerkomst(uit.tabel1, uit.blad);
    this.o.melding.toon(
      "success",
      "Tabel 1 gemaakt",
      `Tabel 1 ${uit.tabel1.kwartaal} staat op het nieuwe blad "${uit.blad}" (tabel ${uit.tabel}, ${nl(uit.tabel1.rijen.length)} ministeries${uit.grafiek ? ", met grafiek" : ""}). Bestaande bladen zijn niet veranderd.${nietOndersteund(uit)}`,
      knop,
    );
  }

  /** Step 5: the herkomst of the table just written, with where each sheet's rows were read. */
  private toonHerkomst(tabel: Tabel1, blad: string): void {
    if (!this.gecontroleerd || !this.hoofd) return;
    const vorm = (b: GelezenBereik) => ({ blad: b.blad, kolomIndex: b.kolomIndex, breedte: b.koppen.length });
    this.herkomstWeergave.toon({
      bron: { tabel, invoer: this.gecontroleerd, ...(this.herkomst ? { herkomst: this.herkomst } : {}) },
      hoofd: vorm(this.hoofd),
      fte: this.fte && this.herkomst?.fte ? vorm(this.fte) : null,
      tabel1Blad: blad,
    });
  }
}

/** What this Excel could not do (older API version), so the user knows what to do by hand. */
function nietOndersteund(uit: { grafiekOvergeslagen: boolean; afdruk: boolean }): string {
  const zinnen: string[] = [];
  if (uit.grafiekOvergeslagen)
    zinnen.push(" Deze Excel-versie kan geen grafiek maken via een invoegtoepassing (ExcelApi 1.8 ontbreekt); de tabel is er wel.");
  if (!uit.afdruk)
    zinnen.push(
      " Deze Excel-versie kan de pagina-instelling niet zetten (ExcelApi 1.9 ontbreekt): kies zelf staand A4, 1 pagina breed en het afdrukbereik.",
    );
  return zinnen.join("");
}

/** The doel record (status, fte, basis, percentage with source, exceptions, what to check) and the side figure behind its checkbox. */
function toonDoel(tabel: Tabel1): void {
  const lijst = zoek("doel-record");
  vervangInhoud(lijst);
  for (const regel of doelRecordRegels(tabel.doelgrondslag)) lijst.append(maak("li", {}, regel));
  const naast = zoek("naast-quotum");
  vervangInhoud(naast);
  const regels = tabel.naastQuotum
    ? naastQuotumRegels(tabel.naastQuotum)
    : ["De invoer heeft geen rijen via SROI, inkoop of de Groeituin."];
  for (const regel of regels) naast.append(maak("li", {}, regel));
  naast.hidden = !(zoek<HTMLElement & { checked?: boolean }>("inclusief-sroi").checked ?? false);
}

/** The recorded percentages; none when the workbook's settings cannot be read (the check reports that itself). */
function veiligeRegels(): EigenRegels {
  try {
    return documentRegels();
  } catch {
    return [];
  }
}

/** Opens the Regels tab with the year filled in and the percentage field focused. */
function naarRegels(kwartaal: string): void {
  const tabs = zoek("weergaven") as HTMLElement & { activeid?: string };
  zoek<FluentWaarde>("regel-jaar").value = kwartaal.slice(0, 4);
  tabs.activeid = "tab-regels";
  tabs.setAttribute("activeid", "tab-regels");
  tabs.dispatchEvent(new Event("change"));
  requestAnimationFrame(() => zoek("regel-percentage").focus());
}
