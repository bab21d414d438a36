/**
 * Preloaded (`node -r`) into a child whose memory the benchmark wants (the
 * CLI): on exit it writes the process's peak resident set (getrusage maxRSS,
 * kilobytes) to the file named by BENCH_RSS_BESTAND.
 */
import * as fs from "node:fs";

const bestand = process.env.BENCH_RSS_BESTAND;
if (bestand) process.on("exit", () => fs.writeFileSync(bestand, String(process.resourceUsage().maxRSS)));
