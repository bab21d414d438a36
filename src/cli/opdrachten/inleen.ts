/** `banen inleen <uren_of_banen> <jaar_of_sleutel>`: the government share of inleen with the verdeelsleutel. */
import type { Command } from "commander";
import { Decimal } from "../../core/basis/decimaal";
import { formatteerGetal } from "../../core/basis/getal";
import { bekendeInleenmomenten, inleenAandeel, verdeelsleutelOverheid } from "../../core/regels/inleen";
import { type Bron, type Regel, VERDEELSLEUTEL_INLEEN_OVERHEID } from "../../core/regels/regels";
import { bronVerwijzing } from "../../core/regels/documenten";
import { opdracht } from "../commander-nl";
import { exactJson, exactTekst, leesAantal, leesProcent, procentTekst } from "../getallen";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

export function registreerInleen(programma: Command, ctx: Context): void {
  opdracht(programma, "inleen", "het deel van inleenverbanden dat voor de overheid telt (verdeelsleutel inleenverbanden)")
    .argument("<uren_of_banen>", "verloonde uren of banen van inleenverbanden, bijvoorbeeld 41.993")
    .argument("<jaar_of_sleutel>", `${bekendeInleenmomenten().join(", ")}, of zelf een overheidsaandeel zoals 32%`)
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      "\nDe uitkomst heeft dezelfde eenheid als de invoer (uren in, uren uit).\n\nVoorbeeld:\n  banen inleen 41.993 2021     # overheid 13.437,76, markt 28.555,24",
    )
    .action((hoeveelheidTekst: string, sleutelTekst: string, opties: { json?: boolean }) => {
      const hoeveelheid = leesAantal(hoeveelheidTekst, { veld: "uren of banen" }, "verloonde uren of banen, bijvoorbeeld 41.993");
      const opgegeven = sleutelTekst.trim().endsWith("%");
      const aandeel = opgegeven
        ? leesProcent(sleutelTekst, { veld: "jaar of sleutel" })
        : verdeelsleutelOverheid(sleutelTekst, { veld: "jaar of sleutel" });
      // The moment was found above (verdeelsleutelOverheid throws for an unknown one), so its source exists.
      const momenten: Readonly<Record<string, Regel<string, Bron>>> = VERDEELSLEUTEL_INLEEN_OVERHEID;
      const bron = opgegeven ? null : momenten[sleutelTekst.trim().toLowerCase()]!.bron;
      const overheid = inleenAandeel(hoeveelheid, { overheid: aandeel });
      const markt = hoeveelheid.minus(overheid);
      const marktAandeel = new Decimal(1).minus(aandeel);
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "inleen",
          hoeveelheid: exactJson(hoeveelheid),
          sleutel: opgegeven ? null : sleutelTekst.trim().toLowerCase(),
          overheidsaandeel: exactJson(aandeel),
          overheid: exactJson(overheid),
          markt: exactJson(markt),
          bron,
        });
        return;
      }
      const naam = opgegeven ? "opgegeven verdeelsleutel" : `verdeelsleutel ${sleutelTekst.trim().toLowerCase()}`;
      schrijfRegels(ctx, [
        `Inleenverbanden ${formatteerGetal(hoeveelheid)} met de ${naam}:`,
        `  overheid (${procentTekst(aandeel)}): ${exactTekst(overheid)}`,
        `  markt (${procentTekst(marktAandeel)}): ${exactTekst(markt)}`,
        bron ? `  bron: ${bronVerwijzing(bron)}: "${bron.citaat}"` : "  bron: opgegeven door de gebruiker",
        "  Let op: de verdeelsleutel deelt de landelijke inleen toe aan markt en overheid; de eigen inleen van een ministerie telt in Tabel 1 volledig mee (niet met deze sleutel).",
      ]);
    });
}
