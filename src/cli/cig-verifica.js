#!/usr/bin/env node
/**
 * The cig-verifica command (package.json "bin"): runs the TypeScript sources of
 * src/cli/main.ts through tsx, so `npx cig-verifica FILE.xlsx` works right after
 * `npm ci`, with no build step.
 */
"use strict";
const path = require("node:path");

// These two messages cannot come from the catalogue (src/engine/messages): it is not loaded yet.
function cannotStart(reason) {
  process.stderr.write(`cig-verifica: impossibile avviare il programma (${reason}).\n`);
  process.exit(2);
}

try {
  require("tsx/cjs");
} catch {
  cannotStart("manca tsx per eseguire i sorgenti TypeScript: eseguire «npm ci» nella cartella del progetto");
}
try {
  require(path.join(__dirname, "main.ts"));
} catch (error) {
  cannotStart(error && error.message ? error.message.split("\n")[0] : String(error));
}
