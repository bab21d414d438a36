/**
 * User text is never HTML in the BUILT task pane (headless Chromium, fake
 * Excel host; the shared helpers of test/taskpane/browser-hulp.ts). Hostile
 * text goes everywhere the pane shows or writes user text: a sheet name (the
 * source dropdown, the summary), column headers (the column dropdowns),
 * ministry names (the error list, the written cells, the financing view) and
 * cell values (the error list). After each step: no <img>/<script> element
 * was made, window.__xss stays undefined, the text is there as text, no
 * request left 127.0.0.1, no Content-Security-Policy violation, no page error.
 * (test/taskpane/browser.test.ts checks one hostile name in the error list.)
 */
import { browserOmgeving, kies, meldingNa, type Pane, zichtbaar } from "../taskpane/browser-hulp";

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = '"><script>window.__xss=2</script>';
const SVG = "<svg onload=window.__xss=3>";
const HYPERLINK = '=HYPERLINK("https://x.invalid/?"&A1;"klik")';
/** A sheet name Excel allows (31 characters, none of []:*?/\). */
const BLAD = "<img src=x onerror=__xss=4>";
/** A header the pane lists in every column dropdown. */
const KOP = `${SVG} formeel`;

/** No element made from user text, no script run, nothing sent, no policy broken. */
async function veilig(p: Pane): Promise<void> {
  const dom = await p.page.evaluate(() => {
    // Shadow roots of the Fluent components too: user text could end up there.
    const alle: Element[] = [];
    const loop = (wortel: Document | ShadowRoot) => {
      for (const el of Array.from(wortel.querySelectorAll("*"))) {
        alle.push(el);
        if (el.shadowRoot) loop(el.shadowRoot);
      }
    };
    loop(document);
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      img: alle.filter((e) => e.tagName === "IMG").length,
      svgMetOnload: alle.filter((e) => e.hasAttribute("onload") || e.hasAttribute("onerror")).length,
      inlineScript: alle.filter((e) => e.tagName === "SCRIPT" && !e.hasAttribute("src")).length,
    };
  });
  expect(dom).toEqual({ xss: undefined, img: 0, svgMetOnload: 0, inlineScript: 0 });
  expect(p.extern).toEqual([]);
  expect(await p.csp()).toEqual([]);
  expect(p.paginafouten).toEqual([]);
}

/** Text of the page including the Fluent components' slotted text. */
const tekst = (p: Pane) => p.page.evaluate(() => document.body.textContent ?? "");

function werkmap(rijen: unknown[][]): string {
  return `nep.laadBlad(${JSON.stringify(BLAD)}, ${JSON.stringify(rijen)}); nep.laadBlad("Eigen werk", [["niet aankomen"]]);`;
}

const KOPPEN = ["ministerie", "fte", KOP.replace(" formeel", "") + " x", "formeel uren", "binnenwerk uren", "inleen uren"];

