/**
 * Calendar days for the engine. A day is a JS Date at local midnight, the form
 * date-fns expects; Excel's 1900 serials and Italian text dates convert here and
 * nowhere else.
 */
import { addDays, differenceInCalendarDays, format, isValid } from "date-fns";

export type Day = Date;

/** Excel's epoch for serials from 61 on (serial 60 is the fictitious 1900-02-29). */
const EPOCH = new Date(1899, 11, 30);
/** Excel's last date: 31/12/9999. */
export const MAX_EXCEL_SERIAL = 2958465;

/** The calendar day y-m-d (month 1–12), or null when that day does not exist. */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999) return null;
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years below 100 would otherwise be read as 19xx
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return null;
  return date;
}

/**
 * The day of an Excel serial number in the 1900 date system (fractions are a time
 * of day and are dropped). Null for 0, negatives, beyond 31/12/9999 and the
 * non-existent 29/02/1900 (serial 60).
 */
export function dayFromSerial(serial: number): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return null;
  return whole < 60 ? addDays(new Date(1899, 11, 31), whole) : addDays(EPOCH, whole);
}

/** The Excel serial of a day (1900 system). */
export function serialOf(day: Day): number {
  const serial = differenceInCalendarDays(day, EPOCH);
  return serial <= 60 ? serial - 1 : serial;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of a day (hot path: one call per rule lookup, so no format-string parsing). */
export function isoOf(day: Day): string {
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1, 2)}-${pad(day.getDate(), 2)}`;
}

export function italianOf(day: Day): string {
  return format(day, "dd/MM/yyyy");
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A date typed as text: gg/mm/aaaa (also with - or .) or aaaa-mm-gg. Null if not a real date. */
export function parseDateText(text: string): Day | null {
  const t = text.trim();
  let m = DMY.exec(t);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(t);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(b, a);
}
