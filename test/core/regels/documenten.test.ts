/**
 * The public names of the source documents rest on their own lines: each
 * herkenning quote stands on its line of the seed; every seed file has a name;
 * references put the public name first and our seed line in brackets.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BRONDOCUMENTEN, bronVerwijzing, documentNaam } from "../../../src/core/regels/documenten";
import { SEEDS } from "./seeds-map";

const normaal = (t: string) => t.replace(/\s+/g, " ").trim();

test("every seed document has a public name, and each name's evidence stands on its line", () => {
  const bestanden = fs.readdirSync(SEEDS).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f));
  expect(Object.keys(BRONDOCUMENTEN).sort()).toEqual(bestanden.sort());
  const problemen: string[] = [];
  for (const [bestand, d] of Object.entries(BRONDOCUMENTEN)) {
    const regels = fs.readFileSync(path.join(SEEDS, bestand), "utf8").split("\n");
    for (const h of d.herkenning) {
      if (!normaal(regels[h.regel - 1] ?? "").includes(normaal(h.citaat))) problemen.push(`${bestand} regel ${h.regel}: "${h.citaat}"`);
    }
    // A Kamerstuk number in the name is printed in the document (a herkenning quote), or the name says how it was found.
    const nummer = /nr\. \d+/.exec(d.naam)?.[0];
    const gedrukt = nummer !== undefined && d.herkenning.some((h) => h.citaat.toLowerCase().includes(nummer));
    if (nummer !== undefined && !gedrukt && !d.afgeleid) problemen.push(`${bestand}: ${nummer} niet gedrukt en niet afgeleid`);
  }
  expect(problemen).toEqual([]);
});

test("a reference: public name, public place, seed in brackets; a text line stays inside the brackets", () => {
  expect(bronVerwijzing({ document: "003_cf68ea1a056c74e2.txt", plaats: "Tabel 1, voetnoot 2" })).toBe(
    "Kamerstuk 34 352, nr. 309 (brief van 20 december 2023), Tabel 1, voetnoot 2 [seed 003]",
  );
  expect(bronVerwijzing({ document: "004_45ed410054f52706.txt", plaats: "regels 186-187" })).toBe(
    "Kamerstuk 34 352, nr. 255 (vergaderjaar 2021–2022) [seed 004, regels 186-187]",
  );
  expect(bronVerwijzing({ document: "eigen-regels.json", plaats: "quotumpercentages[0]" })).toBe("eigen-regels.json, quotumpercentages[0]");
  expect(documentNaam("onbekend.txt")).toBe("onbekend.txt");
});
