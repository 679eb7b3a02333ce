/**
 * Fictitious people and companies for the sample workbooks: person codes built
 * by the DM 23/12/1976 rules (the engine's check character), company codes with
 * a valid partita IVA check digit. Deterministic, so the samples do not change
 * from one generation to the next.
 */
import { checkCharacter, isPartitaIvaValida } from "../../src/engine/codice-fiscale";

export interface Person {
  cognome: string;
  nome: string;
  sesso: "M" | "F";
  /** Date of birth (UTC midnight, as ExcelJS writes it). */
  nascita: Date;
  cf: string;
}

const COGNOMI = [
  "Rossi",
  "Bianchi",
  "Esposito",
  "Russo",
  "Romano",
  "Colombo",
  "Ricci",
  "Marino",
  "Greco",
  "Bruno",
  "Gallo",
  "Conti",
  "De Luca",
  "Mancini",
  "Costa",
  "Giordano",
  "Rizzo",
  "Lombardi",
  "Moretti",
  "Barbieri",
];
const NOMI_M = ["Mario", "Luca", "Giuseppe", "Antonio", "Francesco", "Marco", "Paolo", "Stefano", "Andrea", "Roberto"];
const NOMI_F = ["Anna", "Giulia", "Maria", "Francesca", "Laura", "Sara", "Chiara", "Paola", "Elena", "Silvia"];
const MONTH_LETTERS = "ABCDEHLMPRST";
const COMUNI = ["B354", "F839", "H501", "G273", "L219", "A662", "L049", "D969"];

function consonants(s: string): string {
  return s
    .toUpperCase()
    .replace(/[^A-Z]/g, "")
    .replace(/[AEIOU]/g, "");
}
function vowels(s: string): string {
  return s.toUpperCase().replace(/[^AEIOU]/g, "");
}
function pad3(s: string): string {
  return (s + "XXX").slice(0, 3);
}
function surnameCode(s: string): string {
  return pad3(consonants(s) + vowels(s));
}
function nameCode(s: string): string {
  const c = consonants(s);
  return c.length >= 4 ? c[0] + c[2] + c[3] : pad3(c + vowels(s));
}

export function codiceFiscale(cognome: string, nome: string, nascita: Date, sesso: "M" | "F", comune: string): string {
  const yy = String(nascita.getUTCFullYear() % 100).padStart(2, "0");
  const day = nascita.getUTCDate() + (sesso === "F" ? 40 : 0);
  const first15 =
    surnameCode(cognome) +
    nameCode(nome) +
    yy +
    MONTH_LETTERS[nascita.getUTCMonth()] +
    String(day).padStart(2, "0") +
    comune;
  return first15 + checkCharacter(first15);
}

/**
 * The i-th fictitious person. Surname, name, birth year and month are the digits
 * of i in a mixed radix (20 × 10 × 40 × 12), so codes are distinct for i < 96 000.
 */
export function person(i: number): Person {
  const sesso: "M" | "F" = i % 3 === 2 ? "F" : "M";
  const cognome = COGNOMI[i % 20];
  const nomi = sesso === "F" ? NOMI_F : NOMI_M;
  const nome = nomi[Math.floor(i / 20) % 10];
  const nascita = new Date(Date.UTC(1962 + (Math.floor(i / 200) % 40), Math.floor(i / 8000) % 12, 1 + ((i * 7) % 28)));
  const comune = COMUNI[i % COMUNI.length];
  return { cognome, nome, sesso, nascita, cf: codiceFiscale(cognome, nome, nascita, sesso, comune) };
}

/** An 11-digit company code with a valid check digit, from a 10-digit stem. */
export function partitaIva(stem: number): string {
  const base = String(stem).padStart(10, "0").slice(-10);
  for (let d = 0; d <= 9; d++) if (isPartitaIvaValida(base + d)) return base + d;
  throw new Error(`no check digit for ${base}`);
}
