/**
 * Rendering check: the written Tabel 1 and centrale financiering opened by a
 * real spreadsheet program. LibreOffice Calc converts each workbook to PDF
 * headless (Dutch locale, so "#,##0" shows 5.591 as Dutch Excel does), and
 * the PDF text must hold the title, every ministry, "Totaal Rijk", 5.591 and
 * 75%, the start of every footnote, and on a second page the chart beside the
 * table (its title, axis title, legend and labels) — and be legible: the table on one page, text at a
 * readable size (a word's box at least 7,5 pt high; an 11 pt font prints at
 * about 12,8 pt at full size), no absurdly long lines. A footnote in one long
 * cell made "fit to one page wide" print the sheet at under half size: words
 * 5,6 pt high, lines of 326 characters. Skipped, with a visible message,
 * where LibreOffice or pdftotext is not installed.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { schrijfFinancieringWerkmap, schrijfTabel1Werkmap } from "../../../src/cli/werkmap";
import { centraleFinanciering } from "../../../src/core";
import { financieringBlad, financieringBronUitTabel1 } from "../../../src/core/financiering/bron";
import { STANDAARD_GRAFIEK, tabel1Plan, tabel1Raster } from "../../../src/core/tabel1/opmaak";
import { voorbeeldTabel } from "../../taskpane/hulp";
import { tijdelijkeMap } from "./hulp";

function opPad(namen: readonly string[]): string | null {
  for (const map of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const naam of namen) {
      const pad = path.join(map, naam);
      try {
        fs.accessSync(pad, fs.constants.X_OK);
        return pad;
      } catch {
        // not here
      }
    }
  }
  return null;
}

const soffice = opPad(["soffice", "libreoffice"]);
const pdftotext = opPad(["pdftotext"]);
if (!soffice || !pdftotext) {
  console.warn(
    `Weergavetest overgeslagen: ${!soffice ? "LibreOffice (soffice/libreoffice)" : "pdftotext"} staat niet op PATH ` +
      "(installeer libreoffice-calc en poppler-utils om het geschreven Tabel 1-bestand in een echt rekenprogramma te controleren).",
  );
}
const itMetLibreOffice = soffice && pdftotext ? test : test.skip;

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

/** A LibreOffice profile of our own (parallel runs do not clash) with the Dutch locale set. */
function profiel(): string {
  const map = tmp.pad("lo-profiel");
  fs.mkdirSync(path.join(map, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(map, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>\n' +
      "</oor:items>\n",
  );
  return `file://${map}`;
}

/** Converts the workbook to PDF with LibreOffice; the PDF's text with its layout, and the words with their boxes. */
function alsPdf(xlsx: string): {
  tekst: string;
  woorden: Array<{ woord: string; hoogte: number; links: number; rechts: number; boven: number; pagina: number }>;
  paginas: number;
  /** The text per page (1 = paginaTeksten[0]). */
  paginaTeksten: string[];
} {
  const uit = tmp.pad("pdf");
  const env = { ...process.env, LC_ALL: "nl_NL.UTF-8", LANG: "nl_NL.UTF-8", HOME: tmp.map };
  execFileSync(
    soffice!,
    [`-env:UserInstallation=${profiel()}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", uit, xlsx],
    {
      env,
      timeout: 120_000,
      stdio: "pipe",
    },
  );
  const pdf = path.join(uit, `${path.basename(xlsx, ".xlsx")}.pdf`);
  const tekst = execFileSync(pdftotext!, ["-layout", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
  const html = execFileSync(pdftotext!, ["-bbox", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
  const woorden = html.split("<page ").flatMap((paginaHtml, p) =>
    [...paginaHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      woord: m[5]!,
      hoogte: Number(m[4]) - Number(m[2]),
      links: Number(m[1]),
      rechts: Number(m[3]),
      boven: Number(m[2]),
      pagina: p, // the part before the first <page is the header: words of page 1 get 1
    })),
  );
  // pdftotext ends every page with a form feed.
  const paginaTeksten = tekst.split("\f").filter((pagina) => pagina.trim() !== "");
  return { tekst, woorden, paginas: paginaTeksten.length, paginaTeksten };
}

const gewoon = (t: string) => t.replace(/\s+/g, " ");

/**
 * Legible: the table on one page (and the chart, if any, on the next), the first words of every note in the
 * text, words of a readable size, lines of a readable length.
 */
function leesbaar(pdf: ReturnType<typeof alsPdf>, noten: readonly string[], woord: string, paginas = 1): void {
  expect(pdf.paginas).toBe(paginas);
  for (const noot of noten) {
    const begin = noot.split(" ").slice(0, 6).join(" ");
    expect([begin, gewoon(pdf.tekst).includes(begin)]).toEqual([begin, true]);
  }
  const hoogte = pdf.woorden.find((w) => w.woord === woord)!.hoogte;
  expect(hoogte).toBeGreaterThanOrEqual(7.5);
  const langste = Math.max(...pdf.tekst.split("\n").map((r) => r.trimEnd().length));
  expect(langste).toBeLessThanOrEqual(170);
}

itMetLibreOffice(
  "LibreOffice renders the written Tabel 1 legibly on one page (title, every ministry, Totaal Rijk, 5.591 and 75%, every footnote) and the chart on the next",
  async () => {
    const tabel = voorbeeldTabel();
    const xlsx = tmp.pad("tabel1-2023Q2.xlsx");
    await schrijfTabel1Werkmap(tabel, xlsx, { overschrijf: false });
    const pdf = alsPdf(xlsx);
    const { tekst } = pdf;

    expect(gewoon(tekst)).toContain(gewoon(tabel1Raster(tabel).titel));
    for (const r of tabel.weergave.rijen) expect([r.naam, tekst.includes(r.naam)]).toEqual([r.naam, true]);
    expect(tekst).toMatch(/Totaal Rijk⁷?\s+5\.591\s+3\.000\s+755\s+421\s+4\.175\s+75%/);
    expect(tekst).toContain("Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.");
    // The whole headers: none cut off by a row too low ("Formele" above "dienstverbanden,").
    expect(gewoon(tekst)).toMatch(/Formele .*Formele /);
    expect(tekst).toContain("Inleenverbanden");
    // Two pages: the table with its notes, then the chart the pane offers by default (CLI --grafiek, default realisatie).
    leesbaar(pdf, tabel1Raster(tabel).voetnoten, "AZ", 2);
    // The whole title on paper: its last word ends within the table's width (at 13 pt it ran past the
    // print area and LibreOffice cut "…2023Q2¹" to "…2023Q").
    const eerste = pdf.woorden.filter((w) => w.pagina === 1);
    const titelEinde = eerste.find((w) => w.woord.startsWith("2023Q2"))!;
    const tabelRechts = Math.max(...eerste.filter((w) => w.boven > titelEinde.boven + 20).map((w) => w.rechts));
    expect(titelEinde.rechts).toBeLessThanOrEqual(tabelRechts);

    // The chart on the second printed page: drawn (its title, axis titles, legend and labels are in the PDF), and
    // only there; the chart data under the footnotes is not printed.
    const [tabelPagina, grafiekPagina] = pdf.paginaTeksten.map(gewoon) as [string, string];
    const g = tabel1Plan(tabel, [], STANDAARD_GRAFIEK).grafiek!;
    expect(grafiekPagina).toContain(g.titel);
    for (const t of [g.categorieAs.titel, ...g.reeksen.map((r) => r.naam), "100%", "0%"])
      expect([t, grafiekPagina.includes(t)]).toEqual([t, true]);
    expect(pdf.woorden.filter((w) => w.pagina === 2 && w.woord === "Realisatie").length).toBeGreaterThanOrEqual(2); // title, legend
    expect(tabelPagina).not.toContain(g.titel);
    expect(gewoon(pdf.tekst)).not.toContain("Gegevens voor de grafiek");
  },
  180_000,
);

itMetLibreOffice(
  "LibreOffice renders the written centrale financiering legibly on one page: amounts (no ###), verdict, every footnote",
  async () => {
    // Plafond 500: seed 004 ("ongeveer 500"); cost per baan and budget are SYNTHETIC.
    const bron = financieringBronUitTabel1(voorbeeldTabel(), "gedrukt", "Tabel 1 2023Q2");
    const raster = financieringBlad(
      centraleFinanciering(bron.ministeries, { plafond: 500, verdeling: "naar-tekort", kostenPerBaan: 45000, budget: 15000000 }),
      bron,
    );
    const xlsx = tmp.pad("financiering-2023.xlsx");
    await schrijfFinancieringWerkmap(raster, 2023, xlsx, { overschrijf: false });
    const pdf = alsPdf(xlsx);

    expect(pdf.tekst).not.toContain("###");
    expect(pdf.tekst).toMatch(/Benodigd budget\s+€ 22\.500\.000,00/);
    expect(pdf.tekst).toMatch(/Beschikbaar budget\s+€ 15\.000\.000,00/);
    for (const zin of raster.oordeel) expect(gewoon(pdf.tekst)).toContain(zin.split(" ").slice(0, 6).join(" "));
    leesbaar(pdf, raster.voetnoten, "Totaal");
  },
  180_000,
);
