/**
 * Fuzzing the pane's flows against the fake Excel host (test/taskpane/
 * fake-excel-host.js): hostile sheets as Excel holds them (numbers, text,
 * booleans, empty; errors as their text; dates as serial numbers; hidden
 * rows) are read by the Excel module, checked by the flow and written to a
 * new sheet, sometimes with the host failing at a random request and
 * operation. For Tabel 1 and for the centrale financiering:
 * - when the check finds problems, nothing in the workbook changes;
 * - when writing fails, the workbook is byte-for-byte as it was and the user
 *   gets a PaneFout (or, if even removing failed, a message that says so);
 * - when writing succeeds, every sheet that was there is unchanged, and no
 *   text cell that Excel would run as a formula lacks the text format.
 */
import fc from "fast-check";
import type { Raster } from "../../src/core/invoer/invoer";
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { isPaneFout } from "../../src/taskpane/pane-fout";
import { Tabel1Stroom, controleer } from "../../src/taskpane/stroom";
import { controleerFinanciering, FinancieringStroom } from "../../src/taskpane/stroom-financiering";
import { controleerFouten, controleerTabel } from "./controles";
import { ministerieNaam, ministeriesRaster, personenRasters, schoneNaam, vijandigeCel } from "./generatoren";
import { controleer as fuzz, meld, opties, tijd } from "./instellingen";

const nep = require("../taskpane/fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;

/** A cell as Excel holds it and gives it to an add-in. */
function alsExcel(w: unknown): string | number | boolean {
  if (w === null || w === undefined) return "";
  if (typeof w === "number") return Number.isFinite(w) ? w : "#GETAL!";
  if (w instanceof Date) return Number.isNaN(w.getTime()) ? "" : w.getTime() / 86_400_000 + 25_569;
  if (typeof w === "boolean" || typeof w === "string") return w;
  return String(w);
}

/** Puts a grid on a new sheet at its place (rijIndex, kolomIndex), with its hidden rows. */
function laad(r: Raster, naam: string): void {
  const rijen = [r.koppen, ...r.rijen].map((rij) => [...Array<string>(r.kolomIndex).fill(""), ...rij.map(alsExcel)]);
  nep.laadBlad(naam, [...Array.from({ length: r.rijIndex }, () => [] as unknown[]), ...rijen], { verborgen: r.verborgenRijen ?? [] });
}

const storing = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.record({ verzoek: fc.integer({ min: 1, max: 3 }), naOperaties: fc.integer({ min: 0, max: 80 }) }) },
);

interface Blad {
  naam: string;
  waarden: unknown[][];
  formaten: string[][];
}

/** How the cases ended, for the report of a long run (a fuzz test that never writes would prove little). */
const afloop = { fouten: 0, geschreven: 0, mislukt: 0 };

/** The rules for a write: on failure nothing changed; on success the old sheets are unchanged and no text became a formula. */
async function schrijfEnControleer(
  voor: string,
  schrijf: () => Promise<{ blad: string }>,
  s: { verzoek: number; naOperaties: number } | null,
): Promise<void> {
  if (s) nep.faalBijVerzoek(s.verzoek, { naOperaties: s.naOperaties });
  let uit: { blad: string } | null = null;
  let fout: unknown = null;
  try {
    uit = await schrijf();
  } catch (e) {
    fout = e;
  }
  nep.faalBijVerzoek(null);
  afloop[fout === null ? "geschreven" : "mislukt"]++;
  if (fout !== null) {
    if (!isPaneFout(fout)) throw new Error(`schrijven gooit geen PaneFout maar ${String(fout)}`);
    if (nep.snapshot() !== voor) throw new Error(`schrijven mislukte (${fout.message}) en de werkmap is veranderd`);
    return;
  }
  const oud = (JSON.parse(voor) as { bladen: Array<{ b: { naam: string } }> }).bladen;
  const nu = (JSON.parse(nep.snapshot()) as { bladen: Array<{ b: { naam: string } }> }).bladen;
  if (JSON.stringify(nu.slice(0, oud.length)) !== JSON.stringify(oud)) throw new Error("een bestaand blad is veranderd");
  if (nu.length !== oud.length + 1 || nu[oud.length]!.b.naam !== uit!.blad)
    throw new Error(`verwacht precies één nieuw blad "${uit!.blad}"`);
  const blad = nep.blad(uit!.blad) as Blad;
  blad.waarden.forEach((rij, r) =>
    rij.forEach((w, k) => {
      if (typeof w === "string" && /^[=+\-@]/.test(w) && blad.formaten[r]![k] !== "@") {
        throw new Error(
          `${nep.adres.kolomLetters(k)}${r + 1}: "${w.slice(0, 40)}" staat er zonder tekstopmaak (${blad.formaten[r]![k]}): Excel maakt er een formule van`,
        );
      }
    }),
  );
}

beforeEach(() => nep.leegmaken());

