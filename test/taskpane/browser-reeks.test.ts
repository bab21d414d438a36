/**
 * Issue 19 in the BUILT task pane (headless Chromium, fake Excel host): the
 * financing view's division choice and its projection on Tabel 1, and the
 * Reeks tab. The workbook holds Tabel 1 2023Q2 (the published cells, as the
 * pane writes them) and Tabel 1 2023Q1 (an earlier synthetic quarter).
 * Numbers are checked against the core (projecteer, via `banen financiering
 * --json`) and `banen reeks --json`; axe-core finds no violations; the tabs,
 * the choice and the buttons work from the keyboard.
 *
 * Plafond 400: seed 004, regel 524; cost per baan and budget are SYNTHETIC.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { tabel1Cellen } from "../../src/core/tabel1/opmaak";
import { axe, browserOmgeving, focus, kies, meldingNa, naamlozeBedieningen, type Pane, tabel1Q1, zichtbaar } from "./browser-hulp";
import { voorbeeldTabel, WORTEL } from "./hulp";

jest.setTimeout(180_000);

const { openPane } = browserOmgeving();

interface Blad {
  waarden: unknown[][];
  tabellen: Array<{ naam: string; adres: string; totaalrij: boolean }>;
  grafieken: Array<{ titel: string; reeksen: Array<{ naam: string; waarden: string; x: string | null }> }>;
}

async function cli(...argv: string[]): Promise<Record<string, any>> {
  let uit = "";
  const code = await main([...argv, "--json"], { uit: (t) => void (uit += t), fout: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(uit);
}

/** A workbook with a sheet of the user's own and the two Tabel 1 sheets, as the pane writes them. */
async function werkmap(): Promise<Pane> {
  const q2 = tabel1Cellen(voorbeeldTabel()).map((r) => Array.from(r, (w) => w ?? ""));
  return openPane(
    `nep.laadBlad("Eigen werk", [["niet aankomen", 1]]);\nnep.laadBlad("Tabel 1 2023Q1", ${JSON.stringify(tabel1Q1())});\nnep.laadBlad("Tabel 1 2023Q2", ${JSON.stringify(q2)});`,
    { zonderKaart: true },
  );
}

const nl = (n: number) => new Intl.NumberFormat("nl-NL").format(n);
const procent = (f: number) => `${Math.round(f * 100)}%`;

/** The HTML table's rows (tbody, then tfoot) as cell texts. */
async function tabelRijen(p: Pane, id: string): Promise<string[][]> {
  return p.page
    .locator(`#${id} tbody tr, #${id} tfoot tr`)
    .evaluateAll((rijen) => rijen.map((r) => Array.from(r.children, (c) => (c.textContent ?? "").trim())));
}