describe("hostile user text in the task pane stays text", () => {
  test("sheet name, headers and ministry names through a whole Tabel 1 and the financing view", async () => {
    const p = await openPane(
      werkmap([KOPPEN, [IMG, 100, "", 10, 2, 0], [SCRIPT, 200, "", 20, 0, 3], [HYPERLINK, 300, "", 0, 5, 1], ["AZ", 485, "", 116, 102, 0]]),
    );
    try {
      // 1. The sheet name in the source dropdown.
      await kies(p.page, "bron", /^Blad <img/);
      await p.page.locator("#kwartaal input").fill("2023Q2");
      expect(await tekst(p)).toContain(`Blad ${BLAD}`);
      await veilig(p);

      // 2. Headers in every column dropdown, the sheet name in the summary.
      await p.page.locator("#lees").click();
      await zichtbaar(p.page, "stap-kolommen");
      expect(await p.page.locator("#kolommen fluent-option").allTextContents()).toContain(`C: ${KOPPEN[2]}`);
      expect(await p.page.locator("#vorm-uitleg").textContent()).toContain(BLAD);
      await veilig(p);

      // 3. Check and write: names go to the new sheet as text (a formula-like name with the text format).
      await p.page.locator("#controleer").click();
      await zichtbaar(p.page, "stap-controle");
      // The hostile names are unknown ministries: warnings shown as text, each acknowledged with its checkbox, no errors.
      expect(await p.page.locator("#controle-uitkomst fluent-message-bar").getAttribute("intent")).toBe("warning");
      const vinkjes = p.page.locator("#waarschuwingen fluent-checkbox");
      expect(await vinkjes.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await vinkjes.count()); i++) await vinkjes.nth(i).click();
      await veilig(p);
      await p.page.locator("#maak").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("success");
      const blad = await p.nep<{ waarden: unknown[][]; formaten: string[][] }>('nep.blad("Tabel 1 2023Q2")');
      const namen = blad.waarden.map((r) => r[0]);
      expect(namen).toEqual(expect.arrayContaining([IMG, SCRIPT, HYPERLINK]));
      const rij = namen.indexOf(HYPERLINK);
      expect(blad.formaten[rij]![0]).toBe("@");
      await veilig(p);

      // 4. The financing view reads that sheet: the names in its summary and list, as text.
      await p.page.locator("#tab-financiering").click();
      await zichtbaar(p.page, "paneel-financiering");
      await p.page.waitForFunction(() =>
        Array.from(document.querySelectorAll("#fin-bron-lijst fluent-option")).some((o) =>
          /^Blad Tabel 1 2023Q2/.test(o.textContent ?? ""),
        ),
      );
      await p.page.locator("#fin-kosten input").fill("45.000");
      await p.page.locator("#fin-budget input").fill("15.000.000");
      await p.page.locator("#fin-maak").click();
      await meldingNa(p.page);
      const nu = await tekst(p);
      expect(nu).toContain(BLAD);
      await veilig(p);
    } finally {
      await p.sluit();
    }
  });

  test("hostile values and names in the error list: duplicates, a value in a number cell, a header without a unit", async () => {
    const p = await openPane(
      werkmap([
        ["ministerie", "fte", `${IMG} uren`, "formeel uren", "binnenwerk uren", "inleen uren", "inleen"],
        [IMG, 100, 1, SCRIPT, 2, 0, 0],
        [IMG, 200, 1, 20, 2, 3, 0],
        [SCRIPT, 300, 1, 0, SVG, 1, 0],
      ]),
    );
    try {
      await kies(p.page, "bron", /^Blad <img/);
      await p.page.locator("#kwartaal input").fill(`2023Q2${SCRIPT}`);
      await p.page.locator("#lees").click();
      await zichtbaar(p.page, "stap-kolommen");
      await p.page.locator("#controleer").click();
      await zichtbaar(p.page, "stap-controle");
      const fouten = (await p.page.locator("#fouten li").allTextContents()).join("\n");
      expect(fouten).toContain(`"${IMG}" komt dubbel voor`);
      expect(fouten).toContain(`"${SCRIPT}" is geen getal`);
      expect(fouten).toContain(`"${SVG}" is geen getal`);
      expect(fouten).toContain(`${SCRIPT}" is geen kwartaal`);
      expect(await p.page.locator("#stap-uitvoer").isHidden()).toBe(true);
      await veilig(p);
    } finally {
      await p.sluit();
    }
  });

  test("the checks can fail: text put in as HTML (what the pane never does) is caught", async () => {
    const p = await openPane(werkmap([KOPPEN, ["AZ", 485, "", 116, 102, 0]]));
    try {
      await veilig(p);
      await p.page.evaluate((html) => {
        document.getElementById("fouten")!.innerHTML = `<li>${html}</li>`;
      }, IMG);
      await expect(veilig(p)).rejects.toThrow();
      // And even then the Content-Security-Policy stops the handler: the second line of defence.
      await p.page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
      expect(await p.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect((await p.csp()).join(" ")).toMatch(/script-src/);
    } finally {
      await p.sluit();
    }
  });
});
