/**
 * Draws the add-in icons (assets/icon-<size>.png): a teal rounded square with a white
 * calendar-and-bars mark. PNG encoding with node's zlib, so no image tool is needed.
 * Run: node assets/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0, 107, 117];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size, x, y) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null; // outside the rounded square
  // Three white bars of growing height on a white base line.
  const bars = [
    [0.2, 0.34, 0.55],
    [0.42, 0.56, 0.4],
    [0.64, 0.78, 0.25],
  ];
  for (const [x0, x1, top] of bars) if (u >= x0 && u <= x1 && v >= top && v <= 0.78) return WHITE;
  if (u >= 0.16 && u <= 0.84 && v >= 0.8 && v <= 0.85) return WHITE;
  return TEAL;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const c = pixel(size, x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      if (c) [raw[o], raw[o + 1], raw[o + 2], raw[o + 3]] = [...c, 255];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.resolve(__dirname, `icon-${size}.png`), png(size));
}
console.log(`icone scritte: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
