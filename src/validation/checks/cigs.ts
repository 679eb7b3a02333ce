/**
 * Profile B — CIGS in the aree di crisi industriale complessa (art. 44 c. 11-bis
 * D.Lgs. 148/2015, circ. MLPS 3/2026).
 */
import { integrazione, oreMensiliPredefinite } from "../../engine/calc/integrazione";
import { dayFromSerial } from "../../engine/dates";
import { CigError } from "../../engine/errors";
import { dec } from "../../engine/money";
import { CIGS_AREE_CRISI, columnIndex } from "../profiles";
import type { Context } from "../context";
import type { ProfileChecks } from "./types";
import {
  dateText,
  euro,
  groupBy,
  isNum,
  monthsBetween,
  monthsText,
  overlappingDuplicates,
  ruleAt,
  ruleNumber,
  yearOf,
  type Rec,
  periodInOrder,
} from "./common";

const K = columnIndex(CIGS_AREE_CRISI);
const CENTS_TOLERANCE = 1;
const DAYS_PER_WEEK = 7;

export function cigsChecks(ctx: Context): ProfileChecks {
  const durata = ruleNumber(ctx, "cigs-aree-crisi.durata.massima", ctx.referenceSerial);
  const programme = "dlgs-148-2015-art44-c11bis";
  const hasRetribuzioneMensile = ctx.gridColumn[K.retribuzioneMensile] >= 0;
  const exemptYears = new Map<number, { rows: number; source: string }>();

  function row(rec: Rec): void {
    const v = rec.v;
    const r = rec.r;
    const inizio = v[K.inizio];
    const fine = v[K.fine];

    if (v[K.qualifica] === "dirigente") {
      ctx.add(
        r,
        K.qualifica,
        "cigs.qualifica.dirigente",
        "errore",
        "validazione.qualifica.dirigente",
        { valore: "dirigente" },
        "dlgs-148-2015-art1",
      );
    }

    // Seniority of effective work at the period start (90 days, 30 from 2022).
    const assunzione = v[K.assunzione];
    if (isNum(assunzione) && isNum(inizio)) {
      const minimo = ruleNumber(ctx, "cigs.anzianita.giorni", inizio);
      const giorni = inizio - assunzione;
      if (minimo && giorni < minimo.value) {
        ctx.add(
          r,
          K.assunzione,
          "cigs.anzianita",
          "errore",
          "validazione.cigs.anzianita",
          {
            assunzione: dateText(assunzione),
            inizio: dateText(inizio),
            giorni: Math.max(0, giorni),
            minimo: minimo.value,
          },
          minimo.source,
        );
      }
    }

    const period = periodInOrder(ctx, r, K.fine, inizio, fine, "cigs.periodo.ordine");
    if (period) {
      const [inizio, fine] = period; // the same two dates, known to be numbers and in order
      const months = monthsBetween(inizio, fine);
      if (durata && months > durata.value + 1e-9) {
        ctx.add(
          r,
          K.fine,
          "cigs.periodo.durata",
          "errore",
          "validazione.periodo.durata",
          { inizio: dateText(inizio), fine: dateText(fine), mesi: monthsText(months), massimo: durata.value },
          durata.source,
        );
      }
      if (yearOf(inizio) !== yearOf(fine)) {
        ctx.add(
          r,
          K.fine,
          "cigs.periodo.anno",
          "errore",
          "validazione.cigs.anno",
          { inizio: dateText(inizio), fine: dateText(fine) },
          programme,
        );
      }

      // Requested hours within the contractual hours of the period.
      const settimanali = v[K.oreSettimanali];
      const richieste = v[K.oreRichieste];
      if (isNum(settimanali) && isNum(richieste)) {
        const settimane = (fine - inizio + 1) / DAYS_PER_WEEK;
        const contrattuali = settimanali * settimane;
        if (richieste > contrattuali + 1e-6) {
          ctx.add(
            r,
            K.oreRichieste,
            "cigs.ore.contrattuali",
            "errore",
            "validazione.cigs.ore",
            {
              richieste: monthsText(richieste),
              contrattuali: monthsText(contrattuali),
              settimanali: monthsText(settimanali),
              settimane: monthsText(settimane),
            },
            "dlgs-148-2015-art3-c1",
          );
        }
      }

      // Contributo addizionale not due for periods authorised for an exempt year.
      const esonero = ruleAt(ctx, "cigs-aree-crisi.addizionale.esonero", inizio, true);
      if (esonero) {
        const y = yearOf(inizio);
        const e = exemptYears.get(y);
        if (e) e.rows++;
        else exemptYears.set(y, { rows: 1, source: esonero.entry.source });
      }
    }

    // Estimated cost = hours × min(80% of hourly pay, cap ÷ monthly workable hours).
    const costo = v[K.costo];
    const ore = v[K.oreRichieste];
    const orariaCents = v[K.retribuzioneOraria];
    if (isNum(costo) && isNum(ore) && isNum(orariaCents) && isNum(inizio)) {
      const day = dayFromSerial(inizio);
      if (!day) return;
      const mensile =
        hasRetribuzioneMensile && isNum(v[K.retribuzioneMensile])
          ? dec(v[K.retribuzioneMensile] as number).div(100)
          : null;
      try {
        const oreMensili = oreMensiliPredefinite(day);
        const calc = integrazione({
          retribuzioneOraria: dec(orariaCents).div(100),
          oreIntegrate: ore,
          day,
          oreMensiliLavorabili: oreMensili,
          retribuzioneMensile: mensile,
          netto: false,
          settore: "generale",
        });
        const cents = calc.importo.times(100).toNumber();
        if (Math.abs(costo - cents) > CENTS_TOLERANCE) {
          ctx.add(
            r,
            K.costo,
            "cigs.costo.calcolo",
            "errore",
            "validazione.cigs.costo",
            {
              indicato: euro(costo),
              calcolo: `${monthsText(ore)} ore × € ${calc.orario.toDecimalPlaces(4).toString().replace(".", ",")} (il minore tra l'80% di € ${euro(orariaCents)} e il massimale € ${euro(calc.massimale.importo.times(100).toNumber())} ÷ ${monthsText(oreMensili)} ore)`,
              calcolato: euro(cents),
              differenza: euro(Math.abs(costo - cents)),
            },
            calc.massimale.at.entry.source,
          );
        }
      } catch (e) {
        if (!(e instanceof CigError)) throw e;
        ctx.ruleUnavailable(`cigs.costo:${yearOf(inizio)}:${e.messageId}`, e.message, ctx.profile.source);
      }
    }
  }

  function finish(records: readonly Rec[]): void {
    overlappingDuplicates(ctx, groupBy(records, K.cf), K.cf, K.inizio, K.fine, "cigs.cf.duplicato", programme);
    for (const [anno, e] of exemptYears) {
      ctx.addSheet(K.inizio, "cigs.addizionale.esonero", "info", "validazione.cigs.addizionale", { anno }, e.source);
    }
  }

  return { row, finish };
}
