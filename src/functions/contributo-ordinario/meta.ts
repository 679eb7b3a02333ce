/** Rule ids CIG.CONTRIBUTO.ORDINARIO reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = [
  "contribuzione.cigo.soglia-dipendenti",
  "contribuzione.cigo.fino-50",
  "contribuzione.cigo.oltre-50",
  "contribuzione.cigo.edilizia-operai",
  "contribuzione.cigo.lapideo-operai",
  "contribuzione.cigs",
  "contribuzione.cigs.ridotta-2022",
  "contribuzione.cigs.soglia-riduzione-2022",
  "fis.soglia.piccoli",
  "fis.soglia.grandi",
  "contribuzione.fis.fino-5",
  "contribuzione.fis.fino-5.ridotta",
  "contribuzione.fis.da-6-a-15",
  "contribuzione.fis.oltre-15",
];
