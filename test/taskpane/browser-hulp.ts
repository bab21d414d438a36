/**
 * Shared helpers for the browser tests of the BUILT task pane (dist/, from
 * `npm run build`) in headless Chromium with the fake Excel host
 * (fake-excel-host.js) served in place of office.js: a local server for
 * dist/, the browser, a pane with a prepared workbook that records every
 * request leaving 127.0.0.1, CSP violations and page errors, and the user
 * steps the views share.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { leesAdres } from "../../src/taskpane/adres";
import { WORTEL, alsExcelWaarden, eerderKwartaalTabel, leesCsv } from "./hulp";

/** The built pane; BANEN_DIST points at another build (e.g. an older one, to see a test fail on the old behaviour). */
const DIST = process.env.BANEN_DIST ? path.resolve(process.env.BANEN_DIST) : path.join(WORTEL, "dist");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;
const NEP_HOST = fs.readFileSync(path.join(__dirname, "fake-excel-host.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".csv": "text/csv",
};
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Pane {
  page: Page;
  /** Every request to anything but the local server (aborted). */
  extern: string[];
  paginafouten: string[];
  csp: () => Promise<string[]>;
  /** Runs JS against the fake host (`nep` in scope) and returns its value. */
  nep: <T>(code: string) => Promise<T>;
  sluit: () => Promise<void>;
}

/** Starts the server and the browser for the test file (beforeAll/afterAll); returns how to open a pane. */
export interface PaneOpties {
  donker?: boolean;
  /** Viewport width in CSS px (Office: 320 on Windows, 350 on the web, 280 narrow); default 380. */
  breedte?: number;
  hoogte?: number;
  /** Windows high contrast (forced colors). */
  hoogContrast?: boolean;
  /** Keep "Zo werkt het" hidden, as after the first run. */
  zonderKaart?: boolean;
}

export function browserOmgeving(): { openPane: (werkmap: string, opties?: PaneOpties) => Promise<Pane> } {
  let server: http.Server;
  let basis: string;
  let browser: Browser;

  beforeAll(async () => {
    for (const bestand of ["taskpane.html", "taskpane.js", "taskpane.css"]) {
      if (!fs.existsSync(path.join(DIST, bestand))) {
        throw new Error(
          `dist/${bestand} ontbreekt: de browsertest gebruikt het gebouwde taakvenster. Bouw eerst met \`npm run build\` (npm test doet dat vóór jest).`,
        );
      }
    }
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} ontbreekt: installeer Debian's chromium (apt-get install chromium); npm test doet dat via scripts/vereisten-test.js.`,
      );
    }
    server = http.createServer((vraag, antwoord) => {
      const bestand = path.normalize(path.join(DIST, decodeURIComponent((vraag.url ?? "/").split("?")[0]!)));
      if (!bestand.startsWith(DIST + path.sep) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) {
        antwoord.writeHead(404).end();
        return;
      }
      antwoord.writeHead(200, { "content-type": `${TYPES[path.extname(bestand)] ?? "application/octet-stream"}; charset=utf-8` });
      fs.createReadStream(bestand).pipe(antwoord);
    });
    await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((klaar) => server?.close(klaar));
  });

  /** Opens the built pane with a workbook prepared by `werkmap` (JS run after the fake host, with `nep` in scope). */
  async function openPane(werkmap: string, opties: PaneOpties = {}): Promise<Pane> {
    const context = await browser.newContext({
      viewport: { width: opties.breedte ?? 380, height: opties.hoogte ?? 1000 },
      colorScheme: opties.donker ? "dark" : "light",
      forcedColors: opties.hoogContrast ? "active" : "none",
    });
    if (opties.zonderKaart) await context.addInitScript(() => localStorage.setItem("banenafspraak.zoWerktHet.verborgen", "ja"));
    const page = await context.newPage();
    const extern: string[] = [];
    const paginafouten: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (OFFICE_JS.test(url) && url.endsWith("office.js")) {
        return route.fulfill({
          contentType: "text/javascript",
          body: `${NEP_HOST}\n;(function (nep) {\n${werkmap}\n})(window.__nepExcel);`,
        });
      }
      if (!url.startsWith(`${basis}/`)) {
        extern.push(url);
        return route.abort();
      }
      return route.continue();
    });
    page.on("pageerror", (e) => paginafouten.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") paginafouten.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${basis}/taskpane.html`);
    // The pane lists the workbook's sources once Office is ready.
    await page.waitForFunction(() => document.querySelectorAll("#bron-lijst fluent-option").length > 0);
    return {
      page,
      extern,
      paginafouten,
      csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      nep: (code) => page.evaluate(`(function (nep) { return ${code}; })(window.__nepExcel)`),
      sluit: () => context.close(),
    };
  }

  return { openPane };
}

/**
 * Where a screenshot goes: test-output/ (ignored by git), so that a test run
 * leaves the working tree clean; docs/ only when BANEN_SCHERMAFDRUKKEN=docs
 * (`npm run schermafdrukken`), to refresh the screenshots in the manual.
 */
export function schermafdrukPad(naam: string): string {
  const map = process.env.BANEN_SCHERMAFDRUKKEN === "docs" ? path.join(WORTEL, "docs") : path.join(WORTEL, "test-output");
  fs.mkdirSync(map, { recursive: true });
  return path.join(map, naam);
}

/** JS for the fake host: a sheet with a sample CSV's cells as Dutch Excel holds them. */
export function csvBlad(naam: string, bestand: string): string {
  return `nep.laadBlad(${JSON.stringify(naam)}, ${JSON.stringify(alsExcelWaarden(leesCsv(bestand)))});`;
}

