/**
 * Cases made in code: the same small table (AZ, BZ, Fin of the sample, Tabel 1
 * 2023Q2 rows as published) in every encoding and separator Dutch Excel and HR
 * exports write, each read back as exactly that table.
 */
import type { Coderingsvorm, Geval } from "./corpus";

const KOP = ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren"];
const NL = [
  ["AZ", "485", "116", "108,5", "0"],
  ["BZ", "3.370", "1.267,5", "993", "99"],
  ["Fin", "35.902", "24.122", "432,5", "6.527"],
];

export function gegenereerdeGevallen(): Geval[] {
  const coderingen: Coderingsvorm[] = ["utf-8", "windows-1252", "utf-16le-bom", "utf-16be"];
  const scheidingen: [string, string][] = [
    [";", "puntkomma"],
    ["\t", "tab"],
  ];
  return coderingen.flatMap((codering) =>
    scheidingen.map(([teken, naam]) => ({
      naam: `gegenereerd: ${codering}, ${naam}`,
      omschrijving: `de drie ministeries in ${codering}, ${naam}-gescheiden, Nederlandse getallen`,
      invoer: { naam: "drie-2023Q2.csv", regels: [KOP, ...NL].map((r) => r.join(teken)), codering, regeleinde: "crlf" as const },
      verwacht: { tabel: "@drie-2023Q2" },
    })),
  );
}
