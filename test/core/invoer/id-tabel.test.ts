/** IdTabel (invoer/id-tabel.ts): the earlier row of a repeated id, with the ascending shortcut (opvolgend) as the pass's loop uses it. */
import { IdTabel, opvolgend } from "../../../src/core/invoer/id-tabel";

/** As PersoonRijen.lees: a text id tries the shortcut first, else voegToe. Gives [earlier, row] per repeat. */
function herhalingen(ids: Array<string | number>, metSnel: boolean, aantal = ids.length): Array<[number, number]> {
  const tabel = new IdTabel(aantal, (j) => ids[j]);
  const uit: Array<[number, number]> = [];
  ids.forEach((id, i) => {
    if (metSnel && typeof id === "string" && opvolgend(tabel.oplopend, id, i)) return;
    const eerder = tabel.voegToe(id, i);
    if (eerder >= 0) uit.push([eerder, i]);
  });
  return uit;
}

/** The reference: the first row of each id, by a Map. */
function verwacht(ids: Array<string | number>): Array<[number, number]> {
  const eerste = new Map<string | number, number>();
  const uit: Array<[number, number]> = [];
  ids.forEach((id, i) => {
    const e = eerste.get(id);
    if (e === undefined) eerste.set(id, i);
    else uit.push([e, i]);
  });
  return uit;
}

describe("IdTabel", () => {
  it("finds a repeat after a long ascending run, also of the first id", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `P${String(i).padStart(5, "0")}`);
    const metHerhaling = [...ids, "P00000", "P00500", "P00999", "X", "X"];
    for (const snel of [true, false]) expect(herhalingen(metHerhaling, snel)).toEqual(verwacht(metHerhaling));
  });

  it("equals the reference on random ids of both types, with the shortcut or without, and with fewer rows announced", () => {
    let zaad = 7;
    const willekeurig = () => (zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let ronde = 0; ronde < 30; ronde++) {
      const n = 50 + Math.floor(willekeurig() * 400);
      const opeen = Math.floor(willekeurig() * n); // an ascending start of some length, then anything
      const ids = Array.from({ length: n }, (_, i) =>
        i < opeen
          ? `A${String(i).padStart(4, "0")}`
          : willekeurig() < 0.5
            ? Math.floor(willekeurig() * n)
            : `A${Math.floor(willekeurig() * n)}`,
      );
      const ref = verwacht(ids);
      expect(herhalingen(ids, true)).toEqual(ref);
      expect(herhalingen(ids, false)).toEqual(ref);
      expect(herhalingen(ids, true, 1)).toEqual(ref);
    }
  });

  it("the shortcut refuses what it cannot decide: the first id, a number before, a smaller or equal text", () => {
    const tabel = new IdTabel(10, () => undefined);
    expect(opvolgend(tabel.oplopend, "B", 0)).toBe(false);
    expect(tabel.voegToe("B", 0)).toBe(-1);
    expect(opvolgend(tabel.oplopend, "B", 1)).toBe(false);
    expect(opvolgend(tabel.oplopend, "A", 1)).toBe(false);
    expect(opvolgend(tabel.oplopend, "C", 1)).toBe(true);
  });
});
