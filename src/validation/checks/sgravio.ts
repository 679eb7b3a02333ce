/**
 * Profile D — reiterazione dello sgravio contributivo per i contratti di
 * solidarietà (D.I. 98189/2016, circ. MLPS 3/2017 § 4–5).
 */
import { historyOf } from "../../rules/lookup";
import { SGRAVIO_SOLIDARIETA, columnIndex } from "../profiles";
import type { Summary } from "../types";
import type { Context } from "../context";
import type { ProfileChecks } from "./types";
import {
  addSplit,
  budgetFinding,
  dateText,
  firstOfYear,
  groupBy,
  isNum,
  monthsBetween,
  monthsText,
  ruleAt,
  ruleCents,
  ruleNumber,
  unionOf,
  yearOf,
  type Rec,
  periodInOrder,
} from "./common";
import { sgravioCalcoloCheck } from "./sgravio-calcolo";

const K = columnIndex(SGRAVIO_SOLIDARIETA);
const YEAR_SPLIT = "Anno di inizio";

export function sgravioChecks(ctx: Context): ProfileChecks {
  const durata = ruleNumber(ctx, "solidarieta.sgravio.durata-massima", ctx.referenceSerial);
  const calcolo = sgravioCalcoloCheck(ctx, K);
  /** Years with a spending limit in the table (the years the relief is financed). */
  const financed = new Map<number, boolean>();
  const isFinanced = (serial: number): boolean => {
    const y = yearOf(serial);
    let ok = financed.get(y);
    if (ok === undefined) {
      ok = ruleAt(ctx, "solidarieta.sgravio.limite-spesa", firstOfYear(y), true) !== null;
      financed.set(y, ok);
    }
    return ok;
  };

  function row(rec: Rec): void {
    const v = rec.v;
    const r = rec.r;
    const period = periodInOrder(ctx, r, K.fine, v[K.inizio], v[K.fine], "sgravio.periodo.ordine");
    if (period) {
      const [inizio, fine] = period; // the same two dates, known to be numbers and in order
      if (!isFinanced(inizio) || !isFinanced(fine)) {
        ctx.add(
          r,
          isFinanced(inizio) ? K.fine : K.inizio,
          "sgravio.periodo.anni",
          "errore",
          "validazione.sgravio.anni",
          {
            inizio: dateText(inizio),
            fine: dateText(fine),
            anni: financedYearsText(),
          },
          ctx.profile.source,
        );
      }
    }
    calcolo.row(rec);
  }

  let yearsText: string | null = null;
  /** "2016, 2017, 2018": the years with a spending limit in the table. */
  function financedYearsText(): string {
    yearsText ??= historyOf("solidarieta.sgravio.limite-spesa")
      .map((h) => h.from.slice(0, 4))
      .join(", ");
    return yearsText;
  }

  function finish(records: readonly Rec[], summary: Summary): void {
    // At most N months of relief in total per unità produttiva (union of its periods).
    if (durata) {
      for (const [unita, group] of groupBy(records, K.unita)) {
        const periods: [number, number][] = [];
        for (const rec of group) {
          const s = rec.v[K.inizio];
          const e = rec.v[K.fine];
          if (isNum(s) && isNum(e) && e >= s) periods.push([s, e]);
        }
        let months = 0;
        for (const [s, e] of unionOf(periods)) months += monthsBetween(s, e);
        if (months > durata.value + 1e-9) {
          ctx.add(
            group[0].r,
            K.unita,
            "sgravio.durata",
            "errore",
            "validazione.sgravio.durata",
            { unita, mesi: monthsText(months), massimo: durata.value },
            durata.source,
          );
        }
      }
    }
    // Relief requested per year (by start year) against the year's spending limit.
    for (const rec of records) {
      const s = rec.v[K.inizio];
      const amount = rec.v[K.sgravio];
      if (isNum(s)) addSplit(summary, YEAR_SPLIT, String(yearOf(s)), isNum(amount) ? amount : 0);
    }
    for (const [anno, entry] of Object.entries(summary.splits[YEAR_SPLIT] ?? {})) {
      const limite = ruleAt(ctx, "solidarieta.sgravio.limite-spesa", firstOfYear(Number(anno)), true);
      if (!limite) continue;
      const budget = ruleCents(ctx, "solidarieta.sgravio.limite-spesa", firstOfYear(Number(anno)));
      if (budget)
        budgetFinding(
          ctx,
          K.sgravio,
          `Sgravio ${anno} (limite condiviso con la prosecuzione della CIGS, art. 42)`,
          entry.amount,
          budget,
          "sgravio.limite-spesa",
        );
    }
  }

  return { row, finish };
}
