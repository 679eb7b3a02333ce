/**
 * CIG.FONTE reads whichever rule its first argument names, so it lists no fixed rule:
 * its help page should point to the list of every rule id instead.
 */
export const RULES_READ: string[] = [];
export const READS_ANY_RULE = true;
