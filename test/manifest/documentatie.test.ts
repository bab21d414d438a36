/**
 * The deployment docs say what the code does (issue 14): no shared catalog
 * as a route, Integrated apps instead; docs/beheer.md covers what an IT
 * administrator needs and names the requirement sets manifest.xml declares;
 * the CORS header and the office.js refresh are documented.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const lees = (bestand: string) => fs.readFileSync(path.join(ROOT, bestand), "utf8").replace(/\s+/g, " ");

test("no doc recommends a shared (SharePoint or network) catalog; Integrated apps is the route", () => {
  for (const bestand of ["README.md", "docs/excel-addin.md", "docs/beheer.md"]) {
    const tekst = lees(bestand);
    expect([bestand, /(via|of|in) een gedeelde catalogus/i.test(tekst)]).toEqual([bestand, false]);
  }
  expect(lees("docs/excel-addin.md")).toMatch(/Niet meer gebruiken: een gedeelde SharePoint-catalogus of een netwerkshare/);
  expect(lees("docs/beheer.md")).toMatch(/Geïntegreerde apps/);
});

test("docs/beheer.md covers every point the IT administrator needs", () => {
  const tekst = lees("docs/beheer.md");
  for (const onderwerp of [
    /Microsoft 365 op Windows \| versie 2002 \(build 12527\.20092\)/,
    /Microsoft 365 op Mac \| versie 16\.35/,
    /Office LTSC 2021/,
    /Office LTSC 2024/,
    /Office 2019, Office 2016 \| \*\*nee\*\*/,
    /Excel op iPad \| \*\*nee\*\*/,
    /Aangepaste apps uploaden/,
    /Tenantinstellingen/,
    /eenmaal geopend/,
    /24 uur/,
    /appsforoffice\.microsoft\.com/,
    /offline/,
    /Welke gegevens verlaten de werkmap \*\*Geen\.\*\*/,
    /Access-Control-Allow-Origin/,
    /manifest\.json/,
  ]) {
    expect(tekst).toMatch(onderwerp);
  }
});

test("docs/beheer.md names exactly the requirement sets manifest.xml declares", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
  expect(sets.length).toBe(3);
  const tekst = lees("docs/beheer.md");
  for (const set of sets) expect(tekst).toContain(`**${set}**`);
});

test("the production path documents CORS for functions.json and how to refresh the bundled office.js", () => {
  const tekst = lees("docs/excel-addin.md");
  expect(tekst).toMatch(/`functions\.json` met `Access-Control-Allow-Origin: \*`/);
  expect(tekst).toMatch(/De meegeleverde office\.js verversen/);
  expect(tekst).toMatch(/BANEN_OFFICE_JS_MAP/);
  expect(fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8")).toMatch(/process\.env\.BANEN_OFFICE_JS_MAP/);
});
