/**
 * A minimal but well-formed OLE compound file (CFB v3, 512-byte sectors): header,
 * one FAT sector, one directory sector. Enough to stand for a password-protected
 * .xlsx (streams EncryptionInfo + EncryptedPackage) or an .xls (stream Workbook).
 */
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

function directoryEntry(name: string, type: number, child: number, right: number): Buffer {
  const e = Buffer.alloc(128);
  for (let i = 0; i < name.length; i++) e.writeUInt16LE(name.charCodeAt(i), i * 2);
  e.writeUInt16LE((name.length + 1) * 2, 64);
  e[66] = type; // 1 storage, 2 stream, 5 root
  e[67] = 1; // black
  e.writeUInt32LE(NOSTREAM, 68); // left sibling
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(ENDOFCHAIN, 116); // start sector (empty stream)
  return e;
}

export function craftCfb(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60);
  header.writeUInt32LE(ENDOFCHAIN, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  const entries = [directoryEntry("Root Entry", 5, streams.length > 0 ? 1 : NOSTREAM, NOSTREAM)];
  streams.forEach((name, i) =>
    entries.push(directoryEntry(name, 2, NOSTREAM, i + 1 < streams.length ? i + 2 : NOSTREAM)),
  );
  while (entries.length % 4 !== 0) entries.push(Buffer.alloc(128));
  return Buffer.concat([header, fat, ...entries]);
}

export const encryptedXlsx = (): Buffer => craftCfb(["EncryptionInfo", "EncryptedPackage"]);
export const legacyXls = (): Buffer => craftCfb(["Workbook"]);
