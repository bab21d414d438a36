#!/usr/bin/env node
"use strict";
/**
 * `npm run fuzz`: the fuzz tests (test/fuzz) with many more cases than the
 * bounded run inside `npm test`, one jest worker (the machine is shared).
 * FUZZ_RUNS sets the number of cases per cheap property (default 10000;
 * expensive ones, like writing workbooks, take a fixed fraction of it, see
 * test/fuzz/instellingen.ts); FUZZ_SEED picks another seed. Each property
 * prints its cases per second. Extra arguments go to jest
 * (npm run fuzz -- -t functies).
 */
const { run } = require("jest");

if (!process.env.FUZZ_RUNS) process.env.FUZZ_RUNS = "10000";
console.log(`Fuzz: FUZZ_RUNS=${process.env.FUZZ_RUNS}${process.env.FUZZ_SEED ? `, FUZZ_SEED=${process.env.FUZZ_SEED}` : ""}`);
run(["test/fuzz", "--maxWorkers=1", ...process.argv.slice(2)]);