export async function kies(page: Page, dropdown: string, optie: RegExp): Promise<void> {
  await page.locator(`#${dropdown} [slot="control"]`).click();
  await page.locator(`#${dropdown} fluent-option`).filter({ hasText: optie }).first().click();
}

export async function zichtbaar(page: Page, id: string): Promise<void> {
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    return !!el && !el.hidden && !el.closest("[hidden]");
  }, id);
}

/** Steps 1–3 of the Tabel 1 view for the person-level sample: source, quarter, read, columns, fte table, check. */
export async function leesEnControleer(p: Pane, kwartaal = "2023Q2"): Promise<string> {
  await kies(p.page, "bron", /^Blad Personen/);
  await p.page.locator("#kwartaal input").fill(kwartaal);
  await p.page.locator("#lees").click();
  await zichtbaar(p.page, "stap-kolommen");
  await p.page.waitForFunction(() => document.querySelectorAll("#fte-kolommen fluent-dropdown").length > 0);
  await p.page.locator("#controleer").click();
  await zichtbaar(p.page, "stap-controle");
  return (await p.page.locator("#controle-uitkomst .bericht-inhoud").textContent()) ?? "";
}

/** The pane's message once it shows (next to the action that caused it): intent, title and text. */
export async function meldingNa(page: Page): Promise<{ intent: string | null; titel: string; tekst: string }> {
  await zichtbaar(page, "melding");
  return {
    intent: await page.locator("#melding fluent-message-bar").getAttribute("intent"),
    titel: (await page.locator("#melding .titel").textContent()) ?? "",
    tekst: (await page.locator("#melding .tekst").textContent()) ?? "",
  };
}

/** The items of an error list without the text of their buttons ("Ga naar cel", "Naar het veld"). */
export async function foutItems(page: Page, lijst: string): Promise<string[]> {
  return page.locator(`#${lijst} li`).evaluateAll((items) =>
    items.map((li) =>
      Array.from(li.childNodes)
        .filter((n) => !(n instanceof Element && n.tagName === "FLUENT-BUTTON"))
        .map((n) => n.textContent)
        .join(""),
    ),
  );
}

/**
 * axe-core on the page as it is: the violations, except the documented false positives below.
 * - aria-allowed-attr and aria-prohibited-attr on <fluent-radio>: Fluent 3.1 gives its radios the
 *   role radio through ElementInternals (radio.js: `this.elementInternals.role = 'radio'`), which
 *   axe-core does not read, so it judges aria-posinset/-setsize/-labelledby on an element without
 *   a role. Chromium's accessibility tree has them as named radios: `rollen` below checks that, so
 *   the exception holds only while every fluent-radio is a radio there.
 */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const uitkomst = await page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    return a.run(document, { resultTypes: ["violations"] });
  });
  const radios = await page.locator("fluent-radio").evaluateAll((r) => r.filter((x) => !x.closest("[hidden]")).length);
  const radiosInBoom = (await rollen(page)).filter((r) => r.rol === "radio" && r.naam).length;
  const vals = (id: string, html: string) =>
    (id === "aria-allowed-attr" || id === "aria-prohibited-attr") && html.startsWith("<fluent-radio") && radiosInBoom >= radios;
  return uitkomst.violations.flatMap((v) =>
    v.nodes
      .filter((n) => !vals(v.id, (n as { html?: string }).html ?? ""))
      .map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`.trim()),
  );
}

/** Roles and names in Chromium's accessibility tree (not ignored nodes). */
export async function rollen(page: Page): Promise<Array<{ rol: string; naam: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
  };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ rol: n.role?.value ?? "", naam: (n.name?.value ?? "").trim() }));
}

/** The element that has focus (through shadow roots): its id, or its host's id, and its text. */
export async function focus(page: Page): Promise<{ id: string; tekst: string; in: string[] }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = (n: Element | null): Element | null =>
      n && n.getRootNode() instanceof ShadowRoot ? (n.getRootNode() as ShadowRoot).host : n;
    const h = host(el);
    const ketting: string[] = [];
    for (let x: Element | null = h; x; x = x.parentElement) if (x.id) ketting.push(x.id);
    return { id: h?.id ?? "", tekst: (h?.textContent ?? "").trim(), in: ketting };
  });
}

/** Controls without an accessible name in Chromium's accessibility tree (buttons, comboboxes, text boxes, radios). */
export async function naamlozeBedieningen(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
  };
  return nodes
    .filter((n) => !n.ignored && ["button", "combobox", "textbox", "radio"].includes(n.role?.value ?? "") && !(n.name?.value ?? "").trim())
    .map((n) => n.role?.value ?? "");
}

/** The cells of Tabel 1 2023Q1 as the pane writes them (without chart), as rows from A1 for nep.laadBlad. */
export function tabel1Q1(): unknown[][] {
  const plan = maakUitvoerPlan(eerderKwartaalTabel(), { grafiek: "geen" });
  const cellen: unknown[][] = [];
  const zet = (rij: number, kolom: number, w: unknown) => ((cellen[rij] ??= [])[kolom] = w);
  for (const b of plan.blokken) {
    const a = leesAdres(b.adres);
    b.waarden.forEach((r, i) => r.forEach((w, k) => zet(a.rij + i, a.kolom + k, w)));
  }
  const t = leesAdres(plan.tabel.adres);
  plan.tabel.totaalrij.forEach((w, k) => zet(t.rij + t.rijen, k, w));
  return Array.from(cellen, (r) => Array.from(r ?? [], (w) => w ?? ""));
}
