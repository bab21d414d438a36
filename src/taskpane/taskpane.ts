/**
 * Entry of the task pane (dist/taskpane.js). Waits for Office, defines the
 * Fluent components, follows the Office theme and starts the views. Nothing
 * here touches Excel directly: that is excel-toegang.ts.
 */
import { Melding, foutTekst } from "./bediening";
import { zoek } from "./dom";
import { maakExcelToegang } from "./excel-toegang";
import { definieerFluent, zetFluentThema } from "./fluent";
import { isDonker, type OfficeThema } from "./thema";
import { startTabel1 } from "./weergave-tabel1";
import { startFinanciering } from "./weergave-financiering";
import { startVergelijking } from "./weergave-vergelijking";
import { startRegels } from "./weergave-regels";

function officeThema(): OfficeThema | undefined {
  try {
    return (globalThis as { Office?: { context?: { officeTheme?: OfficeThema } } }).Office?.context?.officeTheme;
  } catch {
    return undefined;
  }
}

function volgThema(): void {
  const voorkeur = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  zetFluentThema(isDonker(officeThema(), voorkeur?.matches ?? false));
}

/** The tabs switch between the views; the tablist handles the arrow keys. */
function startTabs(): void {
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
  tabs.addEventListener("change", toonPaneel);
  toonPaneel();
}

async function start(): Promise<void> {
  definieerFluent();
  volgThema();
  const melding = new Melding();
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office) {
    melding.toon("error", "Office is niet geladen. Open dit taakvenster vanuit Excel (Start > Banenafspraak).");
    return;
  }
  await office.onReady();
  volgThema();
  startTabs();
  const excel = maakExcelToegang();
  const tabel1 = startTabel1(excel, melding);
  startFinanciering(excel, melding);
  startVergelijking(excel, melding);
  startRegels(melding);
  await tabel1.vernieuw();
}

start().catch((e: unknown) => {
  try {
    new Melding().toon("error", foutTekst(e));
  } catch {
    // Without the message area there is nowhere else to say it.
  }
});
