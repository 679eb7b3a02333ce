/** Light or dark, following the Office theme (body background), else the browser's preference. */
export function themeFromColor(background: string | undefined): "light" | "dark" | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(background ?? "");
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? "dark" : "light";
}

export function preferredTheme(officeBackground?: string): "light" | "dark" {
  const fromOffice = themeFromColor(officeBackground);
  if (fromOffice) return fromOffice;
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
