/**
 * The centrale-financiering view of the BUILT task pane in headless Chromium
 * with the fake Excel host: Tabel 1 2023Q2 is built from the person sample
 * (the Tabel 1 view), then the financing view reads that sheet and writes
 * "Centrale financiering 2023" with plafond 400, € 45.000 per baan and a
 * budget of € 15.000.000. Every cell must equal what `banen financiering`
 * gives for the same table; no request leaves 127.0.0.1, the CSP holds, and
 * the sheets that were there stay as they were. Bad input writes nothing.
 * Takes the screenshot taakvenster-financiering.png (in test-output/; docs/ with
 * `npm run schermafdrukken`).
 *
 * Plafond 400: seed 004, regel 524; cost per baan and budget are SYNTHETIC.
 */
import * as path from "node:path";
import { main } from "../../src/cli/main";
import {
  axe,
  browserOmgeving,
  csvBlad,
  leesEnControleer,
  foutItems,
  kies,
  meldingNa,
  naamlozeBedieningen,
  type Pane,
  schermafdrukPad,
  zichtbaar,
} from "./browser-hulp";
import { WORTEL } from "./hulp";

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();
const GEFINANCIERD = [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66]; // test/core/financiering/financiering.test.ts, worked example
const MINISTERIES = ["AZ", "BZ", "BZK", "EZK", "Fin", "IenW", "JenV (excl. RS)", "LNV", "OCW", "SZW", "VWS", "HCvS", "Rechtspraak"];

interface Blad {
  waarden: unknown[][];
  formaten: string[][];
  vet: boolean[][];
  tabellen: Array<{ naam: string; adres: string; totaalrij: boolean; stijl: string }>;
  afdruk: Record<string, unknown> | null;
  notities: Record<string, string>;
}

