/**
 * The Tabel 1 view: wires the four steps of taskpane.html to the flow
 * (stroom.ts). Step 2 and later are shown only when the step before them is
 * done; changing an earlier choice hides what depends on it, so the user can
 * never write a table from input that was not checked.
 */
import { type Afronding, doelRecordRegels, type Leesverslag, naastQuotumRegels, type Tabel1, type Tabel1Invoer } from "../core";
import { documentRegels } from "./regels-instelling";
import {
  Melding,
  Voortgang,
  dropdownWaarde,
  eenTegelijk,
  labelDropdown,
  nl,
  toonControleFouten,
  vulDropdown,
  zetDropdown,
  type FluentDropdown,
  type FluentWaarde,
} from "./bediening";
import { gekozenBron, vulBronnen } from "./bronkeuze";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { ExcelToegang, GelezenBereik } from "./excel-toegang";
import type { Herkenning, Kolomkeuze, Toewijzing, Vorm } from "../core/invoer/invoer";
import { Tabel1Stroom, controleer, kwartaalUitNaam, type BronKeuze } from "./stroom";
import type { GrafiekSoort } from "./uitvoer-plan";

const GEEN_KOLOM = "-";

interface Toestand {
  keuzes: BronKeuze[];
  hoofd: GelezenBereik | null;
  herkenning: Herkenning | null;
  fte: GelezenBereik | null;
  fteKeuze: Kolomkeuze | null;
  /** Input that passed every check; the only thing "Tabel 1 maken" writes. */
  gecontroleerd: Tabel1Invoer | null;
  /** The reading reports of the last check, for the note on the written sheet. */
  verslagen?: Leesverslag[];
  kwartaalAutomatisch: boolean;
}

