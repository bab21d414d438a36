/**
 * Fuzzing the shared reader and Tabel 1 with hostile grids, the way the pane
 * uses them (stroom.ts `controleer` with the recognised or any column choice,
 * then the write plan) and the way the CLI does (`leesInvoer`: header row
 * searched, columns recognised). Every case ends in a valid Tabel 1 and a plan
 * Excel can carry out, or in Dutch BanenFouten naming their place; nothing
 * else is thrown, and no message shows a cell the reader was not told to use.
 */
import fc from "fast-check";
import { bouwTabel1 } from "../../src/core";
import { herkenFte, herkenHoofd, leesInvoer, type Raster, veldenVan } from "../../src/core/invoer/invoer";
import { controleer } from "../../src/taskpane/stroom";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { controleerFouten, controleerPlan, controleerTabel, geheimenBuiten } from "./controles";
import { kwartaal, ministeriesRaster, personenRasters, toewijzingVoor } from "./generatoren";
import { controleer as fuzz, meld, opties, tijd } from "./instellingen";

const grafiek = fc.constantFrom("realisatie" as const, "doel-gerealiseerd" as const, "geen" as const);

/** A pane or CLI outcome: the table and plan checked, or the errors checked. */
function beoordeel(
  uitkomst: { ok: true; tabel: ReturnType<typeof bouwTabel1> } | { ok: false; fouten: unknown[] },
  geheimen: string[],
  g: "realisatie" | "doel-gerealiseerd" | "geen",
): void {
  if (!uitkomst.ok) {
    controleerFouten(uitkomst.fouten, geheimen);
    return;
  }
  controleerTabel(uitkomst.tabel);
  controleerPlan(maakUitvoerPlan(uitkomst.tabel, { grafiek: g }));
}

function metHerkenning(r: Raster, vorm: "ministeries" | "personen") {
  return herkenHoofd(r).per[vorm].toewijzing;
}

describe("fuzz: shared reader → Tabel 1 → write plan", () => {
  test(
    "pane, one row per ministry: recognised or hand-picked columns",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(300).numRuns!;
      await fuzz(
        fc.property(
          ministeriesRaster().chain((r) =>
            fc.record({
              r: fc.constant(r),
              toewijzing: fc.oneof(
                fc.constant(metHerkenning(r, "ministeries")),
                toewijzingVoor(
                  veldenVan("ministeries").map((v) => v.sleutel),
                  r.koppen.length,
                ),
              ),
              kwartaal,
              grafiek,
              sluitend: fc.boolean(),
            }),
          ),
          ({ r, toewijzing, kwartaal: k, grafiek: g, sluitend }) => {
            const uit = controleer({
              kwartaal: k,
              vorm: "ministeries",
              hoofd: { ...r, verborgenRijen: r.verborgenRijen ?? [], adres: "", verzoeken: 0 },
              toewijzing,
            });
            const geheimen = geheimenBuiten(r.koppen, toewijzing);
            if (uit.ok && sluitend) {
              beoordeel({ ok: true, tabel: bouwTabel1(uit.invoer, "sluitend") }, geheimen, g);
              return;
            }
            beoordeel(uit, geheimen, g);
          },
        ),
        opties(300),
      );
      meld("taakvenster ministeries", n, Date.now() - begin);
    },
    tijd(60_000),
  );

  test(
    "pane, one row per person with an fte table",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(200).numRuns!;
      await fuzz(
        fc.property(
          personenRasters().chain(({ hoofd, fte }) =>
            fc.record({
              hoofd: fc.constant(hoofd),
              fte: fc.constant(fte),
              toewijzing: fc.oneof(
                fc.constant(metHerkenning(hoofd, "personen")),
                toewijzingVoor(
                  veldenVan("personen").map((v) => v.sleutel),
                  hoofd.koppen.length,
                ),
              ),
              kwartaal,
              grafiek,
            }),
          ),
          ({ hoofd, fte, toewijzing, kwartaal: k, grafiek: g }) => {
            const fteToewijzing = herkenFte(fte).per.ministeries.toewijzing;
            const uit = controleer({
              kwartaal: k,
              vorm: "personen",
              hoofd: { ...hoofd, verborgenRijen: hoofd.verborgenRijen ?? [], adres: "", verzoeken: 0 },
              toewijzing,
              fte: { ...fte, verborgenRijen: fte.verborgenRijen ?? [], adres: "", verzoeken: 0 },
              fteToewijzing,
            });
            beoordeel(
              uit,
              [...geheimenBuiten(hoofd.koppen, toewijzing), ...geheimenBuiten(fte.koppen, fteToewijzing).map((g2) => `fte:${g2}`)],
              g,
            );
          },
        ),
        opties(200),
      );
      meld("taakvenster personen", n, Date.now() - begin);
    },
    tijd(60_000),
  );

  test(
    "CLI reader: header row searched, title rows, exceljs cell objects, both shapes",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(300).numRuns!;
      const invoer = fc.oneof(
        ministeriesRaster({ objecten: true, titelrijen: true }).map((hoofd) => ({ hoofd, fte: null as Raster | null })),
        personenRasters({ objecten: true, titelrijen: true }),
      );
      await fuzz(
        fc.property(invoer, kwartaal, grafiek, ({ hoofd, fte }, k, g) => {
          const gelezen = leesInvoer({ kwartaal: k, hoofd, fte });
          // Markers sit in the id and name columns, which no field of either shape uses.
          const geheimen = ["geheim"];
          if (!gelezen.ok) {
            controleerFouten(gelezen.fouten, geheimen);
            return;
          }
          let tabel;
          try {
            tabel = bouwTabel1(gelezen.invoer);
          } catch (e) {
            controleerFouten([e], geheimen);
            return;
          }
          beoordeel({ ok: true, tabel }, geheimen, g);
        }),
        opties(300),
      );
      meld("CLI-lezer", n, Date.now() - begin);
    },
    tijd(60_000),
  );
});
