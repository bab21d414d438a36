/**
 * Issue 18 in the pane's flow (stroom.controleer): the doel choices (basis,
 * status, the fte's quarter) and the percentages recorded in the workbook go
 * into the checked input, so footnote 2 and the doel record name them; the
 * fte's quarter is read from the fte sheet's name when not given.
 */
import { controleer, type ControleVraag } from "../../src/taskpane/stroom";
import { leesEigenRegels } from "../../src/core";
import type { GelezenBereik } from "../../src/taskpane/excel-toegang";

const bereik = (blad: string, koppen: string[], rijen: unknown[][]): GelezenBereik => ({
  blad,
  rijIndex: 0,
  kolomIndex: 0,
  koppen,
  rijen,
  verborgenRijen: [],
  adres: `${blad}!A1`,
  verzoeken: 1,
});

const vraag = (doel: ControleVraag["doel"], kwartaal = "2025Q2"): ControleVraag => ({
  kwartaal,
  vorm: "personen",
  hoofd: bereik(
    "Personen",
    ["ministerie", "soort dienstverband", "uren per week"],
    [
      ["AZ", "formeel", 25.5],
      ["AZ", "Social Return", 25.5],
    ],
  ),
  toewijzing: { ministerie: 0, soort: 1, uren: 2, periode: null, register: null },
  fte: bereik("Fte 2025Q1", ["ministerie", "fte"], [["AZ", 100]]),
  fteToewijzing: { ministerie: 0, fte: 1, doel: null, toegedeeld: null, voetnoot: null },
  doel,
});

test("2025 without a recorded percentage fails the check; with one recorded in the workbook, the footnote names its source", () => {
  expect(controleer(vraag({})).ok).toBe(false);
  const eigenRegels = leesEigenRegels(
    { quotumpercentages: [{ jaar: 2025, percentage: "2,8%", bron: "Kamerbrief (voorbeeld)" }] },
    "deze werkmap",
  );
  const uit = controleer(vraag({ eigenRegels, basis: "fte", doelstatus: "definitief" }));
  if (!uit.ok) throw new Error(uit.fouten.map((f) => f.message).join("\n"));
  const noot = uit.tabel.voetnoten[1]!.tekst;
  expect(noot).toContain(
    "Het definitieve doel wordt berekend m.b.v. de quotumcalculator met quotumpercentage 2,8 procent o.b.v. het aantal fte in het 1e kwartaal van 2025.",
  );
  expect(noot).toContain("vastgelegd in deze werkmap; bron volgens de gebruiker: Kamerbrief (voorbeeld)");
  expect(noot).toContain("Basis: fte zonder omrekening; afgeleid");
  expect(uit.tabel.doelgrondslag).toMatchObject({ ftePeildatum: "2025Q1", fteBron: "Fte 2025Q1", meldingen: [] });
  expect(uit.samenvatting).toContain("1 rij telt niet mee voor het quotum (Social Return (SROI): 1)");
});

test("an fte quarter given in the pane wins over the sheet name, and a mismatch with the rule is reported", () => {
  const eigenRegels = leesEigenRegels({ quotumpercentages: [{ jaar: 2025, percentage: "2,8%", bron: "x" }] }, "deze werkmap");
  const uit = controleer(vraag({ eigenRegels, ftePeildatum: "2024Q4" }));
  if (!uit.ok) throw new Error("expected ok");
  expect(uit.tabel.doelgrondslag.meldingen[0]).toContain(
    "De fte zijn van 2024Q4, maar het voorlopige doel 2025 rekent volgens de regel met fte van 2025Q1",
  );
});
