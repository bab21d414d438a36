/**
 * The BUILT task pane (dist/taskpane.html + dist/taskpane.js, from `npm run build`) in
 * headless Chromium, with a fake Excel host (fake-excel-host.js) served in place of
 * office.js: an in-memory workbook with Office's request model. Drives the pane like a
 * user, checks the cells it writes against the published Tabel 1 2023Q2, and asserts
 * that no request leaves 127.0.0.1, that the Content-Security-Policy is never violated
 * and that user text is never turned into HTML. Takes the screenshot taakvenster.png (in
 * test-output/; docs/ with `npm run schermafdrukken`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { zonderVoetnoten } from "../../src/core/tabel1/opmaak";
import { browserOmgeving, csvBlad, leesEnControleer, meldingNa, naamlozeBedieningen, schermafdrukPad } from "./browser-hulp";
import { WORTEL, alsExcelWaarden, leesCsv } from "./hulp";

const gepubliceerd = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();

const KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;

/** Published row vs written row: the cells that differ (realisatie as whole percent). */
function verschillen(pub: Record<string, number | string>, rij: unknown[]): string[] {
  const geschreven: Record<string, unknown> = {
    doel: rij[1],
    formeel: rij[2],
    binnenwerk: rij[3],
    inleen: rij[4],
    totaal: rij[5],
    realisatiePercentage: typeof rij[6] === "number" ? Math.round((rij[6] as number) * 100) : rij[6],
  };
  return KOLOMMEN.filter((k) => geschreven[k] !== pub[k]).map(
    (k) => `${pub.naam} ${k}: gepubliceerd ${pub[k]}, geschreven ${String(geschreven[k])}`,
  );
}