describe("financing: the division is the user's choice, and its projection on Tabel 1", () => {
  test("naar-vraag chosen by keyboard is named on the sheet; the projection equals projecteer and is written as a sheet", async () => {
    const p = await werkmap();
    try {
      await p.page.locator("#tab-financiering").click();
      await zichtbaar(p.page, "paneel-financiering");
      await p.page.waitForFunction(() =>
        Array.from(document.querySelectorAll("#fin-bron-lijst fluent-option")).some((o) =>
          /^Blad Tabel 1 2023Q2/.test(o.textContent ?? ""),
        ),
      );
      await p.page.locator("#fin-kosten input").fill("45.000");
      await p.page.locator("#fin-budget input").fill("15.000.000");
      await p.page.locator("#fin-plafond input").fill("400");
      await p.page.locator('#fin-verdeling fluent-radio[value="naar-vraag"]').focus();
      await p.page.keyboard.press("Space");
      await p.page.locator("#fin-maak").focus();
      await p.page.keyboard.press("Enter");
      expect((await meldingNa(p.page)).intent).toBe("success");
      const fin = await p.nep<Blad>('nep.blad("Centrale financiering 2023")');
      const samenvatting = Object.fromEntries(fin.waarden.filter((r) => typeof r[0] === "string").map((r) => [r[0], r[1]]));
      expect(samenvatting["Verdeling van het plafond (aanname)"]).toBe("naar rato van de gevraagde banen");

      // The projection: the same numbers as `banen financiering … --verdeling naar-vraag`'s projection (core projecteer).
      await zichtbaar(p.page, "fin-projectie");
      const c = await cli(
        "financiering",
        path.join(WORTEL, "seeds", "tabel1-2023Q2.json"),
        "--kosten-per-baan",
        "45.000",
        "--budget",
        "15.000.000",
        "--plafond",
        "400",
        "--verdeling",
        "naar-vraag",
      );
      const gedrukt = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));
      const binnenwerk = [...gedrukt.rijen.map((r: { binnenwerk: number }) => r.binnenwerk), gedrukt.totaal.binnenwerk];
      const verwacht = [...c.projectie.rijen, c.projectie.totaal].map((r: Record<string, any>, i: number) => [
        i === c.projectie.rijen.length ? `${r.ministerie}³` : r.ministerie,
        nl(Number(r.doelBanen)),
        nl(Number(r.gerealiseerdBanen)),
        nl(binnenwerk[i]),
        nl(r.gefinancierdBanen),
        nl(binnenwerk[i] + r.gefinancierdBanen),
        nl(Number(r.naBanen)),
        procent(Number(r.voorFractie)),
        procent(Number(r.naFractie)),
      ]);
      expect(await tabelRijen(p, "fin-projectie-tabel")).toEqual(verwacht);
      expect(await p.page.locator("#fin-projectie-noten").textContent()).toContain("Niet toegedeeld doel (voetnoot 7): doel 409 banen");
      expect(await axe(p.page)).toEqual([]);
      expect(await naamlozeBedieningen(p.page)).toEqual([]);

      await p.page.locator("#fin-projectie-maak").focus();
      await p.page.keyboard.press("Enter");
      expect((await meldingNa(p.page)).tekst).toContain('nieuwe blad "Projectie Tabel 1 2023Q2"');
      const blad = await p.nep<Blad>('nep.blad("Projectie Tabel 1 2023Q2")');
      const rijen = blad.waarden.slice(3, 3 + c.projectie.rijen.length);
      expect(rijen.map((r) => r[4])).toEqual(c.projectie.rijen.map((r: { gefinancierdBanen: number }) => r.gefinancierdBanen));
      expect(rijen.map((r) => r[8])).toEqual(c.projectie.rijen.map((r: { naFractie: string }) => Number(r.naFractie)));
      expect(blad.tabellen[0]).toMatchObject({ naam: "Projectie_2023Q2", totaalrij: true });
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual([
        "Eigen werk",
        "Tabel 1 2023Q1",
        "Tabel 1 2023Q2",
        "Centrale financiering 2023",
        "Projectie Tabel 1 2023Q2",
      ]);
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});

describe("financing: the division method changes the result when the ministries ask their own number", () => {
  test("naar-tekort and naar-vraag divide a plafond of 10 differently; each sheet names its method", async () => {
    // Two ministries ask 10 banen each; AZ misses 50, BZ 10 (SYNTHETIC numbers).
    const p = await openPane(
      `nep.laadBlad("Eigen werk", [["niet aankomen", 1]]);\nnep.laadBlad("Vraag financiering", ${JSON.stringify([
        ["Ministerie", "Doel", "Gerealiseerd", "Gevraagde banen"],
        ["AZ", 100, 50, 10],
        ["BZ", 100, 90, 10],
      ])});`,
      { zonderKaart: true },
    );
    try {
      await p.page.locator("#tab-financiering").click();
      await p.page.waitForFunction(
        () => (document.getElementById("fin-bron") as HTMLElement & { value: string }).value === "blad:Vraag financiering",
      );
      await p.page.locator("#fin-kosten input").fill("45.000");
      await p.page.locator("#fin-budget input").fill("1.000.000");
      await p.page.locator("#fin-plafond input").fill("10");
      const verwacht = { "naar-tekort": [8, 2], "naar-vraag": [5, 5] } as const;
      const tekst = { "naar-tekort": "naar rato van het tekort in hele banen", "naar-vraag": "naar rato van de gevraagde banen" };
      for (const [i, methode] of (["naar-tekort", "naar-vraag"] as const).entries()) {
        await p.page.locator(`#fin-verdeling fluent-radio[value="${methode}"]`).click();
        await p.page.locator("#fin-maak").click();
        await p.page.waitForFunction(
          (n) =>
            document.querySelectorAll("#melding fluent-message-bar[intent=success]").length > 0 &&
            (window as any).__nepExcel.bladnamen().length === n,
          3 + i,
        );
        const naam = i === 0 ? "Centrale financiering" : "Centrale financiering (2)";
        const blad = await p.nep<Blad>(`nep.blad(${JSON.stringify(naam)})`);
        const kop = blad.waarden[2]!;
        const kolom = kop.findIndex((k) => /^Te financieren banen/.test(String(k)));
        expect(blad.waarden.slice(3, 5).map((r) => r[kolom])).toEqual(verwacht[methode]);
        const samenvatting = Object.fromEntries(blad.waarden.filter((r) => typeof r[0] === "string").map((r) => [r[0], r[1]]));
        expect(samenvatting["Verdeling van het plafond (aanname)"]).toBe(tekst[methode]);
        // The projection follows the method too.
        expect((await tabelRijen(p, "fin-projectie-tabel")).map((r) => r[3])).toEqual([...verwacht[methode].map(String), "10"]);
      }
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});

describe("the series (Reeks) on the Kwartalen tab", () => {
  test("every sourced point and the chart; the banen per year needed; a quarter added from a Tabel 1 sheet; written as a sheet with a chart", async () => {
    const p = await werkmap();
    try {
      // Keyboard: from the first tab, the arrow keys reach Kwartalen, which holds the series (Fluent tablist: arrows move and select).
      await p.page.locator("#tab-tabel1").focus();
      for (let i = 0; i < 2; i++) await p.page.keyboard.press("ArrowRight");
      expect((await focus(p.page)).id).toBe("tab-vergelijking");
      await zichtbaar(p.page, "paneel-reeks");
      await p.page.waitForFunction(() => document.querySelectorAll("#reeks-tabel tbody tr").length > 0);

      const r = await cli("reeks");
      const rijen = await tabelRijen(p, "reeks-tabel");
      expect(rijen.map((x) => x.slice(0, 7))).toEqual(
        r.punten.map((q: Record<string, any>) => [
          q.moment,
          q.omschrijving,
          q.doelsoort,
          nl(Number(q.doel)),
          nl(Number(q.realisatie)),
          procent(Number(q.realisatieFractie)),
          nl(Number(q.tekort)),
        ]),
      );
      expect(rijen.map((x) => x[0])).toEqual(["2022", "2023Q2", "2023", "2024"]);
      expect(rijen.map((x) => x[7])).toEqual(r.punten.map((q: { bron: string }) => q.bron));
      // The chart: one bar per point, named for screen readers (the table carries the numbers).
      expect(await p.page.locator("#reeks-grafiek svg rect.balk").count()).toBe(4);
      expect(await p.page.locator("#reeks-grafiek svg").getAttribute("aria-label")).toMatch(
        /^Staafdiagram: realisatie % van het doel per moment, het Rijk/,
      );
      expect(await p.page.locator("#reeks-noten").textContent()).toContain("Afwijkend gedrukt (2023Q2, realisatie): 3.995");

      // Banen per year to reach the doel by the end of 2026, as `banen reeks --tot 2026`.
      await p.page.locator("#reeks-tot input").fill("2026");
      await p.page.locator("#reeks-bereken").focus();
      await p.page.keyboard.press("Enter");
      await p.page.waitForFunction(() => document.querySelectorAll("#reeks-nodig li").length > 0);
      const t = await cli("reeks", "--tot", "2026");
      expect(Number(t.benodigd.banenPerJaar)).toBe(458);
      expect((await p.page.locator("#reeks-nodig li").allTextContents())[0]).toBe(
        "Nodig om het doel eind 2026 te halen: 458 extra banen per jaar (tekort 916 bij 2024, over 2 jaar; naar boven afgerond).",
      );
      // A year before the last point: the field says why.
      await p.page.locator("#reeks-tot input").fill("2023");
      await p.page.locator("#reeks-bereken").click();
      await zichtbaar(p.page, "reeks-tot-fout");
      expect(await p.page.locator("#reeks-tot input").getAttribute("aria-invalid")).toBe("true");

      // A quarter from the Tabel 1 2023Q1 sheet: a fifth point, marked as the user's own.
      await p.page.waitForFunction(() => (document.querySelector("#reeks-bron") as HTMLElement & { value: string })?.value !== "");
      await kies(p.page, "reeks-bron", /^Blad Tabel 1 2023Q1/);
      await p.page.locator("#reeks-voeg-toe").click();
      expect((await meldingNa(p.page)).titel).toBe("Gelukt: Kwartaal toegevoegd");
      const met = await tabelRijen(p, "reeks-tabel");
      expect(met.map((x) => x[0])).toEqual(["2022", "2023Q1", "2023Q2", "2023", "2024"]);
      expect(met[1]!.slice(1, 3)).toEqual(["Tabel 1 2023Q1", "eigen invoer"]);
      expect(met[1]![7]).toBe("blad Tabel 1 2023Q1");
      expect(await p.page.locator("#reeks-grafiek svg rect.balk.eigen").count()).toBe(1);
      // The same quarter again: an error naming both, nothing added.
      await p.page.locator("#reeks-voeg-toe").click();
      await zichtbaar(p.page, "reeks-controle");
      expect(await p.page.locator("#reeks-fouten").textContent()).toMatch(/moment 2023Q1 komt twee keer voor/);
      expect((await tabelRijen(p, "reeks-tabel")).length).toBe(5);

      expect(await axe(p.page)).toEqual([]);
      expect(await naamlozeBedieningen(p.page)).toEqual([]);

      // Per ministry: the moments with a Tabel 1 (the source's 2023Q2 and the user's 2023Q1).
      await kies(p.page, "reeks-wie", /^\s*Fin\s*$/);
      await p.page.waitForFunction(() => document.querySelectorAll("#reeks-tabel tbody tr").length === 2);
      expect((await tabelRijen(p, "reeks-tabel")).map((x) => x[0])).toEqual(["2023Q1", "2023Q2"]);

      // Back to the Rijk, and the series as a sheet with an Excel chart of the realisatie % per moment.
      await kies(p.page, "reeks-wie", /^Rijk/);
      await p.page.waitForFunction(() => document.querySelectorAll("#reeks-tabel tbody tr").length === 5);
      await p.page.locator("#reeks-maak").click();
      expect((await meldingNa(p.page)).tekst).toContain('nieuwe blad "Reeks Rijk", met een grafiek van de realisatie %');
      const blad = await p.nep<Blad>('nep.blad("Reeks Rijk")');
      expect(blad.waarden.slice(3, 8).map((x) => [x[0], x[2], x[3], x[4]])).toEqual([
        ["2022", "jaar", 5144, 3749],
        ["2023Q1", "eigen invoer", Number(met[1]![3]!.replace(/\./g, "")), Number(met[1]![4]!.replace(/\./g, ""))],
        ["2023Q2", "voorlopig", 5591, 4175],
        ["2023", "jaar", 5637, 4517],
        ["2024", "jaar", 5994, 5078],
      ]);
      expect(blad.tabellen[0]).toMatchObject({ adres: "A3:H8", totaalrij: false });
      expect(blad.grafieken).toHaveLength(1);
      expect(blad.grafieken[0]!.reeksen[0]).toMatchObject({ naam: "Realisatie %", waarden: "F4:F8", x: "A4:A8" });
      // The 100 % norm as a line over the columns, its values under the footnotes: one 100 % per moment.
      const norm = blad.grafieken[0]!.reeksen[1]!;
      expect(norm).toMatchObject({ naam: "Norm 100 %", x: "A4:A8" });
      const [, rij] = /^B(\d+):B\d+$/.exec(norm.waarden as string)!;
      expect(blad.waarden.slice(Number(rij) - 1, Number(rij) + 4).map((x) => x.slice(0, 2))).toEqual(
        ["2022", "2023Q1", "2023Q2", "2023", "2024"].map((m) => [m, 1]),
      );
      expect(await p.nep<string[]>("nep.bladnamen()")).toEqual(["Eigen werk", "Tabel 1 2023Q1", "Tabel 1 2023Q2", "Reeks Rijk"]);
      expect(p.extern).toEqual([]);
      expect(await p.csp()).toEqual([]);
      expect(p.paginafouten).toEqual([]);
    } finally {
      await p.sluit();
    }
  });
});
