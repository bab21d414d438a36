/** The scanner's number reading (blad-scanner.ts getalIn) gives exactly what Number() gives, for every form a sheet holds. */
import { getalIn } from "../../../src/cli/werkmap/blad-scanner";

const lees = (t: string) => getalIn(Buffer.from(`<v>${t}</v>`, "latin1"), 3, 3 + t.length);

test("plain decimals, long ones, signs, exponents and odd forms: the same double as Number()", () => {
  const vast = [
    "0",
    "31",
    "24.5",
    "0.1",
    "0.7",
    "1.005",
    "123456789012345",
    "1234567890123456",
    "12345678901234567890",
    ".5",
    "1.",
    "007",
    "-3.5",
    "1E-3",
    "2.5e10",
    "0.30000000000000004",
    "1e400",
    "9007199254740993",
    "0.000000000000000000000001",
  ];
  for (const t of vast) expect([t, lees(t)]).toEqual([t, Number(t)]);
  let zaad = 16;
  const willekeurig = () => (zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 20_000; i++) {
    const heel = String(Math.floor(willekeurig() * 10 ** Math.floor(willekeurig() * 12)));
    const breuk = String(Math.floor(willekeurig() * 10 ** Math.floor(willekeurig() * 10))).padStart(Math.floor(willekeurig() * 10), "0");
    const t = breuk ? `${heel}.${breuk}` : heel;
    if (lees(t) !== Number(t)) throw new Error(`${t}: ${lees(t)} ≠ ${Number(t)}`);
  }
});