/** `banen financiering <tabel> … --json` in-process: the CLI's numbers for the same table. */
async function cli(...argv: string[]): Promise<Record<string, any>> {
  let uit = "";
  const code = await main(["financiering", ...argv, "--json"], { uit: (t) => void (uit += t), fout: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(uit);
}

/** The person sample, Tabel 1 2023Q2 made by the Tabel 1 view; then the financing tab is opened. */
async function metTabel1(): Promise<Pane> {
  const p = await openPane(
    `${csvBlad("Personen", "personen-2023Q2.csv")}\n${csvBlad("Fte", "fte-2023Q1.csv")}\nnep.zetSelectie("Personen", "A1");`,
  );
  expect(await leesEnControleer(p)).toMatch(/Geen fouten gevonden/);
  await p.page.locator("#maak").click();
  expect((await meldingNa(p.page)).tekst).toContain('nieuwe blad "Tabel 1 2023Q2"');
  await p.page.locator("#tab-financiering").click();
  await zichtbaar(p.page, "paneel-financiering");
  // Opening the tab lists the workbook again and offers the Tabel 1 sheet just written.
  await p.page.waitForFunction(() =>
    Array.from(document.querySelectorAll("#fin-bron-lijst fluent-option")).some((o) => /^Blad Tabel 1 2023Q2/.test(o.textContent ?? "")),
  );
  return p;
}

async function vulIn(p: Pane, kosten: string, budget: string, plafond: string | null): Promise<void> {
  await p.page.locator("#fin-kosten input").fill(kosten);
  await p.page.locator("#fin-budget input").fill(budget);
  if (plafond !== null) await p.page.locator("#fin-plafond input").fill(plafond);
}

describe("centrale financiering in the task pane", () => {
  test("from the Tabel 1 2023Q2 sheet the pane wrote: a new sheet whose cells equal banen financiering's numbers", async () => {
    const p = await metTabel1();
    try {
      const gekozen = await p.page.locator("#fin-bron").evaluate((e) => (e as HTMLElement & { value: string }).value);
      expect(gekozen).toBe("blad:Tabel 1 2023Q2");
      const voor = await p.nep<string[]>("nep.bladnamen().map((n) => JSON.stringify(nep.blad(n)))");

      // The sourced plafond is a choice: the button fills the field (keyboard: focus and Enter), nothing is preset.
      expect(await p.page.locator("#fin-plafond input").inputValue()).toBe("");
      await vulIn(p, "45.000", "15.000.000", null);
      await p.page.locator('#fin-suggesties fluent-button[data-plafond="400"]').focus();
      await p.page.keyboard.press("Enter");
      expect(await p.page.locator("#fin-plafond input").inputValue()).toBe("400");
      expect(await p.page.locator("#fin-suggesties-bron").textContent()).toContain("Kamerstuk 34 352, nr. 255");
      expect(await naamlozeBedieningen(p.page)).toEqual([]);

      // The ministries ask for 1.035 banen, more than the plafond: no division is assumed. The check asks for the
      // choice at its field and writes nothing; the user chooses (keyboard: focus the radio, Space) and tries again.
      expect(await p.page.locator("#fin-verdeling").evaluate((e) => (e as HTMLElement & { value: string }).value ?? "")).toBe("");
      await p.page.locator("#fin-maak").click();
      await zichtbaar(p.page, "fin-controle");
      expect(await foutItems(p.page, "fin-fouten")).toEqual([
        "Verdeling: de ministeries vragen 1.035 banen en het plafond (de capaciteit van Binnenwerk) is 400; de bronnen geven geen verdeelsleutel. Kies hoe het plafond verdeeld wordt: naar-tekort (naar rato van het tekort) of naar-vraag (naar rato van de gevraagde banen).",
      ]);
      expect(await p.page.locator("#fin-verdeling-fout").isVisible()).toBe(true);
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual(["Personen", "Fte", "Tabel 1 2023Q2"]);
      await p.page.locator('#fin-verdeling fluent-radio[value="naar-tekort"]').focus();
      await p.page.keyboard.press("Space");
      expect(await p.page.locator("#fin-verdeling").evaluate((e) => (e as HTMLElement & { value: string }).value)).toBe("naar-tekort");
      expect(await p.page.locator("#fin-verdeling-fout").count()).toBe(0);

      await p.page.locator("#fin-maak").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("success");
      expect(m.tekst).toContain(
        'nieuwe blad "Centrale financiering 2023" (13 ministeries, 400 banen te financieren; gedrukte (per cel afgeronde) doel en gerealiseerd)',
      );
      await zichtbaar(p.page, "fin-uitkomst");
      // How the sheet was read, in the CLI's lines, beside the check (shown before anything was written).
      const verslag = await p.page.locator("#fin-verslag-regels li").allTextContents();
      expect(verslag[0]).toMatch(/^Gelezen: /);
      expect(verslag).toContain("13 gegevensrijen gelezen");
      expect(await p.page.locator("#fin-verslag").isVisible()).toBe(true);
      expect(await p.page.locator("#fin-oordeel li").allTextContents()).toContain(
        // A non-breaking space after the euro sign: "€ 3.000.000,00" never breaks after "€".
        "Het budget van €\u00a015.000.000,00 is niet toereikend voor €\u00a018.000.000,00: tekort €\u00a03.000.000,00; het dekt 333 van de 400 banen (67 banen te weinig).",
      );
      // A whole tekort without ",00".
      expect((await p.page.locator("#fin-oordeel li").allTextContents())[0]).toMatch(/^Totaal tekort: 1\.035 banen;/);

      const blad = await p.nep<Blad>('nep.blad("Centrale financiering 2023")');
      const w = blad.waarden;
      expect(w[0]![0]).toBe("Centrale financiering: tekort, te financieren banen en budget (realisatie 2023Q2)");
      // How the table was read, as a note on the title (as on Tabel 1 and in the CLI's workbook).
      expect(Object.keys(blad.notities)).toEqual(["A1"]);
      expect(blad.notities.A1).toMatch(/^Leesverslag: hoe de invoer gelezen is\n[^]*Tabel 1 2023Q2/);
      expect(w[2]).toEqual([
        "Ministerie",
        "Doel",
        "Gerealiseerd",
        "Tekort",
        "Tekort in hele banen¹",
        "Te financieren banen²",
        "Kosten per baan³",
        "Benodigd budget",
      ]);
      const rijen = w.slice(3, 16);
      expect(rijen.map((r) => String(r[0]).replace(/²$/, ""))).toEqual(MINISTERIES);
      expect(rijen.map((r) => r[5])).toEqual(GEFINANCIERD);
      expect(blad.tabellen).toEqual([{ naam: "Financiering_2023", adres: "A3:H17", totaalrij: true, stijl: "TableStyleMedium2" }]);
      expect(blad.formaten[3]).toEqual([
        "General",
        "#,##0.00",
        "#,##0.00",
        "#,##0.00",
        "#,##0",
        "#,##0",
        '"€ "#,##0.00;"€ "-#,##0.00',
        '"€ "#,##0.00;"€ "-#,##0.00',
      ]);
      expect(blad.vet[16]!.every(Boolean)).toBe(true);

      // The CLI on the same table (the pane's sheet holds the printed cells of Tabel 1 2023Q2, i.e. the seed).
      const c = await cli(
        path.join(WORTEL, "seeds", "tabel1-2023Q2.json"),
        "--kosten-per-baan",
        "45.000",
        "--budget",
        "15.000.000",
        "--plafond",
        "400",
        "--verdeling",
        "naar-tekort",
      );
      rijen.forEach((r, i) => {
        const x = c.rijen[i];
        expect([
          x.ministerie,
          Number(x.doel),
          Number(x.gerealiseerd),
          Number(x.tekort),
          x.tekortBanen,
          x.gefinancierd,
          Number(x.kostenPerBaan),
          Number(x.benodigdEuro),
        ]).toEqual([MINISTERIES[i], ...r.slice(1)]);
      });
      expect(w[16]).toEqual(["Totaal", 5183, 4177, 1035, 1035, 400, "", 18000000]);
      expect([Number(c.totaal.doel), c.totaal.gefinancierd, Number(c.totaal.benodigdEuro)]).toEqual([w[16]![1], w[16]![5], w[16]![7]]);
      const samenvatting = Object.fromEntries(w.slice(18, 30).map((r) => [r[0], r[1]]));
      expect(samenvatting).toMatchObject({
        "Plafond (banen)": 400,
        "Te financieren banen": 400,
        "Benodigd budget": Number(c.oordeel.budget.benodigdEuro),
        "Beschikbaar budget": Number(c.budgetEuro),
        "Saldo (+ overschot, − tekort)": Number(c.oordeel.budget.saldoEuro),
        "Banen gedekt door het budget": c.oordeel.budget.banenGedekt,
        "Banen te weinig budget": c.oordeel.budget.banenTekort,
      });
      // Under the summary, sentences and notes run over lines no wider than the table: read them as one text.
      const tekst = w
        .slice(29)
        .map((r) => String(r[0] ?? ""))
        .filter(Boolean)
        .join(" ");
      for (const z of c.oordeelTekst as string[]) expect(tekst).toContain(z);
      // The numbered footnotes are the CLI's; the notes on the source name the pane's sheet instead of the file.
      for (const v of (c.voetnoten as string[]).slice(0, 3)) expect(tekst).toContain(v);
      expect(tekst).toContain(
        "Niet toegedeeld: Niet toegedeeld doel (voetnoot 7), doel 409 banen. Dit doel hoort bij geen ministerie en is niet per ministerie te financieren; het telt niet mee in de tabel hierboven.",
      );
      expect(tekst).toMatch(
        /Bron: de gedrukte cellen doel en totaal banen gerealiseerd van Tabel 1 Aantal voltijdswaarden .*\(blad Tabel 1 2023Q2\)/,
      );
      // Printed as the CLI's workbook: portrait A4, one page wide, the table's columns down to the last note.
      expect(blad.afdruk).toEqual({
        orientation: "Portrait",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: `A1:H${w.length}`,
      });

      // Nothing else changed: the sheets that were there are exactly as they were; one sheet was added.
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual(["Personen", "Fte", "Tabel 1 2023Q2", "Centrale financiering 2023"]);
      const na = await p.nep<string[]>("nep.bladnamen().slice(0, 3).map((n) => JSON.stringify(nep.blad(n)))");
      expect(na).toEqual(voor);

      await p.page.screenshot({ path: schermafdrukPad("taakvenster-financiering.png"), fullPage: true });

      // A second run never overwrites: a new sheet with a unique name.
      await p.page.locator("#fin-maak").click();
      await p.page.waitForFunction(() => (document.querySelector("#melding .tekst")?.textContent ?? "").includes("(2)"));
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual([
        "Personen",
        "Fte",
        "Tabel 1 2023Q2",
        "Centrale financiering 2023",
        "Centrale financiering 2023 (2)",
      ]);

      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("bad input (cost as text, negative plafond) shows every error and writes nothing; an empty budget is no error", async () => {
    const p = await metTabel1();
    try {
      const voor = await p.nep<string>("nep.snapshot()");
      await vulIn(p, "veel", "", "-5");
      await p.page.locator("#fin-maak").click();
      await zichtbaar(p.page, "fin-controle");
      expect(await p.page.locator("#fin-controle-uitkomst .bericht-inhoud").textContent()).toMatch(
        /^Fout: 2 fouten gevonden Er wordt niets geschreven\. Verbeter de gemarkeerde velden/,
      );
      // Each wrong field is marked in place: aria-invalid on its input, the reason under it.
      for (const id of ["fin-kosten", "fin-plafond"]) {
        expect(await p.page.locator(`#${id} input`).getAttribute("aria-invalid")).toBe("true");
        expect(await p.page.locator(`#${id}-fout`).isVisible()).toBe(true);
      }
      // No budget is no error (as the CLI without --budget): no budget comparison then.
      expect(await p.page.locator("#fin-budget input").getAttribute("aria-invalid")).not.toBe("true");
      expect(await foutItems(p.page, "fin-fouten")).toEqual([
        'Kosten per baan: "veel" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.',
        "Plafond: -5 is negatief; verwacht een plafond van 0 of meer hele banen (bijvoorbeeld 400 in 2022).",
      ]);
      expect(await p.page.locator("#fin-uitkomst").isHidden()).toBe(true);
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);

      // A sheet without ministerie, doel and gerealiseerd: the error names the sheet; nothing written.
      await kies(p.page, "fin-bron", /^Blad Fte/);
      await vulIn(p, "45.000", "15.000.000", "400");
      await p.page.locator("#fin-maak").click();
      await p.page.waitForFunction(() => /geen rij met kolomkoppen/i.test(document.getElementById("fin-fouten")?.textContent ?? ""));
      expect(await foutItems(p.page, "fin-fouten")).toEqual([
        'Blad Fte: geen rij met kolomkoppen voor doel en gerealiseerd gevonden; verwacht een rij met "Ministerie", "Doel" en "Gerealiseerd" (of "Totaal banen gerealiseerd").',
      ]);
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
    } finally {
      await p.sluit();
    }
  });

  test("a sheet with the ministries' own Budget column and no pane budget: per-ministry verdicts; an error names the user's header", async () => {
    // SYNTHETIC numbers: a finance officer's list with each ministry's ask and own budget.
    const vraag = [
      ["Ministerie", "Doel", "Gerealiseerd", "Gevraagde banen", "Eigen budget"],
      ["AZ", 20, 10, 11, 200000],
      ["BZ", 30, 25, 5, 100000],
    ];
    const juist = vraag.map((r, i) => (i === 1 ? ["AZ", 20, 10, 4, 200000] : r));
    const p = await openPane(
      `nep.laadBlad("Vraag 2023Q2", ${JSON.stringify(vraag)}); nep.laadBlad("Juist 2023Q2", ${JSON.stringify(juist)}); nep.zetSelectie("Vraag 2023Q2", "A1");`,
    );
    try {
      await p.page.locator("#tab-financiering").click();
      await zichtbaar(p.page, "paneel-financiering");
      await p.page.waitForFunction(() =>
        Array.from(document.querySelectorAll("#fin-bron-lijst fluent-option")).some((o) => /^Blad Vraag 2023Q2/.test(o.textContent ?? "")),
      );
      await kies(p.page, "fin-bron", /^Blad Vraag 2023Q2/);
      const voor = await p.nep<string>("nep.snapshot()");
      await vulIn(p, "45.000", "", null);

      // AZ asks 11 banen for a tekort of 10: the error names the sheet, the row and the column as the user wrote it.
      await p.page.locator("#fin-maak").click();
      await p.page.waitForFunction(() => /Gevraagde banen/.test(document.getElementById("fin-fouten")?.textContent ?? ""));
      expect(await foutItems(p.page, "fin-fouten")).toEqual([
        "Blad Vraag 2023Q2, rij 2, kolom Gevraagde banen: 11 gevraagde banen is meer dan het tekort van 10 hele banen; verwacht hoogstens het tekort.",
      ]);
      // The reading report is there beside the error, before anything is written.
      expect(await p.page.locator("#fin-verslag-regels li").allTextContents()).toContain(
        'kolom D "Gevraagde banen": gevraagd in hele banen',
      );
      expect(await p.nep<string>("nep.snapshot()")).toBe(voor);
      expect(await axe(p.page)).toEqual([]);

      // The corrected list: no pane budget, each ministry's own budget judged.
      await kies(p.page, "fin-bron", /^Blad Juist 2023Q2/);
      await p.page.locator("#fin-maak").click();
      const m = await meldingNa(p.page);
      expect(m.intent).toBe("success");
      expect(m.tekst).toContain('nieuwe blad "Centrale financiering 2023" (2 ministeries, 9 banen te financieren;');
      const w = (await p.nep<Blad>('nep.blad("Centrale financiering 2023")')).waarden;
      expect(w.flat()).toEqual(expect.arrayContaining(["Eigen budget", 200000, 100000]));
      expect(await axe(p.page)).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});