export function startTabel1(excel: ExcelToegang, melding: Melding): { vernieuw: () => Promise<void> } {
  const stroom = new Tabel1Stroom(excel);
  const voortgang = new Voortgang();
  const t: Toestand = {
    keuzes: [],
    hoofd: null,
    herkenning: null,
    fte: null,
    fteKeuze: null,
    gecontroleerd: null,
    kwartaalAutomatisch: true,
  };

  const bron = zoek<FluentDropdown>("bron");
  const fteBron = zoek<FluentDropdown>("fte-bron");
  const kwartaal = zoek<FluentWaarde>("kwartaal");
  const vorm = zoek<FluentWaarde>("vorm");
  const afronding = zoek<FluentWaarde>("afronding");
  const decimaalteken = zoek<FluentWaarde>("decimaalteken");
  const grafiek = zoek<FluentWaarde>("grafiek");
  const knoppen = ["vernieuw", "lees", "controleer", "opnieuw", "maak"].map((id) => zoek(id));
  const stapKolommen = zoek("stap-kolommen");
  const stapControle = zoek("stap-controle");
  const stapUitvoer = zoek("stap-uitvoer");
  void labelDropdown(bron, "bron-label");
  void labelDropdown(fteBron, "fte-bron-label");

  /** Runs one user action: one at a time, buttons disabled meanwhile, every failure shown in the pane. */
  const actie = eenTegelijk(
    () => knoppen,
    melding,
    () => voortgang.stop(),
  );

  const vanafStap = (stap: 2 | 3 | 4) => {
    t.gecontroleerd = null;
    if (stap <= 2) {
      toon(stapKolommen, false);
      t.hoofd = null;
    }
    if (stap <= 3) toon(stapControle, false);
    toon(stapUitvoer, false);
  };

  async function vernieuw(): Promise<void> {
    const vorige = dropdownWaarde(bron);
    const vorigeFte = dropdownWaarde(fteBron);
    t.keuzes = await stroom.keuzes();
    vulBronnen(bron, t.keuzes, vorige);
    vulBronnen(fteBron, t.keuzes, vorigeFte);
    if (t.keuzes.length === 0)
      melding.toon(
        "info",
        "Deze werkmap heeft nog geen gegevens. Zet ze op een blad (met kolomkoppen in de eerste rij) en kies Lijst vernieuwen.",
      );
  }

  const keuze = (dropdown: FluentDropdown) => gekozenBron(dropdown, t.keuzes);

  bron.addEventListener("change", () => {
    vanafStap(2);
    const k = keuze(bron);
    const gevonden = k ? kwartaalUitNaam(k.label) : null;
    if (gevonden && (t.kwartaalAutomatisch || !kwartaal.value)) {
      kwartaal.value = gevonden;
      t.kwartaalAutomatisch = true;
    }
  });
  kwartaal.addEventListener("input", () => {
    t.kwartaalAutomatisch = false;
    vanafStap(3);
  });

  zoek("vernieuw").addEventListener("click", () => void actie(vernieuw));

  zoek("lees").addEventListener(
    "click",
    () =>
      void actie(async () => {
        melding.wis();
        vanafStap(2);
        const k = keuze(bron);
        if (!k) {
          melding.toon("error", "Kies eerst bij Gegevens waar de gegevens staan.");
          bron.focus();
          return;
        }
        const { bereik, herkenning } = await stroom.leesHoofd(k.bron, voortgang.start("Gegevens lezen:"));
        t.hoofd = bereik;
        t.herkenning = herkenning;
        const gekozen: Vorm = herkenning.vorm ?? "ministeries";
        vorm.value = gekozen;
        toonVorm(gekozen);
        zoek("vorm-uitleg").textContent = herkenning.vorm
          ? `${bereik.adres}: ${nl(bereik.rijen.length)} rijen. Herkend als ${gekozen === "personen" ? "één rij per medewerker" : "één rij per ministerie"}; controleer de kolommen en pas ze zo nodig aan.`
          : `${bereik.adres}: ${nl(bereik.rijen.length)} rijen. De soort invoer is niet herkend aan de kolomkoppen; kies hem en wijs de kolommen aan.`;
        toon(stapKolommen, true);
        if (gekozen === "personen") await kiesFteBronAutomatisch();
        zoek("kop-kolommen").focus?.();
      }),
  );

  vorm.addEventListener("change", () => {
    vanafStap(3);
    toonVorm((vorm.value as Vorm) || "ministeries");
  });

  function toonVorm(v: Vorm): void {
    if (!t.herkenning) return;
    toonKolommen(zoek("kolommen"), "kolom", t.herkenning.per[v]);
    toon(zoek("fte-keuze"), v === "personen");
    if (v === "personen" && !dropdownWaarde(fteBron)) void actie(kiesFteBronAutomatisch);
  }

  /** For person rows: a table or sheet whose name mentions fte, other than the person data itself. */
  async function kiesFteBronAutomatisch(): Promise<void> {
    if (dropdownWaarde(fteBron)) return;
    const hoofdWaarde = dropdownWaarde(bron);
    const kandidaat = t.keuzes.find((k) => k.waarde !== hoofdWaarde && k.waarde !== "selectie" && /fte/i.test(k.label));
    if (!kandidaat) return;
    zetDropdown(fteBron, kandidaat.waarde);
    await leesFte();
  }

  async function leesFte(): Promise<void> {
    const k = keuze(fteBron);
    t.fte = null;
    t.fteKeuze = null;
    vervangInhoud(zoek("fte-kolommen"));
    if (!k) return;
    const { bereik, herkenning } = await stroom.leesFte(k.bron, voortgang.start("Fte lezen:"));
    t.fte = bereik;
    t.fteKeuze = herkenning.per.ministeries;
    toonKolommen(zoek("fte-kolommen"), "fte-kolom", t.fteKeuze);
  }

  fteBron.addEventListener("change", () => {
    vanafStap(3);
    void actie(leesFte);
  });

  const gekozenToewijzing = (container: string, keuze: Kolomkeuze): Toewijzing =>
    Object.fromEntries(
      keuze.velden.map((v) => {
        const d = zoek(container).querySelector<FluentDropdown>(`fluent-dropdown[data-veld="${CSS.escape(v.sleutel)}"]`);
        const w = d ? dropdownWaarde(d) : null;
        return [v.sleutel, w === null || w === GEEN_KOLOM ? null : Number(w)];
      }),
    );

  async function controleerNu(opnieuwLezen: boolean): Promise<void> {
    melding.wis();
    vanafStap(3);
    if (!t.hoofd || !t.herkenning) return;
    const v = ((vorm.value as Vorm) || "ministeries") as Vorm;
    const toewijzing = gekozenToewijzing("kolommen", t.herkenning.per[v]);
    const fteToewijzing = v === "personen" && t.fteKeuze ? gekozenToewijzing("fte-kolommen", t.fteKeuze) : null;
    if (opnieuwLezen) {
      const k = keuze(bron);
      if (!k) throw new Error("geen bron");
      t.hoofd = (await stroom.leesHoofd(k.bron, voortgang.start("Opnieuw lezen:"))).bereik;
      const f = keuze(fteBron);
      if (v === "personen" && f) t.fte = (await stroom.leesFte(f.bron, voortgang.start("Fte opnieuw lezen:"))).bereik;
    }
    if (v === "personen" && !t.fte) {
      melding.toon("error", "Kies bij Fte per ministerie de tabel of het blad met het aantal fte per ministerie.");
      fteBron.focus();
      return;
    }
    const uitkomst = controleer({
      kwartaal: kwartaal.value.trim(),
      vorm: v,
      hoofd: t.hoofd,
      toewijzing,
      fte: v === "personen" ? t.fte : null,
      fteToewijzing,
      ...(decimaalteken.value === "," || decimaalteken.value === "." ? { decimaalteken: decimaalteken.value } : {}),
      doel: {
        basis: zoek<FluentWaarde>("basis").value || "rijk",
        doelstatus: zoek<FluentWaarde>("doelstatus").value || "voorlopig",
        ftePeildatum: (zoek<FluentWaarde>("fte-peildatum").value ?? "").trim(),
        eigenRegels: documentRegels(),
      },
    });
    const samenvatting = zoek("controle-samenvatting");
    toon(stapControle, true);
    if (uitkomst.ok) {
      t.gecontroleerd = uitkomst.invoer;
      t.verslagen = uitkomst.verslagen;
      samenvatting.textContent = `Geen fouten gevonden. ${uitkomst.samenvatting}`;
      vervangInhoud(zoek("fouten"));
      toonDoel(uitkomst.tabel);
      toon(stapUitvoer, true);
    } else {
      toonControleFouten(
        samenvatting,
        zoek("fouten"),
        uitkomst.fouten,
        "Verbeter de gegevens in Excel en kies Opnieuw lezen en controleren.",
        excel,
        melding,
      );
    }
    samenvatting.focus();
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
  // A changed doel choice needs a new check: what was checked is no longer what would be written.
  for (const id of ["basis", "doelstatus", "fte-peildatum"]) {
    zoek(id).addEventListener(id === "fte-peildatum" ? "input" : "change", () => vanafStap(3));
  }
  zoek("inclusief-sroi").addEventListener("change", (e) => {
    zoek("naast-quotum").hidden = !((e.currentTarget as HTMLElement & { checked?: boolean }).checked ?? false);
  });

  zoek("controleer").addEventListener("click", () => void actie(() => controleerNu(false)));
  zoek("opnieuw").addEventListener("click", () => void actie(() => controleerNu(true)));
  afronding.addEventListener("change", () => melding.wis());

  zoek("maak").addEventListener(
    "click",
    () =>
      void actie(async () => {
        melding.wis();
        if (!t.gecontroleerd) {
          melding.toon("error", "Controleer de gegevens eerst (stap 3); er is niets geschreven.");
          return;
        }
        const uit = await stroom.maak(
          t.gecontroleerd,
          ((afronding.value as Afronding) || "per-cel") as Afronding,
          ((grafiek.value as GrafiekSoort) || "realisatie") as GrafiekSoort,
          t.verslagen ?? [],
        );
        melding.toon(
          "success",
          `Tabel 1 ${uit.tabel1.kwartaal} staat op het nieuwe blad "${uit.blad}" (tabel ${uit.tabel}, ${nl(uit.tabel1.rijen.length)} ministeries${uit.grafiek ? ", met grafiek" : ""}). Bestaande bladen zijn niet veranderd.${nietOndersteund(uit)}`,
        );
      }),
  );

  return { vernieuw: () => actie(vernieuw) };
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

/** One labelled dropdown per field, with every column of the header row to choose from. */
function toonKolommen(container: HTMLElement, voorvoegsel: string, keuze: Kolomkeuze): void {
  const opties = [{ waarde: GEEN_KOLOM, label: "(geen)" }, ...keuze.kolommen.map((k, i) => ({ waarde: String(i), label: k }))];
  const regels = keuze.velden.flatMap((v) => {
    const id = `${voorvoegsel}-${v.sleutel.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const label = maak("label", { id: `${id}-label`, for: id }, v.label + (v.verplicht ? " *" : ""));
    const dropdown = maak("fluent-dropdown", { id, "data-veld": v.sleutel }, maak("fluent-listbox")) as FluentDropdown;
    const gekozen = keuze.toewijzing[v.sleutel];
    vulDropdown(dropdown, opties, gekozen === null || gekozen === undefined ? GEEN_KOLOM : String(gekozen));
    void labelDropdown(dropdown, `${id}-label`);
    return [label, dropdown];
  });
  vervangInhoud(
    container,
    ...regels,
    maak("p", { class: "herkend" }, "* verplicht. De kolommen zijn herkend aan de kolomkoppen; kies een andere kolom als dat nodig is."),
  );
}
