/**
 * Provenance of the rules table: every rule cites a source document that
 * really contains its quote, or is marked "afgeleid" with its derivation and
 * check values that we recompute here. The primer domain.md is never a source.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Decimal } from "decimal.js";
import { doel } from "../../../src/core/regels/doel";
import * as regels from "../../../src/core/regels/regels";
import type { Bron, Grondslag } from "../../../src/core/regels/regels";
import { SEEDS } from "./seeds-map";

const normaal = (t: string) => t.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
const SEED_NAAM = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** Problems with a cited source: only a file in ../shared/seeds counts, and it must contain the quote. */
function bronProblemen(bron: Bron, pad: string): string[] {
  if (bron.soort !== "bron") return [`${pad}: soort "${String(bron.soort)}" is not "bron"`];
  if (!SEED_NAAM.test(bron.document)) return [`${pad}: "${bron.document}" is not a source document in ../shared/seeds`];
  const bestand = path.join(SEEDS, bron.document);
  if (!fs.existsSync(bestand)) return [`${pad}: ${bron.document} does not exist`];
  if (!bron.plaats?.trim()) return [`${pad}: no place in the document`];
  const tekst = normaal(fs.readFileSync(bestand, "utf8"));
  return tekst.includes(normaal(bron.citaat)) ? [] : [`${pad}: quote "${bron.citaat}" is not in ${bron.document}`];
}

/** Problems with a rule's grondslag; for a derived rule its check values are recomputed with the rule's value. */
function grondslagProblemen(waarde: unknown, g: Grondslag, pad: string): string[] {
  if (g.soort === "bron") return bronProblemen(g, pad);
  if (g.soort !== "afgeleid") return [`${pad}: soort "${String((g as { soort: unknown }).soort)}" is neither "bron" nor "afgeleid"`];
  const problemen: string[] = [];
  if (g.afleiding.trim().length < 40) problemen.push(`${pad}: a derived rule needs its derivation in words`);
  g.controles.forEach((c, i) => {
    problemen.push(...bronProblemen(c.bron, `${pad}.controles[${i}].bron`));
    if (!normaal(c.bron.citaat).includes(Number(c.verwacht).toLocaleString("nl-NL"))) {
      problemen.push(`${pad}.controles[${i}]: the quote does not print the expected ${c.verwacht}`);
    }
    const uitkomst = doel(c.berekening.fte, 2023, { urenPerFte: String(waarde), quotumpercentage: c.berekening.quotumpercentage });
    if (uitkomst.minus(c.verwacht).abs().greaterThan(c.marge)) {
      problemen.push(`${pad}.controles[${i}]: computes ${uitkomst.toFixed(2)}, not ${c.verwacht} ± ${c.marge}`);
    }
  });
  return problemen;
}

function regelsIn(waarde: unknown, pad: string, uit: Array<[string, unknown, Grondslag]>): Array<[string, unknown, Grondslag]> {
  if (waarde && typeof waarde === "object") {
    const o = waarde as Record<string, unknown>;
    if (o.bron && typeof o.bron === "object" && "waarde" in o) uit.push([pad, o.waarde, o.bron as Grondslag]);
    for (const [k, v] of Object.entries(o)) if (k !== "bron") regelsIn(v, `${pad}.${k}`, uit);
  }
  return uit;
}

const alle = regelsIn(regels, "regels", []);

test("the rules table has rules, each sourced or derived", () => {
  expect(alle.length).toBeGreaterThanOrEqual(14);
});

test.each(alle)("%s: cites a source document that contains the quote, or is derived with check values that hold", (pad, waarde, g) => {
  expect(grondslagProblemen(waarde, g, pad)).toEqual([]);
});

test("derived rules without a check value are exactly the ones we know of (the weeks per quarter and year)", () => {
  const zonder = alle.filter(([, , g]) => g.soort === "afgeleid" && g.controles.length === 0).map(([p]) => p);
  expect(zonder).toEqual(["regels.WEKEN_PER_PERIODE"]);
  expect(regels.WEKEN_PER_PERIODE.bron.afleiding).toContain("Geen bron geeft een controlewaarde");
});

