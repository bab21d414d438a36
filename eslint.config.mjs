// The ESLint + Prettier setup of office-addin-lint (its config/eslint.config.mjs),
// run through eslint directly so no usage-data wrapper is involved.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import lagen from "./eslint-lagen.mjs";

export default [
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "bench/results*", "**/*.d.ts"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript itself reports undefined names (and knows jest's and Office's globals).
    rules: { "no-undef": "off", "no-redeclare": "off", "no-unused-vars": "off" },
  },
  // The layers (eslint-lagen.mjs, docs/architectuur.md): core is pure, the front ends do not import each other.
  {
    files: ["src/**/*.ts", "bench/**/*.ts", "emulatie/**/*.ts", "test/**/*.ts"],
    plugins: { lagen },
    rules: { "lagen/grenzen": "error", "lagen/geen-kringen": "error" },
  },
  // office-addin-lint's recommended config parses JavaScript as ES2015 (ecmaVersion 6), so `?.`, `??` and
  // async methods in our Node scripts were parse errors, not lint findings. Our JS runs on Node 20 or in
  // current browsers: parse it as such.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      // commonjs brings require, module and exports; Node's other globals we use:
      sourceType: "commonjs",
      globals: { __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly" },
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { process: "readonly", console: "readonly" } },
  },
  // The fake Excel host is a classic browser script (served in place of office.js), also required by jest.
  {
    files: ["test/taskpane/fake-excel-host.js"],
    languageOptions: {
      sourceType: "script",
      globals: { window: "readonly", globalThis: "readonly", setTimeout: "readonly", module: "writable" },
    },
  },
];
