/**
 * Problems of the pane itself (the Excel host refused a request, the user
 * cancelled), as opposed to problems in the user's data, which are BanenFout
 * from the core. Dutch text for the pane; the cause stays for the details.
 */
export type PaneFoutSoort = "geannuleerd" | "lezen" | "schrijven" | "geen-excel" | "bron";

export class PaneFout extends Error {
  override readonly name = "PaneFout";
  constructor(
    readonly soort: PaneFoutSoort,
    bericht: string,
    readonly oorzaak?: unknown,
  ) {
    super(bericht);
  }
}

export function isPaneFout(e: unknown): e is PaneFout {
  return e instanceof PaneFout;
}

/** The code of an Office/Excel error (OfficeExtension.Error has `.code`), if any. */
export function officeFoutCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/** A short Dutch reason for an Excel error, without personal data (no cell contents). */
export function excelReden(e: unknown): string {
  const code = officeFoutCode(e);
  switch (code) {
    case "ItemNotFound":
      return "Excel vindt het blad of de tabel niet (meer)";
    case "ItemAlreadyExists":
      return "er bestaat al een blad of tabel met die naam";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "het verzoek aan Excel werd te groot";
    case "InvalidSelection":
      return "de huidige selectie is geen celbereik";
    case "AccessDenied":
      return "het werkblad of de werkmap is beveiligd";
    case undefined:
      return "onbekende fout";
    default:
      return `Excel meldt ${code}`;
  }
}
