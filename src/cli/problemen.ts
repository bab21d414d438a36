/** Input errors as rows for a file (CSV; the xlsx module has its own writer): where, and what is wrong. */
import { type BanenFout, plaatsTekst } from "../core";

export function problemenRijen(fouten: readonly BanenFout[]): string[][] {
  return [
    ["blad", "rij", "kolom", "cel", "code", "melding"],
    ...fouten.map((f) => [
      f.plaats.blad ?? "",
      f.plaats.rij === undefined ? "" : String(f.plaats.rij),
      f.plaats.kolom ?? f.plaats.veld ?? "",
      f.plaats.cel ?? "",
      f.code,
      f.kern || plaatsTekst(f.plaats),
    ]),
  ];
}
