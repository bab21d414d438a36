/**
 * How the pane words an error in its list (foutRegel): the place, then what
 * is wrong — together exactly the BanenFout's own message, with a capital
 * only at the start of the line ("Beschikbaar budget: is leeg; …").
 */
import { BanenFout } from "../../src/core";
import { foutRegel } from "../../src/taskpane/controle-weergave";

describe("foutRegel", () => {
  test("a field: 'Beschikbaar budget: is leeg; …' (the pane made it 'Is leeg' after the colon)", () => {
    const f = new BanenFout("LEEG", {}, { veld: "beschikbaar budget" });
    expect(foutRegel(f)).toEqual({ plaats: "Beschikbaar budget: ", tekst: "is leeg; verwacht een getal." });
  });

  test("a cell: sheet, row, column and cell, then the message in lower case", () => {
    const f = new BanenFout("NEGATIEF", { waarde: "-8" }, { blad: "Personen", rij: 7, kolom: "uren per week", cel: "D7" });
    expect(foutRegel(f)).toEqual({
      plaats: "Blad Personen, rij 7, kolom uren per week (D7): ",
      tekst: "-8 is negatief; verwacht 0 of meer.",
    });
  });

  test("without a place the message starts with a capital", () => {
    expect(foutRegel(new BanenFout("GEEN_GEWICHTEN"))).toEqual({
      plaats: null,
      tekst: "Er zijn geen gewichten; verwacht minstens één gewicht.",
    });
  });

  test("place and text together are the BanenFout's message, for every kind of place", () => {
    const plaatsen = [
      {},
      { veld: "plafond" },
      { blad: "Fte" },
      { blad: "Tabel 1", rij: 4 },
      { blad: "B", rij: 2, kolom: "doel", cel: "B2" },
      { cel: "C3" },
    ];
    for (const plaats of plaatsen) {
      const f = new BanenFout("GEEN_KOPRIJ", { wat: "kolomkoppen voor doel en gerealiseerd", verwacht: '"Doel"' }, plaats);
      const { plaats: waar, tekst } = foutRegel(f);
      expect((waar ?? "") + tekst).toBe(f.message);
    }
  });
});
