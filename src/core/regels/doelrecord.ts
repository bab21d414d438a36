/**
 * The doel of a Tabel 1 as a record, not a sentence: its status (voorlopig or
 * definitief), the quarter and source of the fte it rests on, the basis (hours
 * per fte) and the quotumpercentage with where it comes from. Footnote 2 of
 * Tabel 1 is generated from it; an fte of another quarter than the rule says
 * (the 1st quarter of the quotum year, seed 003 footnote 2) is reported.
 */
import { basisTekst, type DoelBasis, grondslagTekst, type Quotum, quotumTekst } from "./doelbasis";
import { BanenFout, type Plaats } from "../basis/fouten";
import { formatteerGetal } from "../basis/getal";
import { type Kwartaal, kwartaalTekst, leesKwartaal } from "../kwartaal/kwartaal";
import { DOEL_UITZONDERINGEN, type DoelStatus, type DoelUitzondering, FTE_PEILKWARTAAL } from "./regels";
import { bronVerwijzing } from "./documenten";

export interface DoelRecordInvoer {
  /** "voorlopig" (default, as Tabel 1 during the year) or "definitief". */
  doelstatus?: string;
  /** Quarter of the fte, "2023Q1"; from the input, the fte file's name or its header. */
  ftePeildatum?: string;
  /** Where the fte come from, in the user's words or a file name ("fte-2023Q1.csv", "P-Direkt"). */
  fteBron?: string;
}

export interface DoelRecord {
  status: DoelStatus;
  /** "2023Q1", or null when the input does not say. */
  ftePeildatum: string | null;
  fteBron: string | null;
  /** The quarter the rule asks for: the 1st quarter of the quotum year. */
  regelPeildatum: string;
  basis: DoelBasis;
  quotum: Quotum;
  /** Exceptions the source names for the Rijk's doel (DJI, BZ), with their source. */
  uitzonderingen: readonly DoelUitzondering[];
  /** What a reader must know: an fte of another quarter, a peildatum not given. */
  meldingen: string[];
}

const STATUSSEN: readonly DoelStatus[] = ["voorlopig", "definitief"];
const BIJVOEGLIJK: Record<DoelStatus, string> = { voorlopig: "voorlopige", definitief: "definitieve" };

export function leesDoelstatus(invoer: unknown, plaats: Plaats = { veld: "doelstatus" }): DoelStatus {
  if (invoer === undefined || invoer === null || String(invoer).trim() === "") return "voorlopig";
  const tekst = String(invoer).trim().toLowerCase();
  const status = STATUSSEN.find(
    (s) => s === tekst || (s === "voorlopig" && tekst === "voorlopige") || (s === "definitief" && tekst === "definitieve"),
  );
  if (!status) throw new BanenFout("ONGELDIGE_KEUZE", { waarde: String(invoer), verwacht: "voorlopig of definitief" }, plaats);
  return status;
}

export function maakDoelRecord(
  invoer: DoelRecordInvoer,
  quotumjaar: number,
  basis: DoelBasis,
  quotum: Quotum,
  uitFte: boolean,
): DoelRecord {
  const status = leesDoelstatus(invoer.doelstatus);
  const peil: Kwartaal | null = invoer.ftePeildatum ? leesKwartaal(invoer.ftePeildatum, { veld: "fte peildatum" }) : null;
  const regel: Kwartaal = { jaar: quotumjaar, kwartaal: FTE_PEILKWARTAAL.waarde };
  const meldingen: string[] = [];
  if (uitFte && peil && (peil.jaar !== regel.jaar || peil.kwartaal !== regel.kwartaal)) {
    meldingen.push(
      `De fte zijn van ${kwartaalTekst(peil)}, maar het ${BIJVOEGLIJK[status]} doel ${quotumjaar} rekent volgens de regel met fte van ` +
        `${kwartaalTekst(regel)} (${bronVerwijzing(FTE_PEILKWARTAAL.bron)}).`,
    );
  }
  if (uitFte && !peil) {
    meldingen.push(
      `De peildatum van de fte is niet opgegeven; de regel is ${kwartaalTekst(regel)}. Geef het kwartaal van de fte op ` +
        "(CLI --fte-peildatum, of een fte-bestand met het kwartaal in de naam zoals fte-2023Q1.csv; in het taakvenster bij Doel).",
    );
  }
  const fteBron = invoer.fteBron?.trim() ? invoer.fteBron.trim() : null;
  return {
    status,
    ftePeildatum: peil ? kwartaalTekst(peil) : null,
    fteBron,
    regelPeildatum: kwartaalTekst(regel),
    basis,
    quotum,
    uitzonderingen: DOEL_UITZONDERINGEN,
    meldingen,
  };
}