test("36 hours per Rijk fte is derived, not sourced (no source document says 36)", () => {
  expect(regels.UREN_PER_FTE_RIJK.bron.soort).toBe("afgeleid");
  for (const naam of fs.readdirSync(SEEDS)) {
    expect(normaal(fs.readFileSync(path.join(SEEDS, naam), "utf8"))).not.toMatch(/36[ -]uur|36-urige/);
  }
});

test("the checker refuses the primer domain.md, a missing quote, a wrong check value and an empty derivation", () => {
  const domain: Bron = { soort: "bron", document: "domain.md", plaats: "Units", citaat: "36 hours" };
  expect(grondslagProblemen("36", domain, "x")).toEqual(['x: "domain.md" is not a source document in ../shared/seeds']);
  const nietErin: Bron = { ...regels.UREN_PER_BAAN_PER_WEEK.bron, citaat: "Een baan staat gelijk aan 36 uur per week." };
  expect(grondslagProblemen("25.5", nietErin, "x")[0]).toContain("is not in 004_");
  // 38 hours per fte would give 431 doelbanen, not 409: the check value refuses it.
  expect(grondslagProblemen("38", regels.DOEL_BASES.rijk.bron, "x")).toEqual(["x.controles[0]: computes 431.49, not 409 ± 0.5"]);
  // Gemeenten at 36 hours per fte: 7.822,2, not "zo'n 5.540".
  expect(grondslagProblemen("36", regels.DOEL_BASES.fte.bron, "x")).toEqual(["x.controles[0]: computes 7822.16, not 5540 ± 1"]);
  expect(grondslagProblemen("36", { soort: "afgeleid", afleiding: "zo", controles: [] }, "x")).toEqual([
    "x: a derived rule needs its derivation in words",
  ]);
});

test("the 36-hour derivation states truthfully what else fits the one check value (hours and a flat factor)", () => {
  // doel rounds to 409 when 408,5 ≤ 10.491 × factor × 2,76 % < 409,5.
  const basis = new Decimal(10491).times("0.0276");
  const [laagF, hoogF] = [new Decimal("408.5").dividedBy(basis), new Decimal("409.5").dividedBy(basis)];
  const [laagU, hoogU] = [laagF.times("25.5"), hoogF.times("25.5")];
  const tekst = (d: Decimal, dp: number, r: Decimal.Rounding) => d.toDecimalPlaces(dp, r).toFixed(dp).replace(".", ",");
  const afleiding = regels.DOEL_BASES.rijk.bron.afleiding;
  expect(afleiding).toContain(`van ${tekst(laagU, 2, Decimal.ROUND_UP)} tot ${tekst(hoogU, 2, Decimal.ROUND_DOWN)}`);
  expect(afleiding).toContain(`factor van ${tekst(laagF, 3, Decimal.ROUND_UP)} tot ${tekst(hoogF, 3, Decimal.ROUND_DOWN)}`);
  expect(afleiding).toContain("7.822");
  expect(doel(200750, 2024, { urenPerFte: "36" }).toDecimalPlaces(0).toNumber()).toBe(7822);
});

const bronnenMetPublicatie = alle.flatMap(([pad, , g]) => (g.soort === "bron" && g.publicatie ? [[pad, g] as [string, Bron]] : []));
test.each(bronnenMetPublicatie)("%s: the public document it names is the seed's letter", (_pad, bron) => {
  // The publication is what the user reads; its Kamerstuk number must be the one printed in the seed.
  const tekst = normaal(fs.readFileSync(path.join(SEEDS, bron.document), "utf8"));
  const kamerstuk = /Kamerstuk (\d+ \d+), nr\. (\d+)/.exec(bron.publicatie!);
  expect(kamerstuk).not.toBeNull();
  expect(tekst).toContain(normaal(`${kamerstuk![1]}, nr. ${kamerstuk![2]}`));
});
