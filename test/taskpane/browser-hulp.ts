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
import { WORTEL, alsExcelWaarden, leesCsv } from "./hulp";

const DIST = path.join(WORTEL, "dist");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;
const NEP_HOST = fs.readFileSync(path.join(__dirname, "fake-excel-host.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
};

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
export function browserOmgeving(): { openPane: (werkmap: string, opties?: { donker?: boolean }) => Promise<Pane> } {
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
  async function openPane(werkmap: string, opties: { donker?: boolean } = {}): Promise<Pane> {
    const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, colorScheme: opties.donker ? "dark" : "light" });
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
  return (await p.page.locator("#controle-samenvatting").textContent()) ?? "";
}

/** The message at the top of the pane once it shows. */
export async function meldingNa(page: Page): Promise<{ intent: string | null; tekst: string }> {
  await zichtbaar(page, "melding");
  return {
    intent: await page.locator("#melding-balk").getAttribute("intent"),
    tekst: (await page.locator("#melding-tekst").textContent()) ?? "",
  };
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
