/**
 * Commander in Dutch: help titles, usage words and the error messages a user
 * can get from argument parsing. Commander copies these settings to every
 * command made with `.command()`, so they are set once on the root.
 */
import { Command, Help } from "commander";
import type { Uitvoer } from "./uitvoer";

const TITELS: Readonly<Record<string, string>> = {
  "Usage:": "Gebruik:",
  "Options:": "Opties:",
  "Arguments:": "Argumenten:",
  "Commands:": "Opdrachten:",
  "Global Options:": "Algemene opties:",
};

/** Commander's English error lines, in Dutch; anything not listed stays as it is. */
const FOUTEN: ReadonlyArray<[RegExp, string]> = [
  [/^error: missing required argument '(.+)'/, "fout: het argument <$1> ontbreekt."],
  [/^error: unknown option '(.+?)'/, "fout: onbekende optie '$1'."],
  [/^error: unknown command '(.+?)'/, "fout: onbekende opdracht '$1'."],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    "fout: te veel argumenten; verwacht $2, gekregen $3.",
  ],
  [/^error: option '(.+)' argument missing/, "fout: bij de optie '$1' ontbreekt de waarde."],
  [/^error: required option '(.+)' not specified/, "fout: de optie '$1' is verplicht."],
];

export function vertaalFout(tekst: string): string {
  let uit = tekst.trimEnd();
  const suggestie = /\n?\(Did you mean (.+)\?\)/.exec(uit);
  if (suggestie) uit = uit.replace(suggestie[0], "");
  for (const [patroon, nl] of FOUTEN) {
    if (patroon.test(uit)) {
      uit = uit.replace(patroon, nl).replace(/\.\.$/, ".");
      break;
    }
  }
  return `${uit}${suggestie ? ` Bedoelde u ${suggestie[1]}?` : ""}\n`;
}

function nlTermen(tekst: string): string {
  return tekst.replace("[options]", "[opties]").replace("[command]", "[opdracht]");
}

/** The root command, with Dutch help and errors, that throws instead of calling process.exit. */
export function nederlandsProgramma(naam: string, uitvoer: Uitvoer): Command {
  const programma = new Command(naam);
  programma
    .exitOverride()
    .configureOutput({
      writeOut: (tekst) => uitvoer.uit(tekst),
      writeErr: (tekst) => uitvoer.fout(tekst),
      outputError: (tekst, schrijf) => schrijf(vertaalFout(tekst)),
    })
    .configureHelp({
      styleTitle: (tekst: string) => TITELS[tekst] ?? tekst,
      styleUsage: (tekst: string) => nlTermen(tekst),
      subcommandTerm: (cmd: Command) => nlTermen(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      showGlobalOptions: false,
    })
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon de hulp bij een opdracht")
    .showHelpAfterError(`Zie: ${naam} --help`);
  return programma;
}

/**
 * A negative number as a user types it: "-3,5", "-1.399,5", "-5%", "-0.5".
 * Commander reads "-5" and "-3.5" as values, but anything else that starts
 * with "-" as an (unknown) option: "-3,5" gave "onbekende optie".
 */
const NEGATIEF_GETAL = /^-[\d.,]*\d[\d.,]*%?$/;
/** Prefix that hides a negative number from commander's option parsing for one call; removed again at once. */
const VERBORGEN = "\u0000";

/**
 * Lets commander take negative numbers as arguments, so that the command
 * itself reads them and refuses or accepts them with a Dutch message. The
 * value of an option that takes one (`--uren-per-fte -3,5`) is left alone:
 * commander takes the next word as its value anyway.
 */
function negatieveGetallenAlsWaarde(cmd: Command): Command {
  const origineel = cmd.parseOptions.bind(cmd);
  const neemtWaarde = (woord: string | undefined) =>
    woord !== undefined && cmd.options.some((o) => (o.required || o.optional) && (o.long === woord || o.short === woord));
  const zichtbaar = (w: string) => (w.startsWith(VERBORGEN) ? w.slice(1) : w);
  cmd.parseOptions = (args: string[]) => {
    const verborgen = args.map((w, i) => (NEGATIEF_GETAL.test(w) && !neemtWaarde(args[i - 1]) ? VERBORGEN + w : w));
    const { operands, unknown } = origineel(verborgen);
    return { operands: operands.map(zichtbaar), unknown: unknown.map(zichtbaar) };
  };
  return cmd;
}

/** A sub-command with the shared settings and a pointer to its help after an error. */
export function opdracht(programma: Command, naam: string, omschrijving: string): Command {
  return negatieveGetallenAlsWaarde(programma.command(naam))
    .description(omschrijving)
    .helpOption("-h, --help", "toon deze hulp")
    .showHelpAfterError(`Zie: ${programma.name()} ${naam} --help`);
}
