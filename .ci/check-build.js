/**
 * After `npm run build`: the built functions.json lists every function of src/functions
 * with an Italian description and a help page, and the help pages and manifest were emitted.
 */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const fail = (message) => {
  console.error(`check-build: ${message}`);
  process.exit(1);
};

const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
const folders = fs
  .readdirSync(path.join(root, "src/functions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, "src/functions", d.name, "function.ts")))
  .map((d) => d.name);
if (metadata.functions.length !== folders.length) {
  fail(`functions.json has ${metadata.functions.length} functions, src/functions has ${folders.length} adapters`);
}
const italian = /\b(il|la|del|della|di|per|in|che|dal|nel|un|una)\b/i;
for (const f of metadata.functions) {
  if (!italian.test(f.description || "")) fail(`${f.id}: description is not Italian: ${f.description}`);
  if (!f.helpUrl) fail(`${f.id}: no helpUrl`);
  const page = path.join(dist, "help", path.basename(f.helpUrl));
  if (!fs.existsSync(page)) fail(`${f.id}: help page ${page} missing`);
  for (const p of f.parameters) if (!p.description) fail(`${f.id}: parameter ${p.name} has no description`);
}
for (const file of ["taskpane.html", "functions.js", "manifest.xml", "help/index.html"]) {
  if (!fs.existsSync(path.join(dist, file))) fail(`${file} missing from dist`);
}
console.log(
  `check-build: ${metadata.functions.length} functions in functions.json: ${metadata.functions.map((f) => `CIG.${f.name}`).join(", ")}`,
);
