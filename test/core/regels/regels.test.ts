/** Every value in the rules table cites a document that really contains its quote. */
import * as fs from "node:fs";
import * as path from "node:path";
import * as regels from "../../../src/core/regels/regels";
import type { Bron } from "../../../src/core/regels/regels";

const SHARED = path.resolve(__dirname, "..", "..", "..", "..", "shared");
const normaal = (t: string) => t.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

function bronnen(waarde: unknown, pad: string, uit: Array<[string, Bron]>): Array<[string, Bron]> {
  if (waarde && typeof waarde === "object") {
    const o = waarde as Record<string, unknown>;
    if (o.bron && typeof o.bron === "object") uit.push([pad, o.bron as Bron]);
    for (const [k, v] of Object.entries(o)) if (k !== "bron") bronnen(v, `${pad}.${k}`, uit);
  }
  return uit;
}

const alle = bronnen(regels, "regels", []);

test("the rules table has sourced values", () => {
  expect(alle.length).toBeGreaterThanOrEqual(12);
});

test.each(alle)("%s: the quote is in its document", (_pad, bron) => {
  const bestand = bron.document === "domain.md" ? path.join(SHARED, "domain.md") : path.join(SHARED, "seeds", bron.document);
  const tekst = normaal(fs.readFileSync(bestand, "utf8"));
  expect(tekst).toContain(normaal(bron.citaat));
});

test.each(alle.filter(([, b]) => b.publicatie))("%s: the public document it names is the seed's letter", (_pad, bron) => {
  // The publication is what the user reads; its Kamerstuk number must be the one printed in the seed.
  const tekst = normaal(fs.readFileSync(path.join(SHARED, "seeds", bron.document), "utf8"));
  const kamerstuk = /Kamerstuk (\d+ \d+), nr\. (\d+)/.exec(bron.publicatie!);
  expect(kamerstuk).not.toBeNull();
  expect(tekst).toContain(normaal(`${kamerstuk![1]}, nr. ${kamerstuk![2]}`));
});
