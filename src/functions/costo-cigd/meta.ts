/** Rule ids CIG.COSTO.CIGD reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = [
  "cigd.costo-orario.bolzano.apprendisti",
  "cigd.costo-orario.bolzano.operai",
  "cigd.costo-orario.bolzano.impiegati",
  "cigd.costo-orario.bolzano.quadri",
  "cigd.costo-orario.trento.apprendisti",
  "cigd.costo-orario.trento.operai",
  "cigd.costo-orario.trento.impiegati",
  "cigd.costo-orario.trento.quadri",
];
