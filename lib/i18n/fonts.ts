// The site's fonts, served from the npm packages they come in (at /fonts/<file>, written by
// app/fonts/[file]/route.ts): no font is fetched from another host, at build time or by readers.
// Each file is one subset of one weight, so a page downloads only what its text uses: English
// pages the Latin Source Serif (20 KB), Dari and Pashto pages Vazirmatn's Arabic-script files.

export interface FontFile {
  file: string;
  /** The npm package whose files/ folder holds it. */
  packageName: string;
}

export const FONT_FILES = {
  serif: { file: "source-serif-4-latin-400-normal.woff2", packageName: "@fontsource/source-serif-4" },
  rtl: { file: "vazirmatn-arabic-400-normal.woff2", packageName: "@fontsource/vazirmatn" },
  rtlBold: { file: "vazirmatn-arabic-700-normal.woff2", packageName: "@fontsource/vazirmatn" },
} as const satisfies Record<string, FontFile>;

export function fontPath(font: FontFile): string {
  return `/fonts/${font.file}`;
}

/** The one file each direction's pages need first, for <link rel="preload">. */
export function preloadedFont(dir: "ltr" | "rtl"): FontFile {
  return dir === "rtl" ? FONT_FILES.rtl : FONT_FILES.serif;
}
