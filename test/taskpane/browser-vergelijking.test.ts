/**
 * The "Kwartalen" tab of the BUILT task pane in headless Chromium with the
 * fake Excel host: a workbook that already holds Tabel 1 2023Q1 (SYNTHETIC,
 * see hulp.ts), Tabel 1 2023Q2 is made from the person sample with the
 * Tabel 1 view, then the comparison tab offers both sheets and writes
 * "Vergelijking 2023Q1 2023Q2" with the cells of the core's plan. No request
 * leaves 127.0.0.1, the CSP holds, the other sheets stay as they were; two
 * times the same quarter writes nothing. Takes the screenshot
 * taakvenster-kwartalen.png (test-output/; docs/ with `npm run schermafdrukken`).
 */
import { alsGedrukt } from "../../src/core";
import { leesAdres } from "../../src/taskpane/adres";
import { vergelijkKwartalen } from "../../src/core/kwartaal/vergelijking";
import { maakVergelijkingPlan } from "../../src/taskpane/stroom-vergelijking";
import {
  browserOmgeving,
  csvBlad,
  kies,
  leesEnControleer,
  meldingNa,
  naamlozeBedieningen,
  schermafdrukPad,
  tabel1Q1,
  zichtbaar,
} from "./browser-hulp";
import { eerderKwartaalTabel, voorbeeldTabel } from "./hulp";

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();

describe("comparing two quarters in the task pane", () => {
  test("Tabel 1 2023Q1 and the 2023Q2 the pane just made: a new sheet with the core's comparison", async () => {
    const p = await openPane(
      `${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte", "fte-2023Q1.csv")}\n` +
        `nep.laadBlad("Tabel 1 2023Q1", ${JSON.stringify(tabel1Q1())});\nnep.zetSelectie("Personen", "A1");`,
    );
    try {
      expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
      await p.page.locator("#maak").click();
      expect((await meldingNa(p.page)).tekst).toContain('nieuwe blad "Tabel 1 2023Q2"');

      await p.page.locator("#tab-vergelijking").click();
      await zichtbaar(p.page, "paneel-vergelijking");
      // Opening the tab lists the workbook again and offers the two Tabel 1 sheets.
      await p.page.waitForFunction(() =>
        Array.from(document.querySelectorAll("#vgl-b-lijst fluent-option")).some((o) => /^Blad Tabel 1 2023Q2/.test(o.textContent ?? "")),
      );
      const gekozen = await p.page.evaluate(() =>
        ["vgl-a", "vgl-b"].map((id) => (document.getElementById(id) as HTMLElement & { value: string }).value),
      );
      expect(gekozen).toEqual(["blad:Tabel 1 2023Q1", "blad:Tabel 1 2023Q2"]);
      expect(await naamlozeBedieningen(p.page)).toEqual([]);
      const voor = await p.nep<string[]>("nep.bladnamen().map((n) => JSON.stringify(nep.blad(n)))");

      await p.page.locator("#vgl-maak").click();
      const m = await meldingNa(p.page);
      expect([m.intent, m.tekst]).toEqual([
        "success",
        'De vergelijking van 2023Q1 en 2023Q2 staat op het nieuwe blad "Vergelijking 2023Q1 2023Q2" (13 ministeries). Bestaande bladen zijn niet veranderd.',
      ]);
      const blad = await p.nep<{ waarden: unknown[][] }>('nep.blad("Vergelijking 2023Q1 2023Q2")');
      const verwacht = maakVergelijkingPlan(
        vergelijkKwartalen(
          { kwartaal: "2023Q1", plaats: "blad Tabel 1 2023Q1", tabel: alsGedrukt(eerderKwartaalTabel()) },
          { kwartaal: "2023Q2", plaats: "blad Tabel 1 2023Q2", tabel: alsGedrukt(voorbeeldTabel()) },
        ),
      );
      // Every cell of the plan made from the core on the same two tables (the pane read them back from its sheets).
      for (const b of verwacht.blokken) {
        const a = leesAdres(b.adres);
        b.waarden.forEach((r, i) => expect([b.adres, i, blad.waarden[a.rij + i]!.slice(0, r.length)]).toEqual([b.adres, i, r]));
      }
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual([
        "Personen",
        "Fte",
        "Tabel 1 2023Q1",
        "Tabel 1 2023Q2",
        "Vergelijking 2023Q1 2023Q2",
      ]);
      expect(await p.nep<string[]>("nep.bladnamen().slice(0, 4).map((n) => JSON.stringify(nep.blad(n)))")).toEqual(voor);
      await p.page.screenshot({ path: schermafdrukPad("taakvenster-kwartalen.png"), fullPage: true });

      // The same sheet twice: one error, nothing written.
      const snap = await p.nep<string>("nep.snapshot()");
      await kies(p.page, "vgl-a", /^Blad Tabel 1 2023Q2/);
      await p.page.locator("#vgl-maak").click();
      await zichtbaar(p.page, "vgl-controle");
      expect(await p.page.locator("#vgl-fouten li").allTextContents()).toEqual([
        "Beide tabellen zijn van 2023Q2; kies Tabel 1 van twee verschillende kwartalen.",
      ]);
      expect(await p.nep<string>("nep.snapshot()")).toBe(snap);

      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});
