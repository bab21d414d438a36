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
  const stroom = new ReeksStroom(o.excel);
  let bron: ReeksBron | null = null;
  const eigen: ReeksPunt[] = [];
  let keuzes: BronKeuze[] = [];
  let nodig: string[] = [];
  const wie = zoek<FluentDropdown>("reeks-wie");
  const tabelBron = zoek<FluentDropdown>("reeks-bron");
  const tot = zoek<FluentWaarde>("reeks-tot");
  const knoppen = { bereken: zoek("reeks-bereken"), voegToe: zoek("reeks-voeg-toe"), maak: zoek("reeks-maak") };
  void labelDropdown(wie, "reeks-wie-label");

  const punten = (): ReeksPunt[] => [...(bron?.punten ?? []), ...eigen];
  const gekozenWie = (): string => dropdownWaarde(wie) ?? RIJK;
  const noten = (): string[] => [...(gekozenWie() === RIJK && bron ? seedNoten(bron.seed) : []), ...nodig];

  function vulWie(): void {
    const namen = [RIJK, ...ministeriesIn(punten())];
    const nu = gekozenWie();
    vulDropdown(
      wie,
      namen.map((n) => ({ waarde: n, label: n === RIJK ? "Rijk (Totaal Rijk)" : n })),
      namen.includes(nu) ? nu : RIJK,
    );
  }

  function reeks(): ReeksRij[] {
    return reeksVan(punten(), gekozenWie());
  }

  function toonReeks(): void {
    const r = reeks();
    const naam = gekozenWie() === RIJK ? "het Rijk" : gekozenWie();
    const raster = reeksRaster(r, gekozenWie(), noten());
    vervangInhoud(
      zoek("reeks-grafiek"),
      reeksGrafiekVan(r, `Staafdiagram: realisatie % van het doel per moment, ${naam}. De tabel hieronder heeft de getallen.`),
    );
    vulHtmlTabel(zoek<HTMLTableElement>("reeks-tabel"), raster);
    vervangInhoud(zoek("reeks-noten"), ...raster.voetnoten.map((v) => maak("li", {}, v)));
    toon(zoek("reeks-laden"), false);
  }

  async function laad(): Promise<void> {
    if (!bron) {
      bron = await laadReeksBron(haal);
      vulWie();
      toonReeks();
    }
    keuzes = await stroom.keuzes();
    vulBronnen(tabelBron, keuzes, gekozenBron(tabelBron, keuzes)?.waarde ?? keuzes.at(-1)?.waarde ?? null);
    toon(zoek("reeks-geen-tabel1"), keuzes.length === 0);
  }
  const bijwerken = volgBronnen("tab-vergelijking", [[tabelBron, "reeks-bron-label"]], laad, (e) =>
    o.melding.toon("error", "Reeks niet geladen", foutTekst(e), zoek("kop-reeks")),
  );

  wie.addEventListener("change", () => {
    nodig = [];
    vervangInhoud(zoek("reeks-nodig"));
    toonReeks();
  });
  tot.addEventListener("input", () => {
    if (tot.classList.contains("ongeldig")) veldFout(tot, null);
  });
  knoppen.bereken.addEventListener("click", () => void o.actie(knoppen.bereken, async () => bereken()));
  knoppen.voegToe.addEventListener("click", () => void o.actie(knoppen.voegToe, () => voegToe()));
  knoppen.maak.addEventListener("click", () => void o.actie(knoppen.maak, () => schrijf()));

  function bereken(): void {
    o.melding.wis();
    veldFout(tot, null);
    try {
      const jaar = leesJaar(tot.value ?? "", { veld: "jaar" });
      nodig = benodigdZinnen(benodigdPerJaar(reeks(), jaar));
    } catch (e) {
      nodig = [];
      vervangInhoud(zoek("reeks-nodig"));
      veldFout(tot, e instanceof BanenFout ? zinMetHoofdletter(e.kern) : foutTekst(e));
      tot.focus();
      return;
    }
    vervangInhoud(zoek("reeks-nodig"), ...nodig.map((z) => maak("li", {}, z)));
    toonReeks();
  }

  async function voegToe(): Promise<void> {
    o.melding.wis();
    toon(zoek("reeks-controle"), false);
    await bijwerken();
    const k = gekozenBron(tabelBron, keuzes);
    if (!k) {
      veldFout(tabelBron, "Kies het blad met Tabel 1.");
      o.melding.toon("error", "Kies een blad", "Kies eerst een blad met Tabel 1; er is niets toegevoegd.", knoppen.voegToe);
      return;
    }
    veldFout(tabelBron, null);
    o.voortgang.begin(knoppen.voegToe);
    const bereik = await stroom.lees(k.bron, leesMet(o.voortgang, `${k.label} lezen`));
    const c = puntUitBlad(bereik, punten());
    if (!c.ok) {
      toon(zoek("reeks-controle"), true);
      toonControleFouten(
        zoek("reeks-controle-uitkomst"),
        zoek("reeks-fouten"),
        c.fouten,
        {
          veldVan: () => null,
          naExcel: "Kies een ander blad, of verbeter het in Excel, en kies opnieuw Kwartaal toevoegen.",
          naVelden: "",
        },
        o.excel,
        o.melding,
      );
      return;
    }
    eigen.push(c.punt);
    nodig = [];
    vervangInhoud(zoek("reeks-nodig"));
    vulWie();
    toonReeks();
    o.melding.toon(
      "success",
      "Kwartaal toegevoegd",
      `${c.punt.moment} uit ${c.punt.bron} staat nu in de reeks als eigen invoer (realisatie ${nl(Math.round(c.punt.realisatieBanen?.toNumber() ?? 0))} van ${nl(Math.round(c.punt.doelBanen?.toNumber() ?? 0))} banen). Er is niets geschreven.`,
      knoppen.voegToe,
    );
  }

  async function schrijf(): Promise<void> {
    o.melding.wis();
    await bijwerken();
    const r = reeks();
    o.voortgang.begin(knoppen.maak);
    const uit = await stroom.schrijf(
      maakReeksPlan(r, gekozenWie(), noten()),
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
