/**
 * The corpus for `banen financiering` (issue 19): each ministry's own columns
 * "gevraagd" (whole banen) and "budget" (euro) in messy files. Every case of
 * gevallen/ with `"opdracht": "financiering"` runs twice, as corpus.test.ts
 * does for Tabel 1:
 *
 * 1. CLI: `banen financiering <invoer> --kosten-per-baan 45000 <opties…> --json`,
 *    in-process; the ministries as expected (exit 0), or the refusal's code
 *    (exit 2) and text on stderr.
 * 2. Task pane reader: the file's cells as text (decoded and split as the CLI
 *    does), read by the core as the pane reads a sheet (leesDoelEnGerealiseerd,
 *    financieringBronUitRaster, financieringUitBron). Same expectation.
 *
 * The cost per baan (45.000) is SYNTHETIC: the sources give no amount.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { decodeerBestand } from "../../src/cli/codering";
import { leesCsv } from "../../src/cli/csv";
import { leesLeesopties } from "../../src/cli/leesopties";
import { BanenFout, leesDoelEnGerealiseerd } from "../../src/core";
import { financieringBronUitRaster, financieringUitBron } from "../../src/core/financiering/bron";
import { banen, tijdelijkeMap } from "../cli/hulp";
import { bytesVan, type FinancieringRij, type Geval, laadGevallen } from "./corpus";

const gevallen = laadGevallen().filter((g) => g.opdracht === "financiering");
const map = tijdelijkeMap();
const KOSTEN = "45000";
jest.setTimeout(60_000);

function optie(opties: readonly string[], naam: string): string | undefined {
  const i = opties.indexOf(naam);
  return i >= 0 ? opties[i + 1] : undefined;
}

interface JsonRij {
  ministerie: string;
  gevraagd: number;
  gefinancierd: number;
  budgetEuro: string | null;
}
const alsRij = (r: JsonRij): FinancieringRij => [r.ministerie, r.gevraagd, r.gefinancierd, r.budgetEuro];

/** The pane's path: the file's cells as text, read as the pane reads a sheet, then the one core call. */
function viaTaakvenster(g: Geval): FinancieringRij[] | BanenFout[] {
  const o = g.opties ?? [];
  const lezen = leesLeesopties({ codering: optie(o, "--codering"), scheidingsteken: optie(o, "--scheidingsteken") });
  const decimaalteken = g.taakvenster ? g.taakvenster.decimaalteken : undefined;
  try {
    const { tekst } = decodeerBestand(bytesVan(g.invoer), g.invoer.naam, lezen.codering);
    const raster = leesCsv(tekst, g.invoer.naam, lezen.scheidingsteken ? { scheidingsteken: lezen.scheidingsteken } : {});
    delete raster.verslag;
    const bron = financieringBronUitRaster(leesDoelEnGerealiseerd(raster, decimaalteken), `blad ${g.invoer.naam}`);
    const plafond = optie(o, "--plafond");
    const verdeling = optie(o, "--verdeling");
    const f = financieringUitBron(bron, {
      kostenPerBaan: KOSTEN,
      ...(plafond !== undefined ? { plafond } : {}),
      ...(verdeling !== undefined ? { verdeling } : {}),
    });
    return f.rijen.map((r): FinancieringRij => [r.ministerie, r.gevraagd, r.gefinancierd, r.budgetEuro?.toFixed() ?? null]);
  } catch (e) {
    if (!(e instanceof BanenFout)) throw e;
    return e.fouten.length > 0 ? [...e.fouten] : [e];
  }
}

describe.each(gevallen.map((g, i) => [g.naam ?? `geval ${i + 1}`, g, i] as const))("%s", (_, g, i) => {
  test(`CLI: ${g.omschrijving}`, async () => {
    const dir = map.pad(`financiering-${i}`);
    fs.mkdirSync(dir, { recursive: true });
    const invoer = path.join(dir, g.invoer.naam);
    fs.writeFileSync(invoer, bytesVan(g.invoer));
    const r = await banen("financiering", invoer, "--kosten-per-baan", KOSTEN, ...(g.opties ?? []), "--json");
    if ("financiering" in g.verwacht) {
      expect(r.fout).toBe("");
      const json = JSON.parse(r.uit) as { rijen: JsonRij[]; leesverslagen: unknown[] };
      expect(json.rijen.map(alsRij)).toEqual(g.verwacht.financiering);
      expect(json.leesverslagen.length).toBeGreaterThan(0);
      expect(r.code).toBe(0);
    } else if ("weigering" in g.verwacht) {
      const json = JSON.parse(r.uit) as { fout: { code: string; fouten: { code: string }[] } };
      expect([json.fout.code, ...json.fout.fouten.map((f) => f.code)]).toContain(g.verwacht.weigering.code);
      if (g.verwacht.weigering.tekst) expect(r.fout).toMatch(new RegExp(g.verwacht.weigering.tekst));
      expect(r.code).toBe(2);
    } else throw new Error("een geval voor banen financiering verwacht ministeries of een weigering");
  });

  const taakvenster = g.taakvenster !== false && /\.(csv|txt)$/i.test(g.invoer.naam);
  (taakvenster ? test : test.skip)(`taakvenster: ${g.omschrijving}`, () => {
    const uit = viaTaakvenster(g);
    const fouten = uit.filter((x): x is BanenFout => x instanceof BanenFout);
    if ("financiering" in g.verwacht) {
      if (fouten.length > 0) throw new Error(fouten.map((f) => f.message).join("\n"));
      expect(uit).toEqual(g.verwacht.financiering);
    } else if ("weigering" in g.verwacht) {
      if (fouten.length === 0) throw new Error(`gelezen als een financiering: ${JSON.stringify(uit)}`);
      expect(fouten.map((f) => f.code)).toContain(g.verwacht.weigering.code);
      if (g.verwacht.weigering.tekst) expect(fouten.map((f) => f.message).join("\n")).toMatch(new RegExp(g.verwacht.weigering.tekst));
    }
  });
});

test("the corpus has cases for the financing's own columns", () => {
  expect(gevallen.length).toBeGreaterThanOrEqual(6);
});
