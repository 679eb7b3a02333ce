/** Rule ids CIG.TABELLA.MASSIMALI reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = [
  "massimale.regime",
  "massimale.soglia",
  "massimale.inferiore.lordo",
  "massimale.inferiore.netto",
  "massimale.superiore.lordo",
  "massimale.superiore.netto",
  "massimale.unico.lordo",
  "massimale.unico.netto",
  "massimale.edilizia.inferiore.lordo",
  "massimale.edilizia.superiore.lordo",
  "massimale.edilizia.unico.lordo",
];
