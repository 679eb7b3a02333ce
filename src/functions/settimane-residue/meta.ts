/** Rule ids CIG.SETTIMANE.RESIDUE reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = [
  "durata.cigo.settimane-biennio",
  "fis.soglia.piccoli",
  "fis.soglia.grandi",
  "durata.fis.settimane.fino-5",
  "durata.fis.settimane.da-6-a-15",
  "durata.fis.settimane.oltre-15",
];
