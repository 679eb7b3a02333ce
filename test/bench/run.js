/**
 * npm run bench: builds the add-in, then runs every benchmark in this folder in turn
 * (each prints its own figures; none asserts anything).
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

if (!process.argv.includes("--no-build")) run("npx", ["webpack", "--mode", "production"]);
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const benches = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const bench of benches) {
  console.log(`\n######## ${bench} ########`);
  run("npx", ["tsx", path.join("test/bench", bench)]);
}
