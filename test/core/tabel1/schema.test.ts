/**
 * Tabel 1 as data, once (src/core/tabel1/schema.ts): a column added to the
 * schema appears in every output — the terminal text, the CSV, the JSON, the
 * xlsx workbook, the pane's sheet plan — and the reader of printed tables and
 * the comparison with the published table take it in. Each output is first
 * shown without the column, so the test can fail.
 */
import {
  alsGedrukt,
  bouwTabel1,
  leesGedrukteTabel1,
  TABEL1_SCHEMA,
  type Tabel1,
  type Tabel1Kolom,
  vergelijkTabel1,
} from "../../../src/core";
import { csvTekst, leesCsv } from "../../../src/cli/csv";
import { tabel1Blad } from "../../../src/cli/tabel1-blad";
import { controleVan } from "../../../src/cli/tabel1-controle";
import { tabel1Json } from "../../../src/cli/tabel1-json";
import { tabel1Tekst } from "../../../src/cli/tekst/tabel1";
import { maakTabel1Werkmap } from "../../../src/cli/werkmap/tabel1-werkmap";
import { maakUitvoerPlan } from "../../../src/taskpane/uitvoer-plan";
import { voorbeeldInvoer } from "../../taskpane/hulp";

/** A test column: the doel once more, under a header no other column has. */
const PROEF: Tabel1Kolom = {
  sleutel: "proef",
  kop: "Proefkolom",
  eenheid: "banen",
  afronding: "heel getal, half naar boven",
  formaat: "#,##0",
  breedte: 13,
  veld: "doel",
  patroon: /^proefkolom\b/,
  verplichtGedrukt: false,
};

/** Every output of one Tabel 1, as text to search. */
function uitvoer(tabel: Tabel1): Record<string, string> {
  const werkmap = maakTabel1Werkmap(tabel, new Date(0));
  const blad: string[] = [];
  werkmap.worksheets[0]!.eachRow((rij) => blad.push(JSON.stringify(rij.values)));
  return {
    terminal: tabel1Tekst(tabel).join("\n"),
    csv: csvTekst(tabel1Blad(tabel)),
    json: JSON.stringify(tabel1Json(tabel, "", controleVan(tabel))),
    xlsx: blad.join("\n"),
    taakvenster: JSON.stringify(maakUitvoerPlan(tabel, { grafiek: "geen" })),
  };
}

const tabel = bouwTabel1(voorbeeldInvoer(), "per-cel");

test("without the test column no output has it", () => {
  for (const [naam, tekst] of Object.entries(uitvoer(tabel))) expect([naam, tekst.includes("Proefkolom")]).toEqual([naam, false]);
});

describe("with a column added to the schema", () => {
  beforeAll(() => TABEL1_SCHEMA.push(PROEF));
  afterAll(() => TABEL1_SCHEMA.splice(TABEL1_SCHEMA.indexOf(PROEF), 1));

  test("every output shows its header", () => {
    for (const [naam, tekst] of Object.entries(uitvoer(tabel))) expect([naam, tekst.includes("Proefkolom")]).toEqual([naam, true]);
  });

  test("the CSV rows carry its values (here: the doel) and the reader of printed tables reads them back", () => {
    const rijen = tabel1Blad(tabel);
    const kop = rijen.find((r) => r.includes("Proefkolom"))!;
    const bzRij = rijen.find((r) => String(r[0]).startsWith("BZ"))!;
    expect(bzRij[kop.indexOf("Proefkolom")]).toBe(tabel.weergave.rijen.find((r) => r.naam === "BZ")!.doel);
    const terug = leesGedrukteTabel1(leesCsv(csvTekst(rijen), "proef.csv"));
    expect(terug.totaal.doel).toBe(tabel.weergave.totaal.doel);
  });

  test("the comparison with the published table compares its cells too", () => {
    const eigen = alsGedrukt(tabel);
    const zonder = (() => {
      TABEL1_SCHEMA.splice(TABEL1_SCHEMA.indexOf(PROEF), 1);
      try {
        return vergelijkTabel1(eigen, eigen).cellen;
      } finally {
        TABEL1_SCHEMA.push(PROEF);
      }
    })();
    const met = vergelijkTabel1(eigen, eigen);
    expect(met.cellen - zonder).toBe(met.rijen);
  });
});
