#!/usr/bin/env node
// npm run schermafdrukken: refreshes the screenshots in docs/ (taakvenster.png,
// taakvenster-financiering.png). They are taken by the browser tests of the
// built task pane; with BANEN_SCHERMAFDRUKKEN=docs they go to docs/ instead of
// test-output/, where an ordinary test run puts them so that it leaves the
// working tree clean. Runs jest itself, so the variable is set on every platform.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const wortel = path.resolve(__dirname, "..");
const uitkomst = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--maxWorkers=1", "test/taskpane/browser"], {
  cwd: wortel,
  stdio: "inherit",
  env: { ...process.env, BANEN_SCHERMAFDRUKKEN: "docs" },
});
if (uitkomst.error) console.error(`jest kon niet starten: ${uitkomst.error.message}`);
process.exit(uitkomst.status ?? 1);
