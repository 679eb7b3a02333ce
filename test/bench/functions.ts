/**
 * Calls per second of each CIG.* adapter on a realistic mix of inputs, against a
 * plain lookup of the same constants in the same run; and the size (raw and gzip) of
 * what Excel loads at start. Prints figures; asserts nothing.
 * Run: npx tsx test/bench/functions.ts (after `npm run build` for the sizes).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import "../../test/setup/custom-functions";
import { addizionale, addizionaleAliquota, massimale } from "../../src/functions";
import { RULES } from "../../src/rules/catalogue";

const N = 200_000;

function rate(label: string, calls: number, work: () => void): number {
  work(); // warm-up
  const start = process.hrtime.bigint();
  work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = calls / seconds;
  return perSecond;
}

// A realistic mix: years and dates (serials, text), pays around the thresholds, both tiers, sectors.
const YEARS = [2016, 2018, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const massimaleArgs: unknown[][] = Array.from({ length: N }, (_, i) => {
  const y = YEARS[i % YEARS.length];
  const asDate = i % 3 === 0 ? 45000 + (i % 700) : i % 3 === 1 ? `15/0${1 + (i % 9)}/${y}` : y;
  return [asDate, 1500 + (i % 1500), i % 4 === 0, i % 10 === 0 ? "edilizia" : null];
});
const addizionaleArgs: unknown[][] = Array.from({ length: N }, (_, i) => [
  1000 + (i % 3000) + 0.37,
  i % 130,
  i % 7 === 0 ? "ridotto" : null,
  2025 + (i % 2),
]);

// The same constants, as a plain table lookup (the floor any implementation pays).
const plainCaps = new Map<number, number>();
for (const entry of RULES.get("massimale.unico.lordo")?.entries ?? [])
  plainCaps.set(Number(entry.from.slice(0, 4)), Number(entry.value));
const plainRates = [0.09, 0.12, 0.15];

let sink = 0;
const results: [string, number, number][] = [];

const mass = rate("CIG.MASSIMALE", N, () => {
  for (const a of massimaleArgs) sink += (massimale as (...x: unknown[]) => number)(...a);
});
const massPlain = rate("lookup", N, () => {
  for (let i = 0; i < N; i++) sink += plainCaps.get(2022 + (i % 5)) ?? 0;
});
results.push(["CIG.MASSIMALE", mass, massPlain]);

const add = rate("CIG.ADDIZIONALE", N, () => {
  for (const a of addizionaleArgs) sink += (addizionale as (...x: unknown[]) => number)(...a);
});
const addPlain = rate("lookup", N, () => {
  for (const a of addizionaleArgs) {
    const w = a[1] as number;
    sink += Math.round((a[0] as number) * plainRates[w <= 52 ? 0 : w <= 104 ? 1 : 2] * 100) / 100;
  }
});
results.push(["CIG.ADDIZIONALE", add, addPlain]);

const ali = rate("CIG.ADDIZIONALE.ALIQUOTA", N, () => {
  for (const a of addizionaleArgs) sink += (addizionaleAliquota as (...x: unknown[]) => number)(a[1], a[2], a[3]);
});
const aliPlain = rate("lookup", N, () => {
  for (const a of addizionaleArgs) {
    const w = a[1] as number;
    sink += plainRates[w <= 52 ? 0 : w <= 104 ? 1 : 2];
  }
});
results.push(["CIG.ADDIZIONALE.ALIQUOTA", ali, aliPlain]);

console.log(`\nFunzioni CIG: chiamate al secondo (${N.toLocaleString("it-IT")} chiamate, mix realistico di argomenti)`);
console.log("funzione                     chiamate/s     lookup semplice/s   rapporto");
for (const [name, fn, plain] of results) {
  console.log(
    `${name.padEnd(28)} ${Math.round(fn).toLocaleString("it-IT").padStart(12)}   ${Math.round(plain)
      .toLocaleString("it-IT")
      .padStart(16)}   ${(plain / fn).toFixed(1).padStart(7)}×`,
  );
}

const dist = path.resolve(__dirname, "../../dist");
if (fs.existsSync(path.join(dist, "taskpane.html"))) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const files = [...new Set(["taskpane.html", "functions.json", ...scripts])];
  let raw = 0;
  let gz = 0;
  console.log("\nCiò che Excel carica all'avvio (oltre a office.js dalla CDN Microsoft):");
  for (const file of files) {
    const buf = fs.readFileSync(path.join(dist, file));
    const g = zlib.gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += g;
    console.log(
      `  ${file.padEnd(30)} ${(buf.length / 1024).toFixed(1).padStart(8)} KB   gzip ${(g / 1024).toFixed(1).padStart(7)} KB`,
    );
  }
  console.log(
    `  ${"totale".padEnd(30)} ${(raw / 1024).toFixed(1).padStart(8)} KB   gzip ${(gz / 1024).toFixed(1).padStart(7)} KB`,
  );
} else {
  console.log("\n(dist/ assente: eseguire npm run build per misurare le dimensioni)");
}
if (sink === 42) console.log(""); // keeps the loops from being optimised away
