/**
 * Preloaded (`node -r`) into a child whose memory the benchmark wants (the
 * CLI): on exit it writes the process's peak resident set (VmHWM, else getrusage maxRSS,
 * kilobytes) to the file named by BENCH_RSS_BESTAND.
 */
import * as fs from "node:fs";

const bestand = process.env.BENCH_RSS_BESTAND;
/** Kilobytes: VmHWM (this process since its exec; Linux), else maxRSS (which on Linux starts at the parent's resident set). */
function piekKb(): number {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

if (bestand) process.on("exit", () => fs.writeFileSync(bestand, String(piekKb())));
