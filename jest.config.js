/** Jest runs every test under test/. TypeScript is transpiled by ts-jest without
 * type checking (isolatedModules); `npm run typecheck` does the type check once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  // lib/ (the compiled CLI the tests run through bin/banen.js) is brought up to date first.
  globalSetup: "<rootDir>/test/bouw-cli.js",
};
