/**
 * The HyperFormula harness follows Excel's documented error rules (see
 * hyperformula-plugin.ts), and the build's allowErrorForDataTypeAny step
 * (scripts/functies-metadata.js) matters: both sides are shown here.
 *
 * - With the flag (functions.json as the build writes it, namespace BANEN):
 *   an error cell in a range reaches the function, so one #DEEL/0! in A1:A3
 *   gives one error cell and the other rows their result.
 * - Without it (namespace ZONDER, the same functions and JSDoc metadata
 *   without the flag): Excel does not call the function at all.
 * - A message shows only with #WAARDE! and #N/B.
 */
import { NepExcelFout, registreerPlugin, type Metadata } from "../../emulatie/hyperformula-plugin";
import { DetailedCellError, genereer, reken, registreerZonderFoutInvoer, waarde, werkblad } from "./hyperformula-brug";
import { doel } from "../../src/core";

// Plain JS module without type declarations.
const { metFoutInvoer } = require("../../scripts/functies-metadata") as { metFoutInvoer: (m: Metadata) => Metadata };

beforeAll(async () => {
  await registreerZonderFoutInvoer();
});

function fout(cel: unknown): { fout: string; bericht: string } {
  if (!(cel instanceof DetailedCellError)) throw new Error(`geen foutwaarde: ${String(cel)}`);
  return { fout: cel.value, bericht: cel.message };
}

describe("allowErrorForDataTypeAny (functions.json of the build)", () => {
  test("the metadata the build writes has the flag; every parameter is `any`, so it reaches all of them", async () => {
    const { metadata } = await genereer();
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const f of metadata.functions)
      for (const p of f.parameters) expect([f.id, p.name, p.type ?? "any"]).toEqual([f.id, p.name, "any"]);
  });

  test("the step refuses a parameter the flag would not reach (not `any`)", () => {
    const metadata = {
      functions: [{ id: "X", name: "X", description: "", parameters: [{ name: "getal", type: "number" }], result: {} }],
    } as Metadata;
    expect(() => metFoutInvoer(metadata)).toThrow(/alleen voor parameters van het type any; niet any: X\(getal: number\)/);
  });

  test("with the flag: one #DEEL/0! in a column gives one error cell, the rest is computed (per-cell pass-through)", () => {
    const hf = werkblad([[100, "=BANEN.DOEL(A1:A3;2023)"], ["=1/0"], [300]]);
    expect(waarde(hf, "B1")).toBe(doel(100, 2023).toNumber());
    expect(fout(waarde(hf, "B2")).fout).toBe("#DELING.DOOR.0!");
    expect(waarde(hf, "B3")).toBe(doel(300, 2023).toNumber());
  });

  test("without the flag: Excel does not call the function; the input's error is the whole answer", () => {
    const hf = werkblad([[100, "=ZONDER.DOEL(A1:A3;2023)"], ["=1/0"], [300]]);
    expect(fout(waarde(hf, "B1")).fout).toBe("#DELING.DOOR.0!");
    expect(waarde(hf, "B3")).not.toBe(doel(300, 2023).toNumber());
    expect(fout(reken("=ZONDER.DOEL(100;A1)", [["=1/0"]])).fout).toBe("#DELING.DOOR.0!");
  });

  test("VERDEEL with an error among the weights: one error for the call on both sides, the input's own", () => {
    expect(fout(reken("=BANEN.VERDEEL(10;A1:A2)", [[1], ["=1/0"]])).fout).toBe("#DELING.DOOR.0!");
    expect(fout(reken("=ZONDER.VERDEEL(10;A1:A2)", [[1], ["=1/0"]])).fout).toBe("#DELING.DOOR.0!");
  });

  test("an error reaches the function as CustomFunctions.Error(code) without a message, as Excel's runtime hands it over", () => {
    const gezien: unknown[] = [];
    const metadata: Metadata = {
      allowErrorForDataTypeAny: true,
      functions: [{ id: "KIJK", name: "KIJK", description: "", parameters: [{ name: "x", type: "any" }], result: {} }],
    };
    registreerPlugin(metadata, new Map([["KIJK", (x: unknown) => (gezien.push(x), 1)]]), "PROEFA");
    expect(reken("=PROEFA.KIJK(A1)", [['=BANEN.DOEL("veel";2023)']])).toBe(1);
    expect(gezien).toEqual([new NepExcelFout("#VALUE!")]);
  });
});

describe("messages: only #WAARDE! and #N/B show one (Excel's rule, modelled by the harness)", () => {
  beforeAll(() => {
    const f = (id: string) => ({ id, name: id, description: "", parameters: [], result: {} });
    const metadata: Metadata = { functions: ["WAARDE", "NB", "GETAL", "DEEL0"].map(f) };
    registreerPlugin(
      metadata,
      new Map([
        ["WAARDE", () => new NepExcelFout("#VALUE!", "uitleg")],
        ["NB", () => new NepExcelFout("#N/A", "uitleg")],
        ["GETAL", () => new NepExcelFout("#NUM!", "uitleg")],
        ["DEEL0", () => new NepExcelFout("#DIV/0!", "uitleg")],
      ]),
      "PROEFB",
    );
  });

  test.each([
    ["=PROEFB.WAARDE()", "#WAARDE!", "uitleg"],
    ["=PROEFB.NB()", "#N/B", "uitleg"],
    ["=PROEFB.GETAL()", "#GETAL!", ""],
    ["=PROEFB.DEEL0()", "#DELING.DOOR.0!", ""],
  ])("%s shows %s with message %j", (formule, code, bericht) => {
    expect(fout(reken(formule))).toEqual({ fout: code, bericht });
  });
});
