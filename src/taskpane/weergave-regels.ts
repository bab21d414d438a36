/** The Regels tab: record a quotumpercentage for a new year with its source (regels-instelling.ts), and list what is recorded. */
import { quotumTekst, quotumVoor } from "../core";
import { foutTekst, type FluentWaarde } from "./bediening";
import type { Melding } from "./bericht";
import { maak, vervangInhoud, zoek } from "./dom";
import { documentRegels, legVast } from "./regels-instelling";

export function startRegels(melding: Melding): void {
  const lijst = zoek("regels-lijst");
  const toonLijst = () => {
    try {
      const regels = documentRegels();
      vervangInhoud(lijst);
      if (regels.length === 0) lijst.append(maak("li", {}, "Nog niets vastgelegd; voor 2023 en 2024 geldt het gepubliceerde percentage."));
      for (const r of regels) lijst.append(maak("li", {}, `${r.jaar}: ${quotumTekst(quotumVoor(r.jaar, regels))}`));
    } catch (e) {
      melding.toon("error", "Niet gelukt", foutTekst(e), zoek("regel-vastleggen"));
    }
  };
  zoek("regel-vastleggen").addEventListener("click", () => {
    const waarde = (id: string) => (zoek<FluentWaarde>(id).value ?? "").trim();
    legVast(waarde("regel-jaar"), waarde("regel-percentage"), waarde("regel-bron"))
      .then((regels) => {
        const jaar = Number(waarde("regel-jaar"));
        melding.toon(
          "success",
          "Vastgelegd",
          `Vastgelegd in deze werkmap: quotumpercentage ${jaar} ${quotumTekst(quotumVoor(jaar, regels))}.`,
          zoek("regel-vastleggen"),
        );
        toonLijst();
      })
      .catch((e: unknown) => melding.toon("error", "Niet gelukt", foutTekst(e), zoek("regel-vastleggen")));
  });
  toonLijst();
}
