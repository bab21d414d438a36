/**
 * Step 5 "Herkomst" (issue 17) of the BUILT task pane in headless Chromium with
 * the fake Excel host: Tabel 1 from a person list, then a figure's chain (the
 * core's own steps, compared line by line), Toon rijen selecting exactly the
 * rows of that figure in the source sheet (one area at a time where Excel lacks
 * ExcelApi 1.18, all of them in parts with it), the data unchanged, the Herkomst
 * sheet equal to the CLI's (core herkomstOverzicht) right after Tabel 1, axe-core
 * clean and the whole view by keyboard. And a list with one row per ministry:
 * every figure traces to its one row.
 */
import type { Page } from "playwright-core";
import {
  celHerkomst,
  HERKOMST_KOPPEN,
  herkomstOverzicht,
  type HerkomstBron,
  bouwTabel1,
  leesInvoer,
  type Raster,
  type Kolom,
} from "../../src/core";
import { leesAdres } from "../../src/taskpane/adres";
import { aaneengesloten } from "../../src/taskpane/rijselectie";
import {
  axe,
  browserOmgeving,
  focus,
  kies,
  leesEnControleer,
  meldingNa,
  naamlozeBedieningen,
  schermafdrukPad,
  zichtbaar,
  type Pane,
} from "./browser-hulp";
import { alsExcelWaarden, leesCsv } from "./hulp";

jest.setTimeout(300_000);

const { openPane } = browserOmgeving();

/** The sample as the sheet holds it, as the core reads a grid. */
function raster(blad: string, bestand: string): Raster {
  const [koppen = [], ...rijen] = alsExcelWaarden(leesCsv(bestand));
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen };
}

/** The core's herkomst of the same input the pane reads (person list and its fte table, or one row per ministry). */
function kernBron(hoofd: Raster, fte: Raster | null): HerkomstBron {
  const g = leesInvoer({ kwartaal: "2023Q2", hoofd, fte, herkomst: true });
  if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
  return { tabel: bouwTabel1(g.invoer), invoer: g.invoer, herkomst: g.herkomst! };
}

/** Every 1-based row in the selections (addresses "A2:D4, A7:D7"), with the sheets and columns they span. */
function geselecteerd(selecties: Array<{ blad: string; adres: string }>): { rijen: number[]; bladen: string[]; kolommen: string[] } {
  const rijen: number[] = [];
  const kolommen = new Set<string>();
  for (const s of selecties) {
    for (const deel of s.adres.split(", ")) {
      const a = leesAdres(deel);
      kolommen.add(`${a.kolom}+${a.kolommen}`);
      for (let r = a.rij; r < a.rij + a.rijen; r++) rijen.push(r + 1);
    }
  }
  return { rijen, bladen: [...new Set(selecties.map((s) => s.blad))], kolommen: [...kolommen] };
}

/** Presses "Toon rijen", then "Volgende rijen" while it is offered; returns the selections made and the messages. */
async function toonAlleRijen(p: Pane): Promise<{ selecties: Array<{ blad: string; adres: string }>; meldingen: string[] }> {
  const voor = (await p.nep<unknown[]>("nep.selecties()")).length;
  const meldingen: string[] = [];
  await p.page.locator("#herkomst-toon").click();
  meldingen.push((await meldingNa(p.page)).tekst);
  for (let i = 0; i < 50 && (await p.page.locator("#herkomst-volgende").isVisible()); i++) {
    await p.page.locator("#herkomst-volgende").click();
    meldingen.push((await meldingNa(p.page)).tekst);
  }
  const alle = await p.nep<Array<{ blad: string; adres: string }>>("nep.selecties()");
  return { selecties: alle.slice(voor), meldingen };
}

async function kiesCel(page: Page, ministerie: RegExp, kolom: RegExp): Promise<void> {
  await kies(page, "herkomst-ministerie", ministerie);
  await kies(page, "herkomst-kolom", kolom);
  await zichtbaar(page, "herkomst-uitkomst");
}

/** "1.099" as a pattern. */
const nlGetal = (n: number) => n.toLocaleString("nl-NL").replace(/\./g, "\\.");

const stappen = (page: Page) => page.locator("#herkomst-stappen li").allTextContents();

async function maakTabel1(p: Pane): Promise<void> {
  await p.page.locator("#maak").click();
  expect((await meldingNa(p.page)).intent).toBe("success");
  await zichtbaar(p.page, "stap-herkomst");
}

