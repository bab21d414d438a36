// The ESLint + Prettier setup of office-addin-lint (its config/eslint.config.mjs),
// run through eslint directly so no usage-data wrapper is involved.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
  },
];
