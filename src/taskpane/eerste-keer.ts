/**
 * The first-run card on the Tabel 1 tab: "Zo werkt het" in four lines, the
 * manual (handleiding.html, shipped with the pane), and "Probeer met
 * voorbeeldgegevens", which adds the synthetic sample as new sheets and
 * chooses it as the source. Shown until the user hides it (remembered in the
 * pane's localStorage, which Office keeps per add-in).
 */
import { zoek, toon } from "./dom";
import { schrijfMet } from "./stroom-skelet";
import { haalVanAddIn, voegVoorbeeldToe } from "./voorbeeld";
import type { Omgeving } from "./weergave-basis";

const VERBORGEN = "banenafspraak.zoWerktHet.verborgen";

function onthouden(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function startEersteKeer(o: Omgeving, kiesBron: (waarde: string) => Promise<void>): void {
  const kaart = zoek("eerste-keer");
  toon(kaart, onthouden()?.getItem(VERBORGEN) !== "ja");
  zoek("zo-verberg").addEventListener("click", () => {
    onthouden()?.setItem(VERBORGEN, "ja");
    toon(kaart, false);
    zoek("kop-invoer").setAttribute("tabindex", "-1");
    zoek("kop-invoer").focus();
  });
  const knop = zoek("voorbeeld");
  knop.addEventListener(
    "click",
    () =>
      void o.actie(knop, async () => {
        o.melding.wis();
        o.voortgang.begin(knop);
        const gemaakt = await voegVoorbeeldToe(o.excel, haalVanAddIn, (v) =>
          schrijfMet(o.voortgang, `Voorbeeld op het nieuwe blad "${v.bladnaam}" zetten`),
        );
        await kiesBron(`tabel:${gemaakt[0]!.tabel}`);
        o.melding.toon(
          "success",
          "Voorbeeldgegevens toegevoegd",
          `Synthetische gegevens (geen echte personen) staan op de nieuwe bladen ${gemaakt.map((g) => `"${g.blad}"`).join(" en ")} en zijn gekozen bij Gegevens. Kies nu Gegevens lezen.`,
          knop,
        );
      }),
  );
}
