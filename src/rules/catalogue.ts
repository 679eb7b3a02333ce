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
import modelloMinistero from "./data/modello-ministero";

export const RULE_MODULES: Record<string, RuleModule> = {
  massimali,
  addizionale,
  integrazione,
  contribuzione,
  durate,
  solidarieta,
  cigdPat,
  modelloMinistero,
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

/**
 * Several modules may cite the same act; they must agree on what it is (kind, number,
 * date, article). The first module's title and url are kept.
 */
function mergeSources(sources: Source[]): ReadonlyMap<string, Source> {
  const map = new Map<string, Source>();
  for (const source of sources) {
    const known = map.get(source.id);
    if (!known) {
      map.set(source.id, source);
      continue;
    }
    const same =
      known.kind === source.kind &&
      known.numero === source.numero &&
      known.data === source.data &&
      (known.articolo ?? "") === (source.articolo ?? "");
    if (!same) throw new Error(`Source id ${source.id} names two different acts in the rules table`);
  }
  return map;
}

export const SOURCES: ReadonlyMap<string, Source> = mergeSources(modules.flatMap((m) => m.sources));

export const RULES: ReadonlyMap<string, Rule> = indexBy(
  modules.flatMap((m) => m.rules),
  "rule",
);
