/**
 * Where the CLI writes, and with which exit code it stops. Injectable so that
 * tests run `main()` in-process and read what a user would see.
 */
export interface Uitvoer {
  /** Normal output (stdout). */
  uit(tekst: string): void;
  /** Errors and notices (stderr). */
  fout(tekst: string): void;
}

let pijpBewaakt = false;

/** Output piped into a command that stops reading (`banen … | head`) is no error: stop quietly. */
function bewaakPijp(): void {
  if (pijpBewaakt) return;
  pijpBewaakt = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

export const procesUitvoer: Uitvoer = {
  uit: (tekst) => {
    bewaakPijp();
    process.stdout.write(tekst);
  },
  fout: (tekst) => void process.stderr.write(tekst),
};

/** Exit codes (sysexits-like): 0 ok, 1 check found differences rounding cannot explain, 2 bad input or usage, 70 internal error. */
export const AFSLUITCODE = { ok: 0, afwijking: 1, invoer: 2, intern: 70 } as const;

/** What a command needs besides its arguments. */
export interface Context {
  uitvoer: Uitvoer;
  /** Set by a command that ends with another code than 0 without throwing. */
  code: number;
}

/** Writes lines to stdout, each ending in a newline. */
export function schrijfRegels(ctx: Context, regels: readonly string[]): void {
  ctx.uitvoer.uit(regels.map((r) => `${r}\n`).join(""));
}

/** Machine output: one JSON document on stdout. */
export function schrijfJson(ctx: Context, waarde: unknown): void {
  ctx.uitvoer.uit(`${JSON.stringify(waarde, null, 2)}\n`);
}
