/**
 * Weeks of use inside a rolling window ("biennio mobile" = 2 years, "quinquennio
 * mobile" = 5 years) ending on the reference day. The window is the `anni` years
 * that end on the reference day, both ends included: from the day after the same
 * date `anni` years earlier to the reference day (31/12/2025, 2 years →
 * 01/01/2024–31/12/2025). When that earlier date does not exist (29 February) it is
 * the last day of February, so the window starts on 1 March.
 *
 * Periods are calendar days, both ends included; overlapping periods count once;
 * only the part of a period inside the window counts; a week is 7 calendar days
 * and a partial week is a fraction (10 days = 10/7 weeks).
 *
 * For the quinquennio mobile, periods before the entry into force of D.Lgs.
 * 148/2015 (24/09/2015, rule "durata.quinquennio.decorrenza") do not count
 * (verified-facts §4, transitional counting). The biennio mobile of the CIGO
 * (art. 12) has no such cut: the 52-week limit predates the reform.
 */
import { addDays, max as latest, min as earliest, subYears } from "date-fns";
import { daysBetween, parseDateText, type Day } from "../dates";
import { textAt } from "../rule-values";

export const BIENNIO = 2;
export const QUINQUENNIO = 5;
export type AnniFinestra = typeof BIENNIO | typeof QUINQUENNIO;

export interface PeriodoUtilizzo {
  inizio: Day;
  fine: Day;
}

export interface Finestra {
  dal: Day;
  al: Day;
}

export interface Utilizzo {
  settimane: number;
  giorni: number;
  finestra: Finestra;
}

/** The window of `anni` years ending on `dataRiferimento` (see the module comment). */
export function finestraMobile(dataRiferimento: Day, anni: AnniFinestra): Finestra {
  let dal = addDays(subYears(dataRiferimento, anni), 1);
  if (anni === QUINQUENNIO) {
    const decorrenza = parseDateText(textAt("durata.quinquennio.decorrenza", dataRiferimento).value);
    if (decorrenza) dal = latest([dal, decorrenza]);
  }
  return { dal, al: dataRiferimento };
}

/** Calendar days covered by the union of the periods, counting only days inside the window. */
export function giorniNellaFinestra(periodi: PeriodoUtilizzo[], finestra: Finestra): number {
  const clipped = periodi
    .map((p) => ({ inizio: latest([p.inizio, finestra.dal]), fine: earliest([p.fine, finestra.al]) }))
    .filter((p) => p.inizio.getTime() <= p.fine.getTime())
    .sort((a, b) => a.inizio.getTime() - b.inizio.getTime());
  let giorni = 0;
  let current: PeriodoUtilizzo | null = null;
  for (const p of clipped) {
    if (current && p.inizio.getTime() <= current.fine.getTime()) {
      if (p.fine.getTime() > current.fine.getTime()) current.fine = p.fine;
      continue;
    }
    if (current) giorni += daysBetween(current.inizio, current.fine) + 1;
    current = { ...p };
  }
  if (current) giorni += daysBetween(current.inizio, current.fine) + 1;
  return giorni;
}

/** Weeks of use (7-day weeks, fractions kept) in the window ending on `dataRiferimento`. */
export function settimaneUtilizzate(periodi: PeriodoUtilizzo[], dataRiferimento: Day, anni: AnniFinestra): Utilizzo {
  const finestra = finestraMobile(dataRiferimento, anni);
  const giorni = giorniNellaFinestra(periodi, finestra);
  return { settimane: giorni / 7, giorni, finestra };
}
