/** Running a benchmark step as a child process and reading its `RESULTAAT {json}` line. */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; reden: string };

/** The last lines of a child's error output, as one short reason. */
export function reden(stderr: string, status: number | null, signaal: NodeJS.Signals | null): string {
  const regels = stderr
    .split("\n")
    .map((r) => r.trim())
    .filter((r) => r && !r.startsWith("at "));
  const tekst = regels.slice(-2).join(" ").slice(0, 300);
  return `${tekst || "geen uitvoer"} (${signaal ? `signaal ${signaal}` : `exitcode ${status}`})`;
}

export function draai<T>(opdracht: string, args: string[], opties: SpawnSyncOptions = {}): Uitkomst<T> {
  const r = spawnSync(opdracht, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...opties });
  if (r.error) return { ok: false, reden: r.error.message };
  const stdout = String(r.stdout ?? "");
  const regel = stdout.split("\n").find((l) => l.startsWith("RESULTAAT "));
  if (r.status !== 0 || !regel) return { ok: false, reden: reden(String(r.stderr ?? ""), r.status, r.signal) };
  return { ok: true, waarde: JSON.parse(regel.slice("RESULTAAT ".length)) as T };
}