describe("task pane in headless Chromium with a fake Excel host", () => {
  test("builds the full Tabel 1 2023Q2 from the person-level sample; the cells match the publication", async () => {
    const p = await openPane(
      `${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte 2023Q1", "fte-2023Q1.csv")}\nnep.zetSelectie("Personen", "A1");`,
    );
    try {
      const samenvatting = await leesEnControleer(p);
      expect(samenvatting).toMatch(/Geen fouten gevonden/);
      expect(await p.page.locator("#vorm").evaluate((e) => (e as HTMLElement & { value: string }).value)).toBe("personen");

      // Keyboard and screen readers: every control the user needs has a name in Chromium's accessibility tree.
      expect(await naamlozeBedieningen(p.page)).toEqual([]);

      await p.page.locator("#maak").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("success");
      expect(m.tekst).toContain('nieuwe blad "Tabel 1 2023Q2"');

      const blad = await p.nep<{
        waarden: unknown[][];
        formaten: string[][];
        vet: boolean[][];
        tabellen: unknown[];
        grafieken: Array<{ reeksen: unknown[] }>;
        afdruk: unknown;
        rijhoogtes: unknown;
      }>('nep.blad("Tabel 1 2023Q2")');
      expect(blad.waarden[0]![0]).toBe(`Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹`);
      expect(blad.waarden[2]!.map((k) => zonderVoetnoten(String(k)))).toEqual(["naam", ...KOLOMMEN].map((k) => gepubliceerd.kolommen[k]));

      // Every published cell, compared with the written cell; differences are listed, and per-cel
      // rounding of the sample reproduces the publication exactly (no difference left to explain).
      const rijen = blad.waarden.slice(3, 3 + gepubliceerd.rijen.length);
      expect(rijen.map((r) => zonderVoetnoten(String(r[0])))).toEqual(gepubliceerd.rijen.map((r: { naam: string }) => r.naam));
      const lijst = gepubliceerd.rijen.flatMap((pub: Record<string, number | string>, i: number) => verschillen(pub, rijen[i]!));
      const totaalRij = blad.waarden[3 + gepubliceerd.rijen.length]!;
      expect(zonderVoetnoten(String(totaalRij[0]))).toBe("Totaal Rijk");
      lijst.push(...verschillen(gepubliceerd.totaal, totaalRij));
      expect(lijst).toEqual([]);
      // Footnote markers as published: BZ⁴, IenW⁵, JenV (excl. RS)⁶, Totaal Rijk⁷.
      expect([rijen[1]![0], rijen[5]![0], rijen[6]![0], totaalRij[0]]).toEqual(["BZ⁴", "IenW⁵", "JenV (excl. RS)⁶", "Totaal Rijk⁷"]);

      expect(blad.formaten[3]).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0%"]);
      expect(blad.vet[3 + gepubliceerd.rijen.length]!.every(Boolean)).toBe(true);
      expect(blad.tabellen).toEqual([{ naam: "Tabel1_2023Q2", adres: "A3:G17", totaalrij: true, stijl: "TableStyleMedium2" }]);
      expect(blad.grafieken).toHaveLength(1);
      const tekst = blad.waarden.map((r) => String(r[0]));
      expect(tekst).toContain(gepubliceerd.bronregel);
      // The footnotes run over lines no wider than the table (so that they print legibly); joined, each is the published note.
      const noten = tekst
        .slice(tekst.indexOf(gepubliceerd.bronregel) + 1, tekst.indexOf("Gegevens voor de grafiek"))
        .filter(Boolean)
        .join(" ");
      for (const v of gepubliceerd.voetnoten as Array<{ nr: number; tekst: string }>) {
        expect([v.nr, noten.includes(v.tekst)]).toEqual([v.nr, true]);
      }
      // Print setup through the Excel API: portrait A4, one page wide, the table's columns from the title to the last note,
      // and the chart's cells (a page of its own).
      expect(blad.afdruk).toEqual({
        orientation: "Portrait",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: "A1:G38,I3:P22", // footnote 2 names the doel basis too (issue 18), two lines more
      });
      expect(blad.rijhoogtes).toEqual({ 2: 45 });

      const stat = await p.nep<{ maxVerzoekBytes: number; maxAntwoordBytes: number; syncs: number }>("nep.statistiek()");
      expect(stat.maxVerzoekBytes).toBeLessThan(5 * 1024 * 1024);
      expect(stat.maxAntwoordBytes).toBeLessThan(5 * 1024 * 1024);

      await p.page.screenshot({ path: schermafdrukPad("taakvenster.png"), fullPage: true });
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("bad input shows row-level errors with sheet, row and cell, and writes nothing; user text stays text", async () => {
    const personen = alsExcelWaarden(leesCsv("personen-2023Q2.csv")).slice(0, 40);
    personen[4]![3] = "veel"; // text in a number cell (row 5)
    personen[6]![3] = -8; // negative hours (row 7)
    personen[9]![2] = "stage"; // unknown dienstverband (row 10)
    personen[11]![1] = ""; // empty ministry (row 12)
    personen[13]![1] = '<img src=x onerror="window.__xss=1">'; // hostile ministry name (row 14)
    const p = await openPane(
      `nep.laadBlad("Personen", ${JSON.stringify(personen)}, { verborgen: [20], gefilterd: [25] });\n${csvBlad("Fte", "fte-2023Q1.csv")}`,
    );
    try {
      const voor = await p.nep<string>("nep.snapshot()");
      const samenvatting = await leesEnControleer(p);
      expect(samenvatting).toMatch(/fouten gevonden Er wordt niets geschreven\. Verbeter de gegevens in Excel/);
      const fouten = await p.page.locator("#fouten li").allTextContents();
      const met = (re: RegExp) => fouten.filter((f) => re.test(f));
      expect(met(/^Blad Personen, rij 5, .*\(D5\)/)).toHaveLength(1);
      expect(met(/^Blad Personen, rij 7, .*\(D7\).*negatief/)).toHaveLength(1);
      expect(met(/^Blad Personen, rij 10, .*\(C10\).*stage/)).toHaveLength(1);
      expect(met(/^Blad Personen, rij 12, .*\(B12\)/)).toHaveLength(1);
      expect(met(/^Blad Personen, rij 20\b.*verborgen of weggefilterd/)).toHaveLength(1);
      expect(met(/^Blad Personen, rij 25\b.*verborgen of weggefilterd/)).toHaveLength(1);
      // Nothing to build from: step 4 stays hidden, and nothing in the workbook changed.
      expect(await p.page.locator("#stap-uitvoer").isHidden()).toBe(true);
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);
      // The hostile name is shown as text, never parsed as HTML.
      expect(await p.page.locator("img").count()).toBe(0);
      expect(await p.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test('an existing "Tabel 1 2023Q2" sheet is left untouched; the new sheet gets a unique name', async () => {
    const p = await openPane(
      `${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte", "fte-2023Q1.csv")}\nnep.laadBlad("Tabel 1 2023Q2", [["Mijn eigen Tabel 1", 42], ["niet overschrijven", "!"]]);`,
    );
    try {
      const oud = await p.nep<string>('JSON.stringify(nep.blad("Tabel 1 2023Q2"))');
      expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
      await p.page.locator("#maak").click();
      const m = await meldingNa(p.page);
      expect(m.tekst).toContain('"Tabel 1 2023Q2 (2)"');
      expect(await p.nep<string>('JSON.stringify(nep.blad("Tabel 1 2023Q2"))')).toBe(oud);
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual(["Personen", "Fte", "Tabel 1 2023Q2", "Tabel 1 2023Q2 (2)"]);
      expect(p.extern).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("a write that fails midway leaves the workbook as it was and tells the user", async () => {
    const p = await openPane(`${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte", "fte-2023Q1.csv")}`);
    try {
      expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
      const voor = await p.nep<string>("nep.snapshot()");
      // Writing takes three requests (names, new sheet, contents); the third fails after 12 operations.
      await p.nep("nep.faalBijVerzoek(3, { naOperaties: 12 })");
      await p.page.locator("#maak").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("error");
      expect(m.tekst).toMatch(/halverwege mislukt.*verwijderd; de werkmap is weer zoals hij was/);
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);
    } finally {
      await p.sluit();
    }
  });

  test("follows a dark Office theme", async () => {
    const p = await openPane(`nep.zetThema({ isDarkTheme: true, bodyBackgroundColor: "#1f1f1f" }); nep.laadBlad("Leeg", [["x"]]);`);
    try {
      expect(await p.page.evaluate(() => document.documentElement.classList.contains("donker"))).toBe(true);
      const achtergrond = await p.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = (achtergrond.match(/\d+/g) ?? []).map(Number);
      expect((r! + g! + b!) / 3).toBeLessThan(80);
    } finally {
      await p.sluit();
    }
  });
});