describe("Herkomst in the pane (issue 17)", () => {
  test("person list: the chain is the core's, Toon rijen selects exactly the figure's rows, the Herkomst sheet is the CLI's", async () => {
    const p = await openPane(
      `nep.laadBlad("Personen", ${JSON.stringify(alsExcelWaarden(leesCsv("personen-2023Q2.csv")))});\n` +
        `nep.laadBlad("Fte 2023Q1", ${JSON.stringify(alsExcelWaarden(leesCsv("fte-2023Q1.csv")))});\nnep.zetSelectie("Personen", "A1");`,
    );
    try {
      expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
      await maakTabel1(p);
      const kern = kernBron(raster("Personen", "personen-2023Q2.csv"), raster("Fte 2023Q1", "fte-2023Q1.csv"));
      const fin = celHerkomst(kern, "Fin", "formeel");

      // A ministry and a column: the chain, line by line, is the core's; the count and the first rows.
      await kiesCel(p.page, /^Fin/, /^Formele dienstverbanden, excl/);
      expect(await p.page.locator("#herkomst-titel").textContent()).toBe(`Fin, ${fin.kop}: ${fin.gedrukt}`);
      expect(await stappen(p.page)).toEqual(fin.stappen);
      expect(await p.page.locator("#herkomst-regels li").allTextContents()).toEqual(fin.regels);
      expect(await p.page.locator("#herkomst-aantal").textContent()).toBe("1.101 rijen (blad Personen); de eerste 20:");
      const eerste = fin.rijen(0, 1)[0]!;
      expect(await p.page.locator("#herkomst-rijen tbody tr").count()).toBe(20);
      expect(await p.page.locator("#herkomst-rijen tbody tr").first().locator("td").allTextContents()).toEqual([
        String(eerste.rij),
        eerste.id!,
        "formeel",
        eerste.waarde.toString().replace(".", ","),
        "uren per week",
      ]);
      expect(await axe(p.page)).toEqual([]);
      expect(await naamlozeBedieningen(p.page)).toEqual([]);

      const voor = await p.nep<string>("nep.snapshot()");
      const verwacht = fin
        .rijen()
        .map((r) => r.rij)
        .sort((a, b) => a - b);

      // Excel without ExcelApi 1.18 (the fake host's default): one block of consecutive rows per press, said so.
      const blok = aaneengesloten(verwacht)[0]!;
      const inBlok = blok.tot - blok.van + 1;
      await p.page.locator("#herkomst-toon").click();
      expect((await meldingNa(p.page)).tekst).toMatch(
        new RegExp(`^Blad Personen: ${inBlok} rij(en)? geselecteerd .*Nog ${nlGetal(1101 - inBlok)} rijen.*ExcelApi 1\\.18`),
      );
      expect(await p.nep("nep.selecties()")).toEqual([{ blad: "Personen", adres: `A${blok.van}:D${blok.tot}` }]);
      expect(await p.page.locator("#herkomst-volgende").isVisible()).toBe(true);

      // With ExcelApi 1.18: every row in a few multi-area selections, nothing else, the sheet activated, the data unchanged.
      await p.nep('nep.zetExcelApi("1.18")');
      const { selecties, meldingen } = await toonAlleRijen(p);
      const s = geselecteerd(selecties);
      expect(s.rijen).toEqual(verwacht);
      expect(s.bladen).toEqual(["Personen"]);
      expect(s.kolommen).toEqual(["0+4"]);
      expect(selecties.length).toBeGreaterThan(1);
      expect(selecties.length).toBe(meldingen.length);
      expect(meldingen.at(-1)).toMatch(/1\.101 van de 1\.101 rijen van dit cijfer\. De gegevens zijn niet veranderd/);
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);

      // A figure in the table: Totaal Rijk's doel, from every fte line and DJI's, selected on the fte sheet.
      await p.page.locator('#herkomst-cijfers button[data-ministerie="Totaal Rijk"][data-kolom="doel"]').click();
      const doel = celHerkomst(kern, "Totaal Rijk", "doel");
      expect(await stappen(p.page)).toEqual(doel.stappen);
      expect((await stappen(p.page)).some((x) => x.startsWith("Executieve functies DJI: 10.491 fte (Fte 2023Q1 rij 15)"))).toBe(true);
      await p.page.locator("#stap-herkomst").screenshot({ path: schermafdrukPad("taakvenster-herkomst.png") });
      const doelSelectie = await toonAlleRijen(p);
      expect(doelSelectie.selecties).toEqual([{ blad: "Fte 2023Q1", adres: "A2:D15" }]);

      // The Herkomst sheet: the CLI's rows (core herkomstOverzicht), right after Tabel 1, as a new sheet.
      await p.page.locator("#herkomst-blad").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("success");
      expect(m.tekst).toContain('nieuwe blad "Herkomst 2023Q2"');
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual(["Personen", "Fte 2023Q1", "Tabel 1 2023Q2", "Herkomst 2023Q2"]);
      const blad = await p.nep<{ waarden: unknown[][]; tabellen: Array<{ naam: string }> }>('nep.blad("Herkomst 2023Q2")');
      expect(blad.waarden).toEqual([[...HERKOMST_KOPPEN], ...herkomstOverzicht(kern)]);
      expect(blad.tabellen.map((t) => t.naam)).toEqual(["Herkomst_2023Q2"]);
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("by keyboard only: a figure with Enter, then Toon rijen with Enter; focus lands on the result", async () => {
    const p = await openPane(
      `nep.laadBlad("Personen", ${JSON.stringify(alsExcelWaarden(leesCsv("personen-2023Q2.csv")))});\n` +
        `nep.laadBlad("Fte 2023Q1", ${JSON.stringify(alsExcelWaarden(leesCsv("fte-2023Q1.csv")))});\nnep.zetExcelApi("1.18");`,
    );
    try {
      expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
      await maakTabel1(p);
      // Tab from the message of step 4 (it has the focus) to AZ's inleen figure, Enter.
      const doel = '#herkomst-cijfers button[data-ministerie="AZ"][data-kolom="inleen"]';
      let gevonden = false;
      for (let i = 0; i < 40 && !gevonden; i++) {
        await p.page.keyboard.press("Tab");
        gevonden = await p.page.locator(doel).evaluate((e) => e === document.activeElement);
      }
      expect(gevonden).toBe(true);
      await p.page.keyboard.press("Enter");
      await zichtbaar(p.page, "herkomst-uitkomst");
      expect((await focus(p.page)).id).toBe("herkomst-titel");
      expect(await p.page.locator("#herkomst-titel").textContent()).toMatch(/^AZ, Inleenverbanden: 0$/);
      // AZ has no inleen rows: nothing to show, so no button; the formeel figure has rows.
      expect(await p.page.locator("#herkomst-toon").isHidden()).toBe(true);
      expect(await p.page.locator("#herkomst-aantal").textContent()).toBe(
        "Geen invoerrijen: de invoer heeft voor AZ geen rijen in deze kolom.",
      );
      await p.page.locator('#herkomst-cijfers button[data-ministerie="AZ"][data-kolom="formeel"]').focus();
      await p.page.keyboard.press("Enter");
      let opKnop = false;
      for (let i = 0; i < 40 && !opKnop; i++) {
        await p.page.keyboard.press("Tab");
        opKnop = (await focus(p.page)).id === "herkomst-toon";
      }
      expect(opKnop).toBe(true);
      await p.page.keyboard.press("Enter");
      expect((await meldingNa(p.page)).titel).toMatch(/Rijen geselecteerd$/);
      const kern = kernBron(raster("Personen", "personen-2023Q2.csv"), raster("Fte 2023Q1", "fte-2023Q1.csv"));
      const az = celHerkomst(kern, "AZ", "formeel");
      const s = geselecteerd(await p.nep("nep.selecties()"));
      expect(s.rijen).toEqual(
        az
          .rijen()
          .map((r) => r.rij)
          .sort((a, b) => a - b),
      );
      expect(await axe(p.page)).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("one row per ministry: every figure traces to its one row; realisatie % has no rows of its own", async () => {
    const p = await openPane(`nep.laadBlad("Ministeries", ${JSON.stringify(alsExcelWaarden(leesCsv("ministeries-2023Q2.csv")))});`);
    try {
      await kies(p.page, "bron", /^Blad Ministeries/);
      await p.page.locator("#kwartaal input").fill("2023Q2");
      await p.page.locator("#lees").click();
      await zichtbaar(p.page, "stap-kolommen");
      await p.page.locator("#controleer").click();
      await zichtbaar(p.page, "stap-controle");
      expect(await p.page.locator("#controle-uitkomst .bericht-inhoud").textContent()).toMatch(/Geen fouten gevonden/);
      await maakTabel1(p);
      const kern = kernBron(raster("Ministeries", "ministeries-2023Q2.csv"), null);
      for (const kolom of ["binnenwerk", "totaal", "doel"] as Kolom[]) {
        await p.page.locator(`#herkomst-cijfers button[data-ministerie="BZ"][data-kolom="${kolom}"]`).click();
        expect(await stappen(p.page)).toEqual(celHerkomst(kern, "BZ", kolom).stappen);
        const { selecties } = await toonAlleRijen(p);
        // BZ is line 3 of the sheet; its row spans the 7 columns read (A:G).
        expect(selecties).toEqual([{ blad: "Ministeries", adres: "A3:G3" }]);
      }
      await p.page.locator('#herkomst-cijfers button[data-ministerie="Totaal Rijk"][data-kolom="doel"]').click();
      const { selecties } = await toonAlleRijen(p);
      expect(geselecteerd(selecties).rijen).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      await kiesCel(p.page, /^BZ(?!K)/, /^Realisatie/);
      expect(await p.page.locator("#herkomst-toon").isHidden()).toBe(true);
      expect(await p.page.locator("#herkomst-aantal").textContent()).toMatch(/geen eigen invoerrijen/);
      expect(await axe(p.page)).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});
