/**
 * Jest's global setup: before any test, the compiled CLI in lib/ matches src/. Tests run
 * bin/banen.js as a user does; with a stale build it would rebuild first and say so on stderr,
 * which the tests that expect an empty stderr would take for a failure (after an edit, a
 * checkout, or in a fresh worktree). When lib/ is current this costs one stat per source file.
 */
module.exports = async () => {
  const { bouw } = require("../bin/bouwstempel.js");
  const r = bouw(["ignore", "pipe", "pipe"], true);
  if (r === null) throw new Error("typescript ontbreekt: voer npm install uit, dan kan de CLI gebouwd worden.");
  if (r.status !== 0) throw new Error(`npm run build:cli faalt:\n${r.stdout ?? ""}${r.stderr ?? ""}`);
};
