/**
 * Light or dark, following Office: Office.context.officeTheme.isDarkTheme
 * when the host reports it, else the lightness of the body background it
 * reports, else the browser's preference (e.g. outside Office).
 */

export interface OfficeThema {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative lightness 0..1 of "#RRGGBB" / "#RGB"; undefined for anything else. */
export function lichtheid(kleur: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((kleur ?? "").trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDonker(thema: OfficeThema | undefined, voorkeurDonker = false): boolean {
  if (thema && typeof thema.isDarkTheme === "boolean") return thema.isDarkTheme;
  const l = lichtheid(thema?.bodyBackgroundColor);
  if (l !== undefined) return l < 0.5;
  return voorkeurDonker;
}
