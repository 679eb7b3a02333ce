/**
 * Profile C — CIGD COVID-19 in the Province autonome di Trento e Bolzano
 * (art. 22 D.L. 18/2020, INPS circ. 61/2020).
 */
import { normalizeKey } from "../normalize";
import { CIGD_COVID_PAT, columnIndex } from "../profiles";
import type { Summary } from "../types";
import type { Context } from "../context";
import type { ProfileChecks } from "./types";
import {
  budgetFinding,
  dateText,
  groupBy,
  isNum,
  monthsText,
  ruleCents,
  ruleDate,
  ruleList,
  ruleNumber,
  unionOf,
  type Rec,
  periodInOrder,
} from "./common";
import { costoCigdCheck } from "./cigd-costo";

const K = columnIndex(CIGD_COVID_PAT);
const DAYS_PER_WEEK = 7;

export function cigdChecks(ctx: Context): ProfileChecks {
  const ref = ctx.referenceSerial;
  const da = ruleDate(ctx, "cigd-covid.periodo.inizio", ref);
  const a = ruleDate(ctx, "cigd-covid.periodo.fine", ref);
  const entro = ruleDate(ctx, "cigd-covid.assunzione.entro", ref);
  const settimane = ruleNumber(ctx, "cigd-covid.settimane.massime", ref);
  const soglia = ruleNumber(ctx, "cigd-covid.accordo.soglia", ref);
  const esclusi = ruleList(ctx, "cigd-covid.codici-esclusi", ref);
  const escluse = new Set((esclusi?.value ?? []).map((c) => normalizeKey(c)));
  const costo = costoCigdCheck(ctx, K);

  function row(rec: Rec): void {
    const v = rec.v;
    const r = rec.r;
    const codice = v[K.codiceAutorizzazione];
    if (esclusi && typeof codice === "string" && escluse.has(normalizeKey(codice))) {
      ctx.add(
        r,
        K.codiceAutorizzazione,
        "cigd.codice-autorizzazione",
        "errore",
        "validazione.cigd.codice",
        { codice: codice.trim().toUpperCase() },
        esclusi.source,
      );
    }
    if (v[K.qualifica] === "dirigente") {
      ctx.add(
        r,
        K.qualifica,
        "cigd.qualifica.dirigente",
        "errore",
        "validazione.qualifica.dirigente",
        { valore: "dirigente" },
        "inps-circ-61-2020",
      );
    }
    const assunzione = v[K.assunzione];
    if (entro && isNum(assunzione) && assunzione > entro.value) {
      ctx.add(
        r,
        K.assunzione,
        "cigd.assunzione",
        "errore",
        "validazione.cigd.assunzione",
        { assunzione: dateText(assunzione), limite: dateText(entro.value) },
        entro.source,
      );
    }
    const period = periodInOrder(ctx, r, K.fine, v[K.inizio], v[K.fine], "cigd.periodo.ordine");
    if (period) {
      const [inizio, fine] = period; // the same two dates, known to be numbers and in order
      if (da && a && (inizio < da.value || fine > a.value)) {
        ctx.add(
          r,
          inizio < da.value ? K.inizio : K.fine,
          "cigd.periodo.finestra",
          "errore",
          "validazione.cigd.finestra",
          {
            inizio: dateText(inizio),
            fine: dateText(fine),
            da: dateText(da.value),
            a: dateText(a.value),
          },
          da.source,
        );
      }
    }
    const dipendenti = v[K.dipendenti];
    if (soglia && isNum(dipendenti) && dipendenti > soglia.value && v[K.accordo] === false) {
      ctx.add(
        r,
        K.accordo,
        "cigd.accordo",
        "errore",
        "validazione.cigd.accordo",
        { dipendenti, soglia: soglia.value, valore: "No" },
        soglia.source,
      );
    }
    costo.row(rec);
  }

  function finish(records: readonly Rec[], summary: Summary): void {
    // At most N weeks per employer's unit, on the union of its periods (also non-continuous).
    if (settimane) {
      const byEmployer = groupBy(records, K.cfAzienda);
      for (const [cfAzienda, group] of byEmployer) {
        // Units are told apart by province (the model has no unit column).
        const byProvince = new Map<string, Rec[]>();
        for (const rec of group) {
          const p = String(rec.v[K.provincia] ?? "");
          const list = byProvince.get(p);
          if (list) list.push(rec);
          else byProvince.set(p, [rec]);
        }
        for (const unit of byProvince.values()) {
          const periods: [number, number][] = [];
          for (const rec of unit) {
            const s = rec.v[K.inizio];
            const e = rec.v[K.fine];
            if (isNum(s) && isNum(e) && e >= s) periods.push([s, e]);
          }
          let days = 0;
          for (const [s, e] of unionOf(periods)) days += e - s + 1;
          const weeks = days / DAYS_PER_WEEK;
          if (weeks > settimane.value + 1e-9) {
            const nome = unit[0].v[K.azienda];
            ctx.add(
              unit[0].r,
              K.inizio,
              "cigd.settimane",
              "errore",
              "validazione.cigd.settimane",
              {
                azienda: typeof nome === "string" && nome !== "" ? `${nome} (${cfAzienda})` : cfAzienda,
                settimane: monthsText(weeks),
                massimo: settimane.value,
              },
              settimane.source,
            );
          }
        }
      }
    }

    // Totals per province against each province's resources.
    const byProvince = summary.splits[CIGD_COVID_PAT.columns[K.provincia].header] ?? {};
    for (const [provincia, entry] of Object.entries(byProvince)) {
      const budget =
        provincia === "Bolzano"
          ? ruleCents(ctx, "cigd-covid.stanziamento.bolzano", ctx.referenceSerial)
          : provincia === "Trento"
            ? ruleCents(ctx, "cigd-covid.stanziamento.trento", ctx.referenceSerial)
            : null;
      if (budget)
        budgetFinding(
          ctx,
          K.costo,
          `Costo stimato, Provincia autonoma di ${provincia}`,
          entry.amount,
          budget,
          "cigd.stanziamento",
        );
    }
    if (records.length > 0)
      ctx.addSheet(-1, "cigd.addizionale", "info", "validazione.cigd.addizionale", {}, "inps-circ-61-2020");
  }

  return { row, finish };
}
