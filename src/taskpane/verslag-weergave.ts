/**
 * The reading report (core/invoer/leesverslag.ts) in step 3 of the Tabel 1
 * view (and in the financing view), before anything is written: what was read and decided, in the same
 * lines as the CLI, and every warning that must be acknowledged with its own
 * checkbox (the pane's counterpart of the CLI's --accepteer CODE). Tabel 1 is
 * made only when every warning is ticked: the ticked codes go to the reader
 * (maakInvoer's `bevestigd`), which checks again before anything is written.
 */
import { verslagRegels, type Leesverslag, type Waarschuwing } from "../core";
import { maak, toon, vervangInhoud, zoek } from "./dom";

type Vinkje = HTMLElement & { checked: boolean };

/** The elements of one view's report (taskpane.html), and what is made once every warning is ticked. */
export interface VerslagPlek {
  /** The section, shown when there is something to report. */
  verslag: string;
  regels: string;
  waarschuwingen: string;
  /** Prefix of the checkboxes' ids, unique in the pane. */
  voorvoegsel: string;
  /** "Tabel 1", "de financiering": in "Controleer en bevestig voordat … gemaakt wordt". */
  wat: string;
}

/** The Tabel 1 view's report (step 3). */
export const TABEL1_VERSLAG: VerslagPlek = {
  verslag: "verslag",
  regels: "verslag-regels",
  waarschuwingen: "waarschuwingen",
  voorvoegsel: "waarschuwing",
  wat: "Tabel 1",
};

export class VerslagWeergave {
  private waarschuwingen: Array<{ w: Waarschuwing; vinkje: Vinkje }> = [];

  constructor(
    private readonly bijWijziging: (bevestigd: string[]) => void,
    private readonly plek: VerslagPlek = TABEL1_VERSLAG,
  ) {}

  toon(verslagen: readonly Leesverslag[]): void {
    const regels = verslagen.flatMap((v) => verslagRegels({ ...v, waarschuwingen: [] }));
    vervangInhoud(zoek(this.plek.regels), ...regels.map((r) => maak("li", {}, r.replace(/^- /, ""))));
    this.waarschuwingen = verslagen.flatMap((v) => v.waarschuwingen).map((w, i) => ({ w, vinkje: this.vinkje(w, i) }));
    vervangInhoud(
      zoek(this.plek.waarschuwingen),
      ...(this.waarschuwingen.length
        ? [maak("p", { class: "veldlabel" }, `Controleer en bevestig voordat ${this.plek.wat} gemaakt wordt:`)]
        : []),
      ...this.waarschuwingen.map(({ vinkje }) => vinkje.closest("fluent-field") as HTMLElement),
    );
    toon(zoek(this.plek.verslag), regels.length > 0 || this.waarschuwingen.length > 0);
  }

  wis(): void {
    this.waarschuwingen = [];
    vervangInhoud(zoek(this.plek.regels));
    vervangInhoud(zoek(this.plek.waarschuwingen));
    toon(zoek(this.plek.verslag), false);
  }

  /** The first warning not yet ticked, or null when all are (or there are none). */
  eersteOnbevestigd(): Vinkje | null {
    return this.waarschuwingen.find(({ vinkje }) => !vinkje.checked)?.vinkje ?? null;
  }

  /** The codes the user acknowledged (each once). */
  bevestigd(): string[] {
    return [...new Set(this.waarschuwingen.filter(({ vinkje }) => vinkje.checked).map(({ w }) => w.code))];
  }

  get aantal(): number {
    return this.waarschuwingen.length;
  }

  private vinkje(w: Waarschuwing, i: number): Vinkje {
    const id = `${this.plek.voorvoegsel}-${i}`;
    const vinkje = maak("fluent-checkbox", { id, slot: "input", "data-code": w.code }) as Vinkje;
    const tekst = `${w.tekst}${w.plaats ? ` (${w.plaats})` : ""} Ik heb dit gecontroleerd.`;
    maak("fluent-field", { "label-position": "after" }, maak("label", { slot: "label", for: id }, tekst), vinkje);
    vinkje.checked = w.bevestigd;
    vinkje.addEventListener("change", () => this.bijWijziging(this.bevestigd()));
    return vinkje;
  }
}