describe("fuzz: pane flows against the fake Excel host", () => {
  test(
    "Tabel 1: read, check, write; nothing changes on a problem or a failed write",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(120, 0.1).numRuns!;
      const invoer = fc.oneof(
        ministeriesRaster().map((hoofd) => ({ hoofd, fte: null as Raster | null })),
        personenRasters(),
      );
      await fuzz(
        fc.asyncProperty(
          invoer,
          fc.constantFrom("per-cel" as const, "sluitend" as const),
          fc.constantFrom("realisatie" as const, "doel-gerealiseerd" as const, "geen" as const),
          storing,
          async ({ hoofd, fte }, afronding, grafiek, s) => {
            nep.leegmaken();
            nep.laadBlad("Eigen werk", [
              ["niet aankomen", 1],
              ["=SOM(B1)", 2],
            ]);
            laad(hoofd, "Gegevens");
            if (fte) laad(fte, "Fte");
            const toegang = maakExcelToegang(excel());
            const stroom = new Tabel1Stroom(toegang);
            const voor = nep.snapshot();
            let h: Awaited<ReturnType<Tabel1Stroom["leesHoofd"]>>;
            let f: Awaited<ReturnType<Tabel1Stroom["leesFte"]>> | null;
            try {
              h = await stroom.leesHoofd({ soort: "blad", naam: "Gegevens" });
              f = fte ? await stroom.leesFte({ soort: "blad", naam: "Fte" }) : null;
            } catch (e) {
              // An empty sheet: the pane says so (PaneFout "bron") and nothing changes.
              if (!isPaneFout(e) || e.soort !== "bron") throw e;
              if (nep.snapshot() !== voor) throw new Error("lezen heeft de werkmap veranderd");
              return;
            }
            const vorm = fte ? "personen" : "ministeries";
            const uitkomst = controleer({
              kwartaal: "2023Q2",
              vorm,
              hoofd: h.bereik,
              toewijzing: h.herkenning.per[vorm].toewijzing,
              fte: f?.bereik ?? null,
              fteToewijzing: f?.herkenning.per.ministeries.toewijzing ?? null,
            });
            if (!uitkomst.ok) {
              afloop.fouten++;
              controleerFouten(uitkomst.fouten, ["geheim"]);
              if (nep.snapshot() !== voor) throw new Error("de controle heeft de werkmap veranderd");
              return;
            }
            controleerTabel(uitkomst.tabel);
            await schrijfEnControleer(voor, () => stroom.maak(uitkomst.invoer, afronding, grafiek), s);
          },
        ),
        opties(120, 0.1),
      );
      meld(`taakvenster Tabel 1 + nep-Excel (${JSON.stringify(afloop)})`, n, Date.now() - begin);
      Object.assign(afloop, { fouten: 0, geschreven: 0, mislukt: 0 });
    },
    tijd(60_000),
  );

  test(
    "centrale financiering: read a Tabel 1-like sheet, check with typed amounts, write; same rules",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(80, 0.1).numRuns!;
      // The printed-table reader takes names from the first column; the id column (markers no message may show) comes last.
      // The printed-table reader takes names from the first column; the id column (markers no message may show) comes last.
      const schoon = fc
        .record({
          koppen: fc.shuffledSubarray(["doel", "gerealiseerd", "id"], { minLength: 3 }).map((k) => ["ministerie", ...k] as unknown[]),
          aantal: fc.integer({ min: 1, max: 14 }),
        })
        .chain(({ koppen, aantal }) =>
          fc.record({
            koppen: fc.constant(koppen),
            rijen: fc.tuple(
              ...Array.from({ length: aantal }, (_, r) =>
                fc.tuple(
                  ...koppen.map((k) =>
                    k === "ministerie"
                      ? fc.constant(schoneNaam(r))
                      : k === "id"
                        ? fc.constant("geheim")
                        : fc.integer({ min: 0, max: 2000 }),
                  ),
                ),
              ),
            ),
          }),
        );
      const vijandig = fc
        .shuffledSubarray(["ministerie", "doel", "gerealiseerd", "Totaal banen gerealiseerd", "Doel (voorlopig)", "tekort"], {
          minLength: 2,
        })
        .map((k) => [...k, "id"])
        .chain((koppen) =>
          fc.record({
            koppen: fc.constant(koppen as unknown[]),
            rijen: fc.array(
              fc.tuple(
                ...koppen.map((k) =>
                  k === "ministerie"
                    ? ministerieNaam
                    : k === "id"
                      ? fc.constant("geheim")
                      : fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 2000 }) }, { weight: 1, arbitrary: vijandigeCel() }),
                ),
              ),
              { maxLength: 14 },
            ),
          }),
        );
      const tabel = fc.oneof({ weight: 2, arbitrary: schoon }, { weight: 1, arbitrary: vijandig });
      const bedrag = fc.oneof(
        {
          weight: 3,
          arbitrary: fc.oneof(
            fc.constantFrom("45.000", "45000", "€ 45.000,00", "1.250.000,50"),
            fc.integer({ min: 1, max: 1e9 }).map(String),
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom("", "0", "-1", "45.000,001", "veel", "1e308", "9".repeat(400)) },
      );
      await fuzz(
        fc.asyncProperty(
          tabel,
          bedrag,
          bedrag,
          fc.constantFrom("", "400", "0", "-1", "2,5", "500"),
          fc.constantFrom("", "omhoog", "omlaag", "zijwaarts"),
          storing,
          async (t, kosten, budget, plafond, afronding, s) => {
            nep.leegmaken();
            nep.laadBlad("Eigen werk", [["niet aankomen", 1]]);
            laad({ blad: "Tabel 1 2023Q2", rijIndex: 0, kolomIndex: 0, koppen: t.koppen, rijen: t.rijen as unknown[][] }, "Tabel 1 2023Q2");
            const stroom = new FinancieringStroom(maakExcelToegang(excel()));
            const voor = nep.snapshot();
            const bereik = await stroom.lees({ soort: "blad", naam: "Tabel 1 2023Q2" });
            const c = controleerFinanciering({ bereik, kostenPerBaan: kosten, budget, plafond, afronding });
            if (!c.ok) {
              afloop.fouten++;
              controleerFouten(c.fouten, ["geheim"]);
              if (nep.snapshot() !== voor) throw new Error("de controle heeft de werkmap veranderd");
              return;
            }
            await schrijfEnControleer(voor, () => stroom.schrijf(c), s);
          },
        ),
        opties(80, 0.1),
      );
      meld(`taakvenster financiering + nep-Excel (${JSON.stringify(afloop)})`, n, Date.now() - begin);
    },
    tijd(60_000),
  );
});
