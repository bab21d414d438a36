/**
 * Entry of the task pane (dist/taskpane.js). Waits for Office, defines the
 * Fluent components, follows the Office theme (also when it changes) and
 * starts the views. Nothing here touches Excel directly: that is excel-toegang.ts.
 */
import { Voortgang, eenTegelijk, foutTekst } from "./bediening";
import { Melding } from "./bericht";
import { zoek } from "./dom";
import { startEersteKeer } from "./eerste-keer";
import { maakExcelToegang } from "./excel-toegang";
import { definieerFluent, zetFluentThema } from "./fluent";
import { isDonker, type OfficeThema } from "./thema";
import { startTabel1 } from "./weergave-tabel1";
import { startFinanciering } from "./weergave-financiering";
import { startVergelijking } from "./weergave-vergelijking";
import { startReeks } from "./weergave-reeks";
import { startRegels } from "./weergave-regels";
import type { Omgeving } from "./weergave-basis";

type OfficeGlobaal = {
  context?: { officeTheme?: OfficeThema; document?: { addHandlerAsync?: (soort: unknown, f: () => void, klaar?: () => void) => void } };
  EventType?: Record<string, unknown>;
};

function office(): OfficeGlobaal | undefined {
  return (globalThis as { Office?: OfficeGlobaal }).Office;
}

function officeThema(): OfficeThema | undefined {
  try {
    return office()?.context?.officeTheme;
  } catch {
    return undefined;
  }
}

const voorkeur = () => (typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null);

function volgThema(): void {
  zetFluentThema(isDonker(officeThema(), voorkeur()?.matches ?? false));
}

/**
 * Office.context.officeTheme is read when the pane starts. Excel has no theme event for task panes
 * (OfficeThemeChanged is documented for Outlook, Mailbox 1.14): where the host offers it we listen,
 * and otherwise read the theme again when the pane becomes visible or gets focus, and when the
 * system's light/dark preference changes (Excel on the web and the WebView follow it).
 */
function volgThemaWijzigingen(): void {
  const o = office();
  const soort = o?.EventType?.OfficeThemeChanged;
  try {
    if (soort && o?.context?.document?.addHandlerAsync) o.context.document.addHandlerAsync(soort, volgThema);
  } catch {
    // Not supported in this host: the other triggers below cover it.
  }
  voorkeur()?.addEventListener?.("change", volgThema);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") volgThema();
  });
  window.addEventListener("focus", volgThema);
}

/** The tabs switch between the views; a switch clears the message (it belonged to the other view). */
function startTabs(melding: Melding): void {
  const tabs = zoek("weergaven") as HTMLElement & { activeid?: string };
  const panelen: Record<string, string> = {
    "tab-tabel1": "paneel-tabel1",
    "tab-financiering": "paneel-financiering",
    "tab-vergelijking": "paneel-vergelijking",
    "tab-regels": "paneel-regels",
  };
  const toonPaneel = () => {
    const actief = tabs.activeid ?? tabs.getAttribute("activeid") ?? "tab-tabel1";
    for (const [tab, paneel] of Object.entries(panelen)) zoek(paneel).hidden = tab !== actief;
  };
  tabs.addEventListener("change", () => {
    melding.wis();
    toonPaneel();
  });
  toonPaneel();
}

async function start(): Promise<void> {
  definieerFluent();
  volgThema();
  const melding = new Melding();
  const o = office();
  if (!o || !(o as { onReady?: unknown }).onReady) {
    melding.toon("error", "Office ontbreekt", "Office is niet geladen. Open dit taakvenster vanuit Excel (Start > Banenafspraak).");
    return;
  }
  await (o as unknown as typeof Office).onReady();
  volgThema();
  volgThemaWijzigingen();
  startTabs(melding);
  const voortgang = new Voortgang();
  const omgeving: Omgeving = { excel: maakExcelToegang(), melding, voortgang, actie: eenTegelijk(melding, voortgang) };
  const tabel1 = startTabel1(omgeving);
  startFinanciering(omgeving);
  startVergelijking(omgeving);
  startReeks(omgeving);
  startEersteKeer(omgeving, tabel1.kiesBron);
  startRegels(melding);
  await tabel1.vernieuw();
}

start().catch((e: unknown) => {
  try {
    new Melding().toon("error", "Niet gelukt", foutTekst(e));
  } catch {
    // Without the message area there is nowhere else to say it.
  }
});
