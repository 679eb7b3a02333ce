/**
 * The rules table: every data module of `./data`, merged once. Add a new module
 * here and nowhere else.
 */
import type { Rule, RuleModule, Source } from "./schema";
import addizionale from "./data/addizionale";
import massimali from "./data/massimali";
import integrazione from "./data/integrazione";
import contribuzione from "./data/contribuzione";
import durate from "./data/durate";
import solidarieta from "./data/solidarieta";
import cigdPat from "./data/cigd-pat";

export const RULE_MODULES: Record<string, RuleModule> = {
  massimali,
  addizionale,
  integrazione,
  contribuzione,
  durate,
  solidarieta,
  cigdPat,
};

function indexBy<T extends { id: string }>(items: T[], what: string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`Duplicate ${what} id in the rules table: ${item.id}`);
    map.set(item.id, item);
  }
  return map;
}

const modules = Object.values(RULE_MODULES);

export const SOURCES: ReadonlyMap<string, Source> = indexBy(
  modules.flatMap((m) => m.sources),
  "source",
);

export const RULES: ReadonlyMap<string, Rule> = indexBy(
  modules.flatMap((m) => m.rules),
  "rule",
);
