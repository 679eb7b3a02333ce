/**
 * What kind of file this is, from its bytes (never from its name): an .xlsx is a
 * zip; a password-protected .xlsx and an old .xls are OLE compound files (CFB).
 * Pure: works on bytes the caller has read.
 */

export type FileKind =
  | "zip"
  /** A CFB holding an encrypted OOXML package (Excel's "Proteggi con password"). */
  | "encrypted"
  /** A CFB holding a BIFF workbook (Excel 97-2003 .xls). */
  | "xls"
  /** Another CFB (a .doc, a .msg …). */
  | "cfb"
  | "unknown";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** True when the first bytes are those of a compound file; the caller then reads it all. */
export function isCfb(head: Uint8Array): boolean {
  return startsWith(head, CFB_MAGIC);
}

/** The UTF-16LE names of a CFB's directory entries (128-byte entries in 512- or 4096-byte sectors). */
export function cfbEntryNames(bytes: Uint8Array): string[] {
  if (!isCfb(bytes) || bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const names = new Set<string>();
  // The directory chain would need the FAT; scanning every sector for well-formed
  // directory entries is enough to recognise the stream names we look for.
  for (let offset = sectorSize; offset + 128 <= bytes.length; offset += 128) {
    const nameLength = view.getUint16(offset + 64, true);
    const type = bytes[offset + 66];
    if (nameLength < 4 || nameLength > 64 || nameLength % 2 !== 0 || type < 1 || type > 5) continue;
    let name = "";
    for (let i = 0; i < nameLength / 2 - 1; i++) name += String.fromCharCode(view.getUint16(offset + i * 2, true));
    if (view.getUint16(offset + nameLength - 2, true) !== 0) continue;
    names.add(name);
  }
  return [...names];
}

/**
 * The kind of file. `bytes` must be the whole file when it is a CFB (see
 * `isCfb`), else its first bytes are enough.
 */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (!isCfb(bytes)) return "unknown";
  const names = cfbEntryNames(bytes);
  if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage")) return "encrypted";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return "cfb";
}
