/**
 * The `banen` command: Banenafspraak arithmetic and Tabel 1 without Excel.
 * `main` parses the arguments, runs one command and returns the exit code:
 * 0 ok, 1 `controleer` found a difference rounding cannot explain, 2 bad
 * input or usage (with the Dutch message of the error catalogue), 70 a bug.
 * It never throws and never prints a stack trace.
 */
import { type Command, CommanderError } from "commander";
import { BanenFout, plaatsTekst } from "../core/basis/fouten";
import { nederlandsProgramma, vertaalFout } from "./commander-nl";
import { AFSLUITCODE, type Context, procesUitvoer, type Uitvoer } from "./uitvoer";

type Registreer = (programma: Command, ctx: Context) => void;

/**
 * The commands, in the order of the help text, each loaded only when it is needed: `banen doel …`
 * loads the doel command and what it imports, not the readers and writers of the other commands
 * (issue 16: the CLI starts at once). The help overview, `help`, and a name that is no command
 * (commander suggests the nearest) load them all.
 */
const OPDRACHTEN: ReadonlyArray<readonly [string | readonly string[], () => Promise<Registreer>]> = [
  ["doel", async () => (await import("./opdrachten/doel")).registreerDoel],
  [["uren-naar-banen", "banen-naar-uren"], async () => (await import("./opdrachten/eenheden")).registreerEenheden],
  ["inleen", async () => (await import("./opdrachten/inleen")).registreerInleen],
  ["verdeel", async () => (await import("./opdrachten/verdeel")).registreerVerdeel],
  ["tabel1", async () => (await import("./opdrachten/tabel1")).registreerTabel1],
  ["herkomst", async () => (await import("./opdrachten/herkomst")).registreerHerkomst],
  ["controleer", async () => (await import("./opdrachten/controleer")).registreerControleer],
  ["financiering", async () => (await import("./opdrachten/financiering")).registreerFinanciering],
  ["reeks", async () => (await import("./opdrachten/reeks")).registreerReeks],
  ["landelijk", async () => (await import("./opdrachten/landelijk")).registreerLandelijk],
];

/** Every command name, as the table above knows them (a test checks them against the help overview). */
export function opdrachtNamen(): string[] {
  return OPDRACHTEN.flatMap(([namen]) => (typeof namen === "string" ? [namen] : [...namen]));
}

/** The commands `argv` needs: the one it names, or all of them (help, no command, an unknown name). */
function nodigeOpdrachten(argv: readonly string[]): ReadonlyArray<readonly [string | readonly string[], () => Promise<Registreer>]> {
  const genoemd = OPDRACHTEN.find(([namen]) => (typeof namen === "string" ? namen === argv[0] : namen.includes(argv[0] ?? "")));
  return genoemd ? [genoemd] : OPDRACHTEN;
}

/** Errors listed under ONGELDIGE_INVOER before "… en nog N". */
const MAX_FOUTEN = 50;

export async function main(argv: string[], uitvoer: Uitvoer = procesUitvoer): Promise<number> {
  const ctx: Context = { uitvoer, code: AFSLUITCODE.ok };
  const programma = nederlandsProgramma("banen", uitvoer)
    .description("Banenafspraak: doel, uren en banen, inleen, verdeling, Tabel 1 en centrale financiering, exact en met bronnen.")
    .addHelpText("after", "\nElke opdracht heeft --help. Getallen zoals in Nederlandse Excel: 1.399, 2,76 of 2,76%.");
  for (const [, laad] of nodigeOpdrachten(argv)) (await laad())(programma, ctx);
  if (argv.length === 0) {
    // Just "banen": the overview of commands is what the user asked for, not an error.
    programma.outputHelp();
    return AFSLUITCODE.ok;
  }
  try {
    await programma.parseAsync(argv, { from: "user" });
    return ctx.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return AFSLUITCODE.ok;
      // The Dutch text went to stderr already; a caller that asked for JSON gets it on stdout too.
      if (argv.includes("--json")) meldGebruiksfout(e, uitvoer);
      return AFSLUITCODE.invoer;
    }
    if (e instanceof BanenFout) {
      meldFout(e, uitvoer, argv.includes("--json"));
      // Our own table failing its own check is a difference rounding does not explain (as in controleer), not bad input.
      return e.code === "ZELFCONTROLE_MISLUKT" ? AFSLUITCODE.afwijking : AFSLUITCODE.invoer;
    }
    // A bug of ours: say so, without a stack trace (the message may still help a bug report).
    uitvoer.fout(
      `Onverwachte fout in banen: ${e instanceof Error ? e.message : String(e)}\nDit is een fout in het programma; meld hem met de opdracht die u gaf.\n`,
    );
    return AFSLUITCODE.intern;
  }
}

/** A usage error (unknown option, missing argument…) as the JSON error document of meldFout. */
function meldGebruiksfout(e: CommanderError, uitvoer: Uitvoer): void {
  const kern = vertaalFout(e.message)
    .trim()
    .replace(/^fout: /, "");
  const melding = kern.charAt(0).toUpperCase() + kern.slice(1);
  const fout = { code: "ONGELDIG_GEBRUIK", commander: e.code, melding, kern, plaats: {}, waar: "", fouten: [] };
  uitvoer.uit(`${JSON.stringify({ fout }, null, 2)}\n`);
}

function meldFout(e: BanenFout, uitvoer: Uitvoer, json: boolean): void {
  const lijst = e.code === "ONGELDIGE_INVOER" && e.fouten.length > 0 ? e.fouten : [];
  const regels = [`fout: ${e.message}`, ...lijst.slice(0, MAX_FOUTEN).map((f) => `  - ${f.message}`)];
  if (lijst.length > MAX_FOUTEN) regels.push(`  … en nog ${lijst.length - MAX_FOUTEN} fouten.`);
  uitvoer.fout(`${regels.join("\n")}\n`);
  if (json) {
    const alsJson = (f: BanenFout) => ({ code: f.code, melding: f.message, kern: f.kern, plaats: f.plaats, waar: plaatsTekst(f.plaats) });
    uitvoer.uit(`${JSON.stringify({ fout: { ...alsJson(e), fouten: lijst.map(alsJson) } }, null, 2)}\n`);
  }
}
