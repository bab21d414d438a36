/** Runs the banen CLI in-process with captured output. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

export const WORTEL = path.resolve(__dirname, "..", "..");
export const VOORBEELD = path.join(WORTEL, "seeds", "voorbeeld");

export interface Uitkomst {
  code: number;
  uit: string;
  fout: string;
}

export async function banen(...argv: string[]): Promise<Uitkomst> {
  let uit = "";
  let fout = "";
  const code = await main(argv, { uit: (t) => void (uit += t), fout: (t) => void (fout += t) });
  return { code, uit, fout };
}

/** A fresh temporary folder, removed after the test file. */
export function tijdelijkeMap(): {
  map: string;
  pad: (naam: string) => string;
  schrijf: (naam: string, inhoud: string | Buffer) => string;
} {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-cli-"));
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }));
  const pad = (naam: string) => path.join(map, naam);
  return {
    map,
    pad,
    schrijf: (naam, inhoud) => {
      fs.writeFileSync(pad(naam), inhoud);
      return pad(naam);
    },
  };
}

export const gepubliceerd = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));
