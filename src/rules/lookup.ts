/**
 * Reading the rules table at a date. `valueAt` is the only way code reads a rule.
 */
import { format, parseISO, subDays } from "date-fns";
import type { IsoDay, Rule, RuleEntry, Source } from "./schema";
import { RULES, SOURCES } from "./catalogue";

export interface InForce {
  ok: true;
  rule: Rule;
  entry: RuleEntry;
  source: Source;
  /** First and last day the value is in force (last is undefined when open-ended). */
  from: IsoDay;
  to: IsoDay | undefined;
}

export interface NotInForce {
  ok: false;
  rule: Rule;
  /**
   * `non-ancora-pubblicato`: an annual value whose year has not been published yet
   * (the date is after the last published year).
   * `non-in-vigore`: the date is before the rule started, after it ended, or in a gap.
   */
  reason: "non-ancora-pubblicato" | "non-in-vigore";
}

export type Lookup = InForce | NotInForce;

/** Thrown only for programming errors (an id that is not in the table). */
export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`Unknown rule id: ${ruleId}`);
  }
}

export function getRule(ruleId: string): Rule {
  const rule = RULES.get(ruleId);
  if (!rule) throw new UnknownRuleError(ruleId);
  return rule;
}

export function getSource(sourceId: string): Source {
  const source = SOURCES.get(sourceId);
  if (!source) throw new Error(`Unknown source id: ${sourceId}`);
  return source;
}

/** Last day an entry is in force, or undefined when it runs until changed. */
export function entryEnd(rule: Rule, index: number): IsoDay | undefined {
  const entry = rule.entries[index];
  if (entry.to) return entry.to;
  if (rule.validity === "annuale") return `${entry.from.slice(0, 4)}-12-31`;
  const next = rule.entries[index + 1];
  return next ? previousIsoDay(next.from) : undefined;
}

type ReadListener = (ruleId: string) => void;
let readListener: ReadListener | null = null;

/**
 * Records which rules a computation reads (the help pages list, for each function,
 * the values it really uses). Returns the ids read while `work` ran.
 */
export function recordReads(work: () => void): Set<string> {
  const read = new Set<string>();
  const previous = readListener;
  readListener = (id) => read.add(id);
  try {
    work();
  } finally {
    readListener = previous;
  }
  return read;
}

/** Each rule's values with their periods and sources, resolved once (lookups are hot: one per cell). */
const resolved = new Map<string, InForce[]>();

function periodsOf(rule: Rule): InForce[] {
  let periods = resolved.get(rule.id);
  if (!periods) {
    periods = rule.entries.map((entry, i) => ({
      ok: true as const,
      rule,
      entry,
      source: getSource(entry.source),
      from: entry.from,
      to: entryEnd(rule, i),
    }));
    resolved.set(rule.id, periods);
  }
  return periods;
}

/** The value of `ruleId` in force on `day` (ISO `YYYY-MM-DD`). The result is shared: do not mutate it. */
export function valueAt(ruleId: string, day: IsoDay): Lookup {
  const rule = getRule(ruleId);
  if (readListener) readListener(ruleId);
  const periods = periodsOf(rule);
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (p.from <= day) {
      if (p.to === undefined || day <= p.to) return p;
      const isLast = i === periods.length - 1;
      const reason = rule.validity === "annuale" && isLast && !p.entry.to ? "non-ancora-pubblicato" : "non-in-vigore";
      return { ok: false, rule, reason };
    }
  }
  return { ok: false, rule, reason: "non-in-vigore" };
}

/** Every value the rule has had, oldest first, with its period. */
export function historyOf(
  ruleId: string,
): { entry: RuleEntry; source: Source; from: IsoDay; to: IsoDay | undefined }[] {
  const rule = getRule(ruleId);
  return rule.entries.map((entry, i) => ({
    entry,
    source: getSource(entry.source),
    from: entry.from,
    to: entryEnd(rule, i),
  }));
}

function previousIsoDay(day: IsoDay): IsoDay {
  return format(subDays(parseISO(day), 1), "yyyy-MM-dd");
}
