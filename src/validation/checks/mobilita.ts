/**
 * Profile A — mobilità in deroga (art. 53-ter D.L. 50/2017, circ. MLPS 16/2025,
 * nota MLPS 5035/2026): row checks 1–11 and the sheet checks of
 * shared/domain/modello-ministero.md.
 */
import { dec, toCents } from "../../engine/money";
import { normalizeKey } from "../normalize";
import { MOBILITA_DEROGA, amountLabel, columnIndex } from "../profiles";
import type { Summary } from "../types";
import type { Context } from "../context";
import type { ProfileChecks } from "./types";
import {
  budgetFinding,
  dateText,
  euro,
  firstOfYear,
  groupBy,
  isNum,
  monthOf,
  monthsBetween,
  monthsText,
  overlappingDuplicates,
  ruleCents,
  ruleDate,
  ruleList,
  ruleNumber,
  yearOf,
  type Rec,
  periodInOrder,
} from "./common";

const K = columnIndex(MOBILITA_DEROGA);
/** Euro cents of tolerance on computed amounts, and months on the month count (model contract). */
const CENTS_TOLERANCE = 1;
const MONTHS_TOLERANCE = 0.05;

export function mobilitaChecks(ctx: Context): ProfileChecks {
  const ref = ctx.referenceSerial;
  const dataTrattamento = ruleDate(ctx, "mobilita.trattamento.data", ref);
  const ammessi = ruleList(ctx, "mobilita.trattamento.ammessi", ref);
  const decorrenza = ruleDate(ctx, "mobilita.periodo.decorrenza", ref);
  const durata = ruleNumber(ctx, "mobilita.durata.massima", ref);
  const capInferiore = ruleCents(ctx, "mobilita.massimale.inferiore", ref);
  const capSuperiore = ruleCents(ctx, "mobilita.massimale.superiore", ref);

  const annoFinanziato = decorrenza ? yearOf(decorrenza.value) : 0;
  const fineAnno = decorrenza ? firstOfYear(annoFinanziato + 1) - 1 : 0;
  // The previous year's results are due when the previous treatment ended in the year before the funded one or later.
  const esitoDa = decorrenza ? firstOfYear(annoFinanziato - 1) : 0;

  const ammessiKeys = new Set<string>();
  for (const a of ammessi?.value ?? []) {
    const key = normalizeKey(a);
    ammessiKeys.add(key);
    ammessiKeys.add(key.replace(/^mobilita/, "")); // "ordinaria", "in deroga"
  }
  const ammessiText = (ammessi?.value ?? []).join(" o ");
  const hasFigurativa = ctx.gridColumn[K.figurativa] >= 0;
  const hasAnf = ctx.gridColumn[K.anf] >= 0;
  const programme = "dl-50-2017-art53ter";

  function row(rec: Rec): void {
    const v = rec.v;
    const r = rec.r;
    const inizio = v[K.inizio];
    const fine = v[K.fine];

    // 1. Treatment in progress at 01/01/2017.
    const tratt = v[K.trattamento];
    if (ammessi && dataTrattamento && typeof tratt === "string" && !ammessiKeys.has(normalizeKey(tratt))) {
      ctx.add(
        r,
        K.trattamento,
        "mobilita.trattamento-2017",
        "errore",
        "validazione.mobilita.trattamento",
        {
          data: dateText(dataTrattamento.value),
          ammessi: ammessiText,
          valore: tratt,
        },
        ammessi.source,
      );
    }

    // 2. Funding covers periods from the first day of the funded year.
    if (decorrenza && isNum(inizio) && inizio < decorrenza.value) {
      ctx.add(
        r,
        K.inizio,
        "mobilita.periodo.decorrenza",
        "errore",
        "validazione.mobilita.decorrenza",
        {
          inizio: dateText(inizio),
          anno: annoFinanziato,
          decorrenza: dateText(decorrenza.value),
        },
        decorrenza.source,
      );
    }

    // 3. No gap and no overlap with the previous treatment.
    const prevEnd = v[K.fineTrattamento];
    if (isNum(inizio) && isNum(prevEnd) && inizio !== prevEnd + 1) {
      const gap = inizio - prevEnd - 1;
      ctx.add(
        r,
        K.inizio,
        "mobilita.continuita",
        "errore",
        gap > 0 ? "validazione.mobilita.continuita.buco" : "validazione.mobilita.continuita.sovrapposto",
        {
          inizio: dateText(inizio),
          fine: dateText(prevEnd),
          giorni: Math.abs(gap),
          atteso: dateText(prevEnd + 1),
        },
        programme,
      );
    }

    // 4. Order, maximum duration, end within the funded year.
    let months = -1;
    const period = periodInOrder(ctx, r, K.fine, inizio, fine, "mobilita.periodo.ordine");
    if (period) {
      const [inizio, fine] = period; // the same two dates, known to be numbers and in order
      months = monthsBetween(inizio, fine);
      if (durata && months > durata.value + 1e-9) {
        ctx.add(
          r,
          K.fine,
          "mobilita.periodo.durata",
          "errore",
          "validazione.periodo.durata",
          {
            inizio: dateText(inizio),
            fine: dateText(fine),
            mesi: monthsText(months),
            massimo: durata.value,
          },
          durata.source,
        );
      }
      if (decorrenza && fine > fineAnno) {
        ctx.add(
          r,
          K.fine,
          "mobilita.periodo.oltre-anno",
          "avviso",
          "validazione.mobilita.oltre-anno",
          {
            fine: dateText(fine),
            limite: dateText(fineAnno),
            anno: annoFinanziato,
          },
          decorrenza.source,
        );
      }
    }

    // 5. Month count agrees with the dates.
    const mesi = v[K.mesi];
    if (months >= 0 && isNum(mesi) && Math.abs(mesi - months) > MONTHS_TOLERANCE + 1e-9) {
      ctx.add(
        r,
        K.mesi,
        "mobilita.mesi.coerenza",
        "avviso",
        "validazione.mobilita.mesi",
        {
          indicati: monthsText(mesi),
          inizio: dateText(inizio as number),
          fine: dateText(fine as number),
          calcolati: monthsText(months),
        },
        ctx.profile.source,
      );
    }

    // 6. Monthly amount: positive, within the caps.
    const mensile = v[K.importoMensile];
    if (isNum(mensile)) {
      if (mensile <= 0) {
        ctx.add(
          r,
          K.importoMensile,
          "mobilita.importo.zero",
          "errore",
          "validazione.mobilita.importo.zero",
          { importo: euro(mensile) },
          ctx.profile.source,
        );
      } else if (capSuperiore && mensile > capSuperiore.value) {
        ctx.add(
          r,
          K.importoMensile,
          "mobilita.importo.massimale",
          "errore",
          "validazione.mobilita.importo.massimale",
          {
            importo: euro(mensile),
            massimale: euro(capSuperiore.value),
          },
          capSuperiore.source,
        );
      } else if (capInferiore && mensile > capInferiore.value) {
        ctx.add(
          r,
          K.importoMensile,
          "mobilita.importo.fascia",
          "info",
          "validazione.mobilita.importo.fascia",
          {
            importo: euro(mensile),
            massimale: euro(capInferiore.value),
          },
          capInferiore.source,
        );
      }
    }

    // 7. Fabbisogno = months × monthly amount (+ contribuzione figurativa and ANF when present).
    const fabbisogno = v[K.fabbisogno];
    if (isNum(fabbisogno) && isNum(mesi) && isNum(mensile)) {
      // Whole months times integer cents is exact; fractional months go through decimal.
      let cents =
        Number.isInteger(mesi) && Number.isSafeInteger(mesi * mensile)
          ? mesi * mensile
          : toCents(dec(mesi).times(mensile).div(100)).times(100).toNumber();
      let calcolo = `${monthsText(mesi)} mesi × € ${euro(mensile)}`;
      const fig = v[K.figurativa];
      const anf = v[K.anf];
      if (hasFigurativa && isNum(fig)) {
        cents += fig;
        calcolo += ` + contribuzione figurativa € ${euro(fig)}`;
      }
      if (hasAnf && isNum(anf)) {
        cents += anf;
        calcolo += ` + ANF € ${euro(anf)}`;
      }
      if (Math.abs(fabbisogno - cents) > CENTS_TOLERANCE) {
        ctx.add(
          r,
          K.fabbisogno,
          "mobilita.fabbisogno.calcolo",
          "errore",
          "validazione.mobilita.fabbisogno",
          {
            indicato: euro(fabbisogno),
            calcolo,
            calcolato: euro(cents),
            differenza: euro(Math.abs(fabbisogno - cents)),
          },
          ctx.profile.source,
        );
      }
    }

    // 8. Patto di servizio: not in the future, not after the period start.
    const patto = v[K.patto];
    if (isNum(patto)) {
      if (patto > ctx.todaySerial) {
        ctx.add(
          r,
          K.patto,
          "mobilita.patto.futuro",
          "errore",
          "validazione.mobilita.patto.futuro",
          { patto: dateText(patto), oggi: dateText(ctx.todaySerial) },
          "mlps-nota-5035-2026",
        );
      } else if (isNum(inizio) && patto > inizio) {
        ctx.add(
          r,
          K.patto,
          "mobilita.patto.successivo",
          "avviso",
          "validazione.mobilita.patto.successivo",
          { patto: dateText(patto), inizio: dateText(inizio) },
          "mlps-nota-5035-2026",
        );
      }
    }

    // 9. Active-policy path: starts within the period, lasts more than zero hours.
    const avvio = v[K.avvioPercorso];
    if (isNum(avvio) && isNum(inizio) && isNum(fine) && fine >= inizio && (avvio < inizio || avvio > fine)) {
      ctx.add(
        r,
        K.avvioPercorso,
        "mobilita.politica.avvio",
        "avviso",
        "validazione.mobilita.politica.avvio",
        {
          avvio: dateText(avvio),
          inizio: dateText(inizio),
          fine: dateText(fine),
        },
        "mlps-nota-5035-2026",
      );
    }
    const ore = v[K.durataPercorso];
    if (isNum(ore) && ore <= 0) {
      ctx.add(
        r,
        K.durataPercorso,
        "mobilita.politica.durata",
        "errore",
        "validazione.mobilita.politica.durata",
        { ore: monthsText(ore) },
        "mlps-nota-5035-2026",
      );
    }
    // Results of the previous year's paths, when the previous treatment ran into that year.
    const esitoVuoto =
      (v[K.esito] === null || v[K.esito] === "" || v[K.esito] === undefined) && !rec.uncached?.includes(K.esito);
    if (decorrenza && isNum(prevEnd) && prevEnd >= esitoDa && esitoVuoto) {
      ctx.add(
        r,
        K.esito,
        "mobilita.esito.mancante",
        "errore",
        "validazione.mobilita.esito",
        { fine: dateText(prevEnd) },
        "mlps-nota-5035-2026",
      );
    }

    // 10. Privacy notice signed.
    if (v[K.privacy] === false) {
      ctx.add(
        r,
        K.privacy,
        "mobilita.privacy",
        "errore",
        "validazione.mobilita.privacy",
        { valore: "No" },
        ctx.profile.source,
      );
    }

    // 11. Semestre agrees with the start month.
    const sem = v[K.semestre];
    if (isNum(sem) && isNum(inizio)) {
      const mese = monthOf(inizio);
      if ((sem === 1) !== mese <= 6) {
        ctx.add(
          r,
          K.semestre,
          "mobilita.semestre",
          "avviso",
          "validazione.mobilita.semestre",
          { semestre: sem, inizio: dateText(inizio), mese },
          "mlps-nota-5035-2026",
        );
      }
    }
  }

  function finish(records: readonly Rec[], summary: Summary): void {
    const byCf = groupBy(records, K.cf);
    overlappingDuplicates(ctx, byCf, K.cf, K.inizio, K.fine, "mobilita.cf.duplicato", programme);

    // More than the maximum months in total for one worker.
    if (durata) {
      for (const [cf, group] of byCf) {
        if (group.length < 2) continue;
        let months = 0;
        let rows = 0;
        for (const rec of group) {
          const st = rec.v[K.inizio];
          const en = rec.v[K.fine];
          if (!isNum(st) || !isNum(en) || en < st) continue;
          months += monthsBetween(st, en);
          rows++;
        }
        if (rows > 1 && months > durata.value + 1e-9) {
          ctx.add(
            group[0].r,
            K.cf,
            "mobilita.cf.mesi-totali",
            "errore",
            "validazione.mobilita.mesi-totali",
            { cf, mesi: monthsText(months), righe: rows, massimo: durata.value },
            durata.source,
          );
        }
      }
    }

    // Share of the year's appropriation.
    if (decorrenza) {
      const budget = ruleCents(ctx, "aree-crisi.stanziamento", firstOfYear(annoFinanziato));
      if (budget) {
        const used = summary.totals[amountLabel(MOBILITA_DEROGA.columns[K.fabbisogno])] ?? 0;
        const share = budgetFinding(
          ctx,
          K.fabbisogno,
          `Fabbisogno ${annoFinanziato} (risorse condivise con la CIGS nelle aree di crisi)`,
          used,
          budget,
          "mobilita.stanziamento",
        );
        summary.budget = {
          label: `Risorse ${annoFinanziato} per le aree di crisi industriale complessa`,
          amount: budget.value,
          used,
          share,
          source: budget.source,
        };
      }
    }
  }

  return { row, finish };
}
