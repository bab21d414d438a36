/** `banen verdeel <totaal> <gewichten...>`: whole banen over parties by largest remainder, naming who got a remainder unit. */
import type { Command } from "commander";
import { BanenFout } from "../../core/basis/fouten";
import { formatteerGetal } from "../../core/basis/getal";
import { verdeel } from "../../core/regels/verdeel";
import { opdracht } from "../commander-nl";
import { exactJson, exactTekst, geenProcent } from "../getallen";
import { tekstTabel } from "../tekst/tabel";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

export function registreerVerdeel(programma: Command, ctx: Context): void {
  opdracht(programma, "verdeel", "een heel aantal banen verdelen naar gewicht (grootsterestmethode); telt altijd precies op")
    .argument("<totaal>", "het hele aantal te verdelen banen, bijvoorbeeld 409")
    .argument("<gewichten...>", "één gewicht per partij, bijvoorbeeld fte: 485 3.370 12.855")
    .option("--namen <namen>", "namen van de partijen, gescheiden door komma's: AZ,BZ,BZK")
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      "\nBij gelijke resten gaat de rest eerst naar het grootste gewicht, dan naar de eerste in de lijst.\n\nVoorbeeld:\n  banen verdeel 409 3 2 1 --namen A,B,C",
    )
    .action((totaalTekst: string, gewichten: string[], opties: { namen?: string; json?: boolean }) => {
      const namen = opties.namen !== undefined ? opties.namen.split(",").map((n) => n.trim()) : gewichten.map((_, i) => `partij ${i + 1}`);
      if (namen.length !== gewichten.length) {
        throw new BanenFout("ONGELIJKE_LENGTE", { namen: namen.length, gewichten: gewichten.length }, { veld: "--namen" });
      }
      const v = verdeel(geenProcent(totaalTekst, { veld: "totaal" }, "een heel aantal banen, bijvoorbeeld 409"), gewichten);
      const rest = new Set(v.restOntvangers);
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "verdeel",
          totaal: v.aandelen.reduce((a, b) => a + b, 0),
          partijen: namen.map((naam, i) => ({
            naam,
            gewicht: gewichten[i],
            exact: exactJson(v.exact[i]!),
            aandeel: v.aandelen[i],
            rest: rest.has(i),
          })),
          restOntvangers: v.restOntvangers.map((i) => namen[i]),
        });
        return;
      }
      const totaal = v.aandelen.reduce((a, b) => a + b, 0);
      const tabel = tekstTabel(
        [["partij"], ["gewicht"], ["exact"], ["aandeel"], [""]],
        namen.map((naam, i) => [
          naam,
          gewichten[i]!,
          exactTekst(v.exact[i]!),
          formatteerGetal(v.aandelen[i]!),
          rest.has(i) ? "+1 rest" : "",
        ]),
        ["links", "rechts", "rechts", "rechts", "links"],
      );
      const ontvangers = v.restOntvangers.map((i) => namen[i]!);
      schrijfRegels(ctx, [
        `Verdeling van ${formatteerGetal(totaal)} over ${namen.length} partijen (grootsterestmethode):`,
        ...tabel,
        ontvangers.length === 0
          ? "Geen rest: elke partij kreeg precies haar exacte aandeel."
          : `Rest: ${ontvangers.join(", ")} ${ontvangers.length === 1 ? "kreeg" : "kregen elk"} 1 extra (grootste rest${ontvangers.length === 1 ? "" : "en"}).`,
      ]);
    });
}
