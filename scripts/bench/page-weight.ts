// What a browser downloads to show one page of an exported site, read from the files themselves
// (so the figures are the same on every machine): the HTML, the stylesheets and scripts it links,
// and the web fonts its stylesheets use for Latin text. Sizes are raw and gzip (level 6, what
// servers use by default); fonts are already compressed, so their two figures barely differ.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { attribute, htmlElements } from "../build/html-elements";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  /** HTTP requests to show the page: the HTML and each file above. */
  requests: number;
  files: string[];
}

function sizeOf(files: string[]): Bytes {
  return files.reduce(
    (total, file) => {
      const bytes = fs.readFileSync(file);
      return { raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes, { level: 6 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

// Only faces for Latin text: a browser fetches the subsets a page's characters need, and these
// pages are in English. A face with no unicode-range is fetched for any text.
function latinFontFiles(css: string, cssFile: string): string[] {
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  return faces.flatMap((face) => {
    const range = /unicode-range:([^;}]*)/.exec(face)?.[1];
    // Latin is U+0000-00FF, which minifiers write U+??.
    if (range && !/U\+(0000-00FF|\?\?)(?![0-9A-F?])/i.test(range)) return [];
    const url = /url\(\s*["']?([^"')]+\.woff2?)["']?\s*\)/.exec(face)?.[1];
    return url ? [url.startsWith("/") ? url : path.join(path.dirname(cssFile), url)] : [];
  });
}

/** The weight of the page at `pagePath` (like /articles/x/) in the exported site at `outDir`. */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const htmlFile = path.join(outDir, pagePath, pagePath.endsWith("/") ? "index.html" : "");
  const local = (href: string) => (href.startsWith("/") ? path.join(outDir, href.split(/[?#]/)[0]) : path.join(path.dirname(htmlFile), href));
  const css = new Set<string>();
  const js = new Set<string>();
  for (const element of htmlElements(fs.readFileSync(htmlFile, "utf8"))) {
    const rel = attribute(element, "rel");
    const href = attribute(element, "href");
    const src = attribute(element, "src");
    if (element.tagName === "link" && rel === "stylesheet" && href) css.add(local(href));
    if (element.tagName === "link" && href && (rel === "modulepreload" || (rel === "preload" && attribute(element, "as") === "script"))) js.add(local(href));
    // Browsers that run modules skip nomodule scripts (Next's polyfills for old ones).
    if (element.tagName === "script" && src && attribute(element, "nomodule") === undefined) js.add(local(src));
  }
  const fonts = new Set(
    [...css].flatMap((file) => latinFontFiles(fs.readFileSync(file, "utf8"), file).map((url) => (url.startsWith("/") ? local(url) : url))),
  );
  const files = [htmlFile, ...css, ...js, ...fonts];
  return { html: sizeOf([htmlFile]), css: sizeOf([...css]), js: sizeOf([...js]), fonts: sizeOf([...fonts]), requests: files.length, files };
}
