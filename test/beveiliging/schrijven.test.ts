/**
 * Safe writes of the pane, exhaustively against the fake Excel host: a Tabel 1
 * write fails at EVERY request and after EVERY operation within it (the host
 * applies a batch up to the failing operation, as Excel does: a batch is no
 * transaction). Whatever fails, the workbook is byte-for-byte as it was
 * (snapshot), and the user gets a Dutch PaneFout saying so. When removing the
 * half-written sheet fails as well, the message says that honestly, names the
 * sheet, and every other sheet is still unchanged.
 */
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { isPaneFout, type PaneFout } from "../../src/taskpane/pane-fout";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { voorbeeldTabel } from "../taskpane/hulp";

const nep = require("../taskpane/fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;

interface Statistiek {
  syncs: number;
  verzoeken: Array<{ nr: number; operaties: number }>;
}

/** A workbook with the user's own work: a person list, an older Tabel 1 and a table. */
function werkmap(): void {
  nep.leegmaken();
  nep.laadBlad("Personen", [
    ["id", "ministerie", "soort dienstverband", "uren per week"],
    ["SYN-1", "AZ", "formeel", 36],
  ]);
  nep.laadTabel("Personen", "TabelPersonen", "A1:D2");
  nep.laadBlad("Tabel 1 2023Q2", [["mijn eigen werk", 42]]);
}

const plan = () => maakUitvoerPlan(voorbeeldTabel(), { grafiek: "realisatie" });

/** Requests of a successful write, and the operations in each. */
async function verzoekenVanEenGoedeSchrijfactie(): Promise<number[]> {
  werkmap();
  nep.resetStatistiek();
  await maakExcelToegang(excel()).schrijf(plan());
  return (nep.statistiek() as Statistiek).verzoeken.map((v) => v.operaties);
}

let operatiesPerVerzoek: number[] = [];
beforeAll(async () => {
  operatiesPerVerzoek = await verzoekenVanEenGoedeSchrijfactie();
});

test("a Tabel 1 write takes three requests (names, new sheet, contents)", () => {
  expect(operatiesPerVerzoek).toHaveLength(3);
  expect(operatiesPerVerzoek[2]).toBeGreaterThan(30);
});

/** Every (request, operations done before the failure) of a write. */
function storingen(): Array<[number, number]> {
  return operatiesPerVerzoek.flatMap((ops, i) => Array.from({ length: ops }, (_, k): [number, number] => [i + 1, k]));
}

test("a failure at every request and after every operation leaves the workbook as it was, and the user is told", async () => {
  const lijst = storingen();
  expect(lijst.length).toBeGreaterThan(40);
  const mislukt: string[] = [];
  for (const [verzoek, naOperaties] of lijst) {
    werkmap();
    const voor = nep.snapshot();
    nep.faalBijVerzoek(verzoek, { naOperaties });
    const fout = await maakExcelToegang(excel())
      .schrijf(plan())
      .then(
        () => null,
        (e: unknown) => e,
      );
    const waar = `verzoek ${verzoek} na ${naOperaties} operaties`;
    if (!isPaneFout(fout)) mislukt.push(`${waar}: geen PaneFout maar ${String(fout)}`);
    else if (fout.soort !== "schrijven") mislukt.push(`${waar}: soort ${fout.soort}`);
    else if (!/(Er is niets veranderd|de werkmap is weer zoals hij was)/.test(fout.message))
      mislukt.push(`${waar}: melding "${fout.message}"`);
    if (nep.snapshot() !== voor) mislukt.push(`${waar}: de werkmap is veranderd (bladen nu: ${nep.bladnamen().join(", ")})`);
  }
  expect(mislukt).toEqual([]);
}, 30_000); // one write per failure point (over 40), seconds on a loaded machine

/** The fake host, with the n-th Excel.run (counting from 1) failing before it does anything: a host that stops answering. */
function metWeigerendeRun(n: number): ExcelRun {
  let runs = 0;
  return {
    run: (batch) => {
      runs++;
      if (runs === n) return Promise.reject(Object.assign(new Error("Nep: Excel antwoordt niet."), { code: "GeneralException" }));
      return excel().run(batch);
    },
  };
}

test("when removing the half-written sheet fails too, the message says so, names the sheet, and other sheets are unchanged", async () => {
  werkmap();
  const voor = JSON.parse(nep.snapshot()) as { bladen: Array<{ b: { naam: string } }> };
  // Request 3 (contents) fails halfway; then the 4th run, the removal, fails as well.
  nep.faalBijVerzoek(3, { naOperaties: 10 });
  const fout = (await maakExcelToegang(metWeigerendeRun(4))
    .schrijf(plan())
    .catch((e: unknown) => e)) as PaneFout;
  expect(isPaneFout(fout)).toBe(true);
  expect(fout.message).toBe(
    'Schrijven naar het nieuwe blad "Tabel 1 2023Q2 (2)" is halverwege mislukt (Excel meldt GeneralException), en het blad kon niet worden verwijderd. ' +
      'Verwijder het blad "Tabel 1 2023Q2 (2)" zelf; andere bladen zijn niet veranderd.',
  );
  // Exactly that sheet is extra; every sheet that was there is as it was.
  const na = JSON.parse(nep.snapshot()) as { bladen: Array<{ b: { naam: string } }> };
  expect(na.bladen.map((b) => b.b.naam)).toEqual([...voor.bladen.map((b) => b.b.naam), "Tabel 1 2023Q2 (2)"]);
  expect(na.bladen.slice(0, voor.bladen.length)).toEqual(voor.bladen);
});

test("a failed removal is never reported as success: after a failing contents request and a refused removal the message never says the workbook is as it was", async () => {
  for (const naOperaties of [0, 1, 5, 20]) {
    werkmap();
    nep.faalBijVerzoek(3, { naOperaties });
    const fout = (await maakExcelToegang(metWeigerendeRun(4))
      .schrijf(plan())
      .catch((e: unknown) => e)) as PaneFout;
    expect(fout.message).not.toMatch(/weer zoals hij was/);
    expect(fout.message).toMatch(/kon niet worden verwijderd/);
  }
});
