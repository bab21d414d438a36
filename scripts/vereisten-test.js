#!/usr/bin/env node
// Runs before `npm test`: checks the system tools the tests need and, on a
// Debian machine where we are root (CI, the project's dev machines), installs
// the missing ones with apt-get. Elsewhere it says what to install and stops.
"use strict";
const { execSync } = require("node:child_process");
const fs = require("node:fs");

const nodig = [];
if (!fs.existsSync("/usr/bin/chromium")) nodig.push("chromium");
try {
  execSync("command -v xmllint", { stdio: "ignore", shell: "/bin/sh" });
} catch {
  nodig.push("libxml2-utils");
}
if (nodig.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const heeftApt = fs.existsSync("/usr/bin/apt-get");
if (isRoot && heeftApt) {
  console.log(`Test prerequisites: installing ${nodig.join(", ")} (apt-get)...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${nodig.join(" ")} >/dev/null`, {
    stdio: "inherit",
    shell: "/bin/sh",
  });
  process.exit(0);
}
console.error(
  `Missing for the tests: ${nodig.join(", ")}.\n` +
    `Install them (Debian/Ubuntu: sudo apt-get install ${nodig.join(" ")}) and run npm test again.`,
);
process.exit(1);
