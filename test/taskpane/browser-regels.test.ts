/**
 * One place records a quotumpercentage, with its source: the Regels tab. The
 * built pane in headless Chromium with the fake host (its document settings
 * follow Office.Settings: get, set, saveAsync). A quarter of a year without a
 * published percentage sends the user there by keyboard; once recorded, the
 * Tabel 1 step no longer asks and the doel uses the recorded percentage.
 */
import { axe, browserOmgeving, csvBlad, kies, leesEnControleer, meldingNa, zichtbaar } from "./browser-hulp";

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();

describe("quotumpercentage for a year without a published one", () => {
  test("the Tabel 1 step sends the user to Regels; recorded there with its source, Tabel 1 uses it", async () => {
    const p = await openPane(`${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte 2031Q1", "fte-2023Q1.csv")}`);
    const { page } = p;
    try {
      await kies(page, "bron", /^Blad Personen/);
      await page.locator("#kwartaal input").fill("2031Q2");
      await zichtbaar(page, "quotum-vraag");
      expect(await page.locator("#quotum-uitleg").textContent()).toMatch(/Voor 2031 is geen quotumpercentage gepubliceerd/);
      expect(await page.locator("#quotum").count()).toBe(0); // no second, source-less field
      expect(await axe(page)).toEqual([]);

      // By keyboard: the button opens the Regels tab with the year filled in and the percentage focused.
      await page.locator("#quotum-naar-regels").focus();
      await page.keyboard.press("Enter");
      await zichtbaar(page, "paneel-regels");
      expect(await page.locator("#regel-jaar input").inputValue()).toBe("2031");
      await page.waitForFunction(() => document.activeElement?.closest("#regel-percentage") !== null);
      await page.keyboard.type("2,76%");
      await page.locator("#regel-bron input").fill("Kamerbrief (voorbeeld voor de test)");
      await page.locator("#regel-vastleggen").click();
      expect(await meldingNa(page)).toMatchObject({ intent: "success", titel: "Gelukt: Vastgelegd" });
      const opgeslagen = await p.nep<{ opgeslagen: Record<string, string>; herberekeningen: number }>("nep.instellingen()");
      expect(Object.values(opgeslagen.opgeslagen).join()).toContain("2031");
      expect(opgeslagen.herberekeningen).toBe(1);

      // Back on Tabel 1: the question is answered, and footnote 2 names the recorded percentage.
      await page.locator("#tab-tabel1").click();
      await page.waitForFunction(() => document.getElementById("quotum-vraag")?.hidden === true);
      const samenvatting = await leesEnControleer(p, "2031Q2");
      expect(samenvatting).toMatch(/Geen fouten gevonden/);
      expect(await page.locator("#doel-record").textContent()).toMatch(/2,76/);
    } finally {
      await p.sluit();
    }
  });
});
