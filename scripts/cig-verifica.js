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

// These two messages cannot come from the catalogue (src/engine/messages): it is not loaded yet.
function cannotStart(reason) {
  process.stderr.write(`cig-verifica: impossibile avviare il programma (${reason}).\n`);
  process.exit(2);
}

if (fs.existsSync(built)) {
  try {
    require(built);
  } catch (error) {
    cannotStart(error && error.message ? error.message.split("\n")[0] : String(error));
  }
} else {
  try {
    require("tsx/cjs");
  } catch {
    cannotStart("manca tsx per eseguire i sorgenti TypeScript: eseguire «npm ci» nella cartella del progetto");
  }
  try {
    require(path.join(root, "src", "cli", "main.ts"));
  } catch (error) {
    cannotStart(error && error.message ? error.message.split("\n")[0] : String(error));
  }
}
