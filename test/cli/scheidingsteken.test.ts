/** The separator of a CSV file, decided once from all of its lines, with evidence; ambiguous → ONBESLIST. */
import { leesCsv } from "../../src/cli/csv";
import { kiesScheidingsteken } from "../../src/cli/scheidingsteken";

const teken = (tekst: string) => kiesScheidingsteken(tekst, "t.csv").teken;

describe("separator", () => {
  test("';' with decimal commas in every row is not ',' (the header line has none)", () => {
    expect(teken("ministerie;uren\nAZ;21,5\nBZ;12,5\n")).toBe(";");
  });
  test("tab export with '1.267,5' and text with commas", () => {
    expect(teken("ministerie\tfte\tvoetnoot\nAZ\t485\tja, zie noot\nBZ\t1.267,5\t\n")).toBe("\t");
  });
  test("',' with quoted Dutch numbers: the quotes hold the comma", () => {
    expect(teken('ministerie,fte\nAZ,"24,122"\nBZ,"1.267,5"\n')).toBe(",");
  });
  test("title lines above the table and empty rows (';;;;') below do not count against it", () => {
    expect(teken("Realisatie 2023Q2, voorlopig\n\nministerie;fte;uren\nAZ;485;116\n;;\n;;\n")).toBe(";");
  });
  test("a quoted field over two lines is one record", () => {
    expect(teken('a;b;c\n1;"regel een\nregel twee";3\n4;5;6\n')).toBe(";");
  });
  test("two separators that fit equally: ONBESLIST naming both and --scheidingsteken", () => {
    expect(() => teken("a;b,c\n1;2,3\n")).toThrow(
      /niet zeker welk scheidingsteken.*met puntkomma \(;\): 2 regels vanaf regel 1, 2 velden.*met komma \(,\): 2 regels vanaf regel 1, 2 velden.*--scheidingsteken/,
    );
    expect(kiesScheidingsteken("a;b,c\n1;2,3\n", "t.csv", ",").teken).toBe(",");
  });
});

describe("rows are file lines", () => {
  test("after a field over three lines the next record is row 5, as the editor shows it", () => {
    const r = leesCsv('ministerie;voetnoot\nAZ;"een\ntwee\ndrie"\nBZ;x\n', "t.csv");
    expect(r.rijen).toEqual([["AZ", "een\ntwee\ndrie"], [], [], ["BZ", "x"]]);
  });
  test("a quote never closed is named at the line where it opened, in Dutch", () => {
    expect(() => leesCsv('a;b\n1;2\n3;"4\n5;6\n', "t.csv")).toThrow(
      /^Blad t\.csv, rij 3: geen leesbare CSV: een aanhalingsteken wordt geopend maar niet gesloten/,
    );
    expect(() => leesCsv('a;b\n1;2\n3;4"x\n', "t.csv")).toThrow(
      /^Blad t\.csv, rij 3: geen leesbare CSV: een aanhalingsteken midden in een veld/,
    );
  });
});