const RANG = ["1e", "2e", "3e", "4e"];

/** Footnote 2 from the record: the published sentence when status, quarter, basis and percentage are the rule's; else what holds. */
export function doelVoetnoot(r: DoelRecord): string {
  const procent = formatteerGetal(r.quotum.waarde.times(100));
  const g = r.quotum.grondslag;
  const opgegeven = g.soort === "opgegeven" ? " (opgegeven door de gebruiker)" : "";
  const peil = r.ftePeildatum ? leesKwartaal(r.ftePeildatum) : null;
  const wanneer = peil
    ? ` in het ${RANG[peil.kwartaal - 1]} kwartaal van ${peil.jaar}` +
      (r.ftePeildatum !== r.regelPeildatum ? ` (de regel is het ${RANG[FTE_PEILKWARTAAL.waarde - 1]} kwartaal van ${r.quotum.jaar})` : "")
    : ` (peildatum niet opgegeven; de regel is het ${RANG[FTE_PEILKWARTAAL.waarde - 1]} kwartaal van ${r.quotum.jaar})`;
  const zin = `Het ${BIJVOEGLIJK[r.status]} doel wordt berekend m.b.v. de quotumcalculator met quotumpercentage ${procent} procent${opgegeven} o.b.v. het aantal fte${wanneer}.`;
  const delen = [zin];
  if (r.fteBron) delen.push(`Bron fte: ${r.fteBron}.`);
  if (g.soort === "vastgelegd")
    delen.push(`Het quotumpercentage ${r.quotum.jaar} is vastgelegd in ${g.vastgelegdIn}; bron volgens de gebruiker: ${g.bron}.`);
  delen.push(basisZin(r.basis));
  return delen.join(" ");
}

/** "Basis: Rijk (36 uur per fte); afgeleid, geen bron noemt dit; past bij … ≈ 409 doelbanen (003_…, Tabel 1, voetnoot 7)." */
export function basisZin(b: DoelBasis): string {
  return b.grondslag === null ? `Basis: ${b.naam}.` : `Basis: ${b.naam}; ${grondslagTekst(b.grondslag)}.`;
}

/** The record in lines, the same in the terminal and the pane: status, fte, basis, percentage, exceptions, what to check. */
export function doelRecordRegels(r: DoelRecord): string[] {
  const fte = r.ftePeildatum ? `fte van ${r.ftePeildatum}` : "fte zonder opgegeven peildatum";
  const regels = [
    `Doel: ${r.status}, ${fte}${r.fteBron ? ` (bron fte: ${r.fteBron})` : ""}; de regel: fte van ${r.regelPeildatum} (${bronVerwijzing(FTE_PEILKWARTAAL.bron)}).`,
    `Basis: ${basisTekst(r.basis)}.`,
    `Quotumpercentage ${r.quotum.jaar}: ${quotumTekst(r.quotum)}.`,
    "Uitzonderingen in het doel volgens de bron:",
    ...r.uitzonderingen.map((u) => `  ${u.ministerie}: ${uitzonderingTekst(u)}`),
  ];
  return [...regels, ...r.meldingen.map((m) => `Let op: ${m}`)];
}

function uitzonderingTekst(u: DoelUitzondering): string {
  const fte = u.fte ? ` (${formatteerGetal(u.fte.waarde)} fte in ${u.fte.jaar})` : "";
  const totaal = u.inTotaal ? `; telt wel mee in het totaal van het Rijk (${u.inTotaal.plaats})` : "";
  return `${u.soort} ${u.omschrijving.charAt(0).toLowerCase()}${u.omschrijving.slice(1)}${fte}${totaal} (bron: ${bronVerwijzing(u.bron)})`;
}
