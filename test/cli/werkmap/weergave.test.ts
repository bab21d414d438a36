/**
 * Rendering check: the written Tabel 1 opened by a real spreadsheet program.
 * LibreOffice Calc converts the workbook to PDF headless (Dutch locale, so
 * "#,##0" shows 5.591 as Dutch Excel does), and the PDF text must hold the
 * title, every ministry, "Totaal Rijk", 5.591 and 75%. Skipped, with a
 * visible message, where LibreOffice or pdftotext is not installed.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { schrijfTabel1Werkmap } from "../../../src/cli/werkmap";
import { tabel1Raster } from "../../../src/core/tabel1-opmaak";
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

itMetLibreOffice(
  "LibreOffice renders the written Tabel 1: title, every ministry, Totaal Rijk, 5.591 and 75% on one page width",
  async () => {
    const tabel = voorbeeldTabel();
    const xlsx = tmp.pad("tabel1-2023Q2.xlsx");
    await schrijfTabel1Werkmap(tabel, xlsx, { overschrijf: false });
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
    const pdf = path.join(uit, "tabel1-2023Q2.pdf");
    const tekst = execFileSync(pdftotext!, ["-layout", pdf, "-"], { encoding: "utf8", timeout: 30_000 });
    const gewoon = (t: string) => t.replace(/\s+/g, " ");

    expect(gewoon(tekst)).toContain(gewoon(tabel1Raster(tabel).titel));
    for (const r of tabel.weergave.rijen) expect([r.naam, tekst.includes(r.naam)]).toEqual([r.naam, true]);
    expect(tekst).toMatch(/Totaal Rijk⁷?\s+5\.591\s+3\.000\s+755\s+421\s+4\.175\s+75%/);
    expect(tekst).toContain("Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.");
    // pdftotext ends every page with a form feed: one page, thanks to the layout's print setup.
    expect(tekst.split("\f").filter((pagina) => pagina.trim() !== "")).toHaveLength(1);
  },
  180_000,
);
