/**
 * The rules table is the one home of every number the add-in uses. These tests keep it
 * honest: every value has a source, no two values of a rule overlap, every rule is read
 * by code, and no published amount is written anywhere else in the source.
 */
import * as fs from "fs";
import * as path from "path";
import { RULES, SOURCES } from "../../src/rules/catalogue";
import { entryEnd } from "../../src/rules/lookup";

const ROOT = path.resolve(__dirname, "../..");
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TODAY = new Date().toISOString().slice(0, 10);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

/** Code that may read rules: everything in src except the table itself, tests and test data. */
const CODE = sourceFiles(path.join(ROOT, "src"))
  .filter((f) => !f.includes(`${path.sep}rules${path.sep}`))
  .filter((f) => !/\.test\.tsx?$/.test(f) && !f.includes(`${path.sep}fixtures${path.sep}`))
  .map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, "utf8") }));

const rules = [...RULES.values()];

describe("rules table", () => {
  test("has rules and sources", () => {
    expect(rules.length).toBeGreaterThan(10);
    expect(SOURCES.size).toBeGreaterThan(5);
  });

  test.each(rules.map((r) => [r.id, r] as const))(
    "%s: every value has a known source and a check date",
    (_id, rule) => {
      expect(rule.entries.length).toBeGreaterThan(0);
      expect(rule.descrizione.length).toBeGreaterThan(10);
      for (const entry of rule.entries) {
        expect(SOURCES.has(entry.source)).toBe(true);
        for (const other of entry.alsoSources ?? []) expect(SOURCES.has(other)).toBe(true);
        expect(entry.from).toMatch(ISO);
        if (entry.to) expect(entry.to).toMatch(ISO);
        expect(entry.verifiedOn).toMatch(ISO);
        expect(entry.verifiedOn <= TODAY).toBe(true);
        if (entry.status === "derivato" || entry.status === "dedotto")
          expect((entry.nota ?? "").length).toBeGreaterThan(20);
      }
    },
  );

  test.each(rules.map((r) => [r.id, r] as const))("%s: values never overlap", (_id, rule) => {
    rule.entries.forEach((entry, i) => {
      const end = entryEnd(rule, i);
      if (end !== undefined) expect(end >= entry.from).toBe(true);
      const next = rule.entries[i + 1];
      if (next) {
        expect(next.from > entry.from).toBe(true);
        expect(end !== undefined && end < next.from).toBe(true);
      }
      if (rule.validity === "annuale") expect(entry.from.slice(5)).toBe("01-01");
    });
  });

  test.each(rules.map((r) => [r.id, r] as const))("%s: values have the shape of their unit", (_id, rule) => {
    for (const { value } of rule.entries) {
      switch (rule.unit) {
        case "EUR":
        case "EUR/ora":
        case "frazione":
          expect(typeof value).toBe("string");
          expect(value).toMatch(/^\d+(\.\d+)?$/);
          if (rule.unit === "frazione") expect(Number(value)).toBeLessThanOrEqual(1);
          break;
        case "settimane":
        case "mesi":
        case "giorni":
        case "ore":
        case "dipendenti":
          expect(typeof value).toBe("number");
          expect(Number.isFinite(value)).toBe(true);
          break;
        case "data":
          expect(value).toMatch(ISO);
          break;
        default:
          expect(typeof value).toBe("string");
      }
    }
  });

  test.each(rules.map((r) => [r.id] as const))("%s is read by code", (id) => {
    const readers = CODE.filter((c) => c.text.includes(`"${id}"`));
    expect(readers.map((r) => r.file)).not.toEqual([]);
  });

  test("every source is cited by some value or some check", () => {
    const cited = new Set(rules.flatMap((r) => r.entries.flatMap((e) => [e.source, ...(e.alsoSources ?? [])])));
    const inCode = (id: string) => CODE.some((c) => c.text.includes(`"${id}"`));
    const orphans = [...SOURCES.keys()].filter((id) => !cited.has(id) && !inCode(id));
    expect(orphans).toEqual([]);
  });

  test("no published amount is written in the code outside the table", () => {
    const amounts = new Set(
      rules
        .filter((r) => r.unit === "EUR" || r.unit === "EUR/ora")
        .flatMap((r) => r.entries.map((e) => String(e.value)))
        .filter((v) => /^\d{3,}\.\d{2}$/.test(v)),
    );
    const leaks: string[] = [];
    for (const { file, text } of CODE) {
      for (const amount of amounts) {
        const italian = amount.replace(/^(\d+)(\d{3})\.(\d{2})$/, "$1.$2,$3");
        if (text.includes(amount) || text.includes(italian)) leaks.push(`${file}: ${amount}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
