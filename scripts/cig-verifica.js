#!/usr/bin/env node
/**
 * The cig-verifica command (package.json "bin"). Runs the built CLI when a build
 * exists (dist/cli/main.js); otherwise runs the TypeScript sources through tsx,
 * so `npx cig-verifica FILE.xlsx` works right after `npm ci`, with no build step.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const built = path.join(root, "dist", "cli", "main.js");

if (fs.existsSync(built)) {
  require(built);
} else {
  try {
    require("tsx/cjs");
  } catch {
    process.stderr.write(
      "cig-verifica: manca tsx per eseguire i sorgenti TypeScript; eseguire «npm ci» nella cartella del progetto.\n",
    );
    process.exit(2);
  }
  require(path.join(root, "src", "cli", "main.ts"));
}
