import { addDays } from "date-fns";
import { dayOf, isoOf, type Day } from "../dates";
import { finestraMobile, giorniNellaFinestra, settimaneUtilizzate } from "./settimane";

const d = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;
const p = (a: Day, b: Day) => ({ inizio: a, fine: b });

describe("finestraMobile", () => {
  test("two years ending on the reference day, both ends included", () => {
    const f = finestraMobile(d(2025, 12, 31), 2);
    expect([isoOf(f.dal), isoOf(f.al)]).toEqual(["2024-01-01", "2025-12-31"]);
  });
  test("mid-year reference", () => {
    expect(isoOf(finestraMobile(d(2025, 6, 15), 2).dal)).toBe("2023-06-16");
  });
  test("29 February: the window starts on 1 March", () => {
    expect(isoOf(finestraMobile(d(2024, 2, 29), 2).dal)).toBe("2022-03-01");
  });
  test("quinquennio never starts before 24/09/2015", () => {
    expect(isoOf(finestraMobile(d(2019, 1, 10), 5).dal)).toBe("2015-09-24");
    expect(isoOf(finestraMobile(d(2021, 1, 10), 5).dal)).toBe("2016-01-11");
  });
});

describe("giorniNellaFinestra", () => {
  const f = { dal: d(2024, 1, 1), al: d(2025, 12, 31) };
  test("union of overlapping, unsorted periods", () => {
    expect(giorniNellaFinestra([p(d(2025, 3, 15), d(2025, 4, 11)), p(d(2025, 3, 1), d(2025, 3, 28))], f)).toBe(42);
  });
  test("clipped at both ends", () => {
    expect(giorniNellaFinestra([p(d(2023, 12, 18), d(2024, 1, 7)), p(d(2025, 12, 20), d(2026, 1, 10))], f)).toBe(
      7 + 12,
    );
  });
  test("no periods", () => {
    expect(giorniNellaFinestra([], f)).toBe(0);
  });
  test("10 000 one-day periods over 700 distinct days count 700 days", () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      p(addDays(d(2024, 1, 1), i % 700), addDays(d(2024, 1, 1), i % 700)),
    );
    expect(giorniNellaFinestra(many, f)).toBe(700);
  });
});

describe("settimaneUtilizzate", () => {
  test("weeks are days / 7", () => {
    const r = settimaneUtilizzate([p(d(2025, 3, 1), d(2025, 3, 10))], d(2025, 12, 31), 2);
    expect(r.giorni).toBe(10);
    expect(r.settimane).toBe(10 / 7);
  });
});
