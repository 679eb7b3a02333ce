import { dayOf, type Day } from "../dates";
import { dec } from "../money";
import { integrazione, oreMensiliPredefinite } from "./integrazione";

const day = (y: number, m: number, g: number) => dayOf(y, m, g) as Day;
const base = {
  oreIntegrate: 40,
  oreMensiliLavorabili: 173,
  retribuzioneMensile: null,
  netto: false,
  settore: "generale" as const,
};

describe("integrazione", () => {
  test("returns the unrounded hourly benefit and the cap used", () => {
    const r = integrazione({ ...base, retribuzioneOraria: dec("12.50"), day: day(2026, 3, 1) });
    expect(r.orario.toString()).toBe(dec("1423.69").div(173).toString());
    expect(r.massimale.fascia).toBe("unico");
    expect(r.importo.toFixed(2)).toBe(dec("1423.69").div(173).times(40).toDecimalPlaces(2).toFixed(2));
  });
  test("the 80% side when it is lower", () => {
    const r = integrazione({ ...base, retribuzioneOraria: dec("9"), day: day(2026, 3, 1) });
    expect(r.orario.toString()).toBe("7.2");
    expect(r.importo.toFixed(2)).toBe("288.00");
  });
  test("two-tier years choose the tier from the monthly pay", () => {
    const r = integrazione({
      ...base,
      retribuzioneOraria: dec("15"),
      retribuzioneMensile: dec("2500"),
      day: day(2020, 6, 1),
    });
    expect(r.massimale.fascia).toBe("superiore");
  });
  test("the default workable hours come from the rules table", () => {
    expect(oreMensiliPredefinite(day(2026, 1, 1))).toBe(173);
  });
});
