// Which response gets which headers: one list of rules, rendered as `_headers` (Netlify, Cloudflare
// Pages) by scripts/build/host-headers.ts and as an nginx include by scripts/build/nginx-config.ts. A rule's
// path is an exact address or a folder ending in `/*`; rules go from general to specific, and
// for one address the most specific rule's value of a header wins, as on Netlify and in nginx.
// What a rule says about a file is decided from its name and where the build put it, never from
// what a file in public/ contains.
import path from "node:path";
import { OWN_SCRIPTS } from "../../lib/content/public-folder";

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** Every directive except script-src, which depends on the pages. No default-src: see host-headers.ts. */
export const PAGE_POLICY = [
  "style-src 'self'",
  "img-src 'self' https:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' https:",
  "manifest-src 'self'",
  "worker-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  // The masthead's search form is a GET to /search/ on this site, and nowhere else.
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** English's search page, and where the index and Pagefind's own scripts are. */
export const SEARCH_PAGE = "/search/";
export const SEARCH_FILES = "/pagefind/*";
// Each edition has its own search page in its folder (/fa/search/): the only pages that run a search.
const EDITION_SEARCH_PAGE = /^\/(?:[a-z]{2,3}\/)?search\/index\.html$/;

/** The search pages among a built site's files (as addresses: /fa/search/index.html), by their folders' addresses. */
export const searchPagesAmong = (files: readonly string[]) => files.filter((file) => EDITION_SEARCH_PAGE.test(file)).map((file) => file.slice(0, -"index.html".length));
/** What Pagefind needs beyond script-src 'self': to compile its WebAssembly. */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"];

/**
 * The search page's policy: the pages' own, plus what Pagefind needs there alone: WebAssembly in
 * its scripts and its web worker (/pagefind/pagefind-worker.js, on this site). Every other page
 * keeps worker-src 'none' and no WebAssembly.
 */
export function searchPolicy(pagePolicy: string): string {
  return pagePolicy
    .split("; ")
    .map((directive) => {
      if (directive.startsWith("script-src ")) return [directive, ...SEARCH_SCRIPT_SOURCES].join(" ");
      if (directive.startsWith("worker-src ")) return "worker-src 'self'";
      return directive;
    })
    .join("; ");
}

/** For whatever is not one of our pages: opened on its own, it can run nothing and reach nothing. */
export const FILE_POLICY = "default-src 'none'; sandbox";

const SECURITY: Record<string, string> = {
  // Two years, the length browsers' preload lists ask for; preloading itself is the owner's choice.
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  // Readers of a site like this may be watched: other sites learn nothing of what they read.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const CACHE = {
  // Pages, feeds and sitemaps change with every story: asked again each time, answered 304 by ETag when unchanged.
  revalidate: "no-cache",
  // Next.js names these by their content: a changed file is a new address.
  hashed: "public, max-age=31536000, immutable",
  // Fonts change only with the font packages, and their names then change with the version.
  fonts: "public, max-age=31536000",
  // An editor may replace a photo under the same name (a correction, a takedown): minutes, not a year.
  replaceable: "public, max-age=300",
} as const;

/** Images and fonts a browser shows but never runs: their own type, no extra rule needed. */
const INERT = /\.(png|jpe?g|webp|avif|gif|ico|woff2?)$/i;

/** The headers a file from public/ needs beyond the site-wide ones, or none if it is inert or ours. */
function publicFileHeaders(address: string): Record<string, string> | undefined {
  if (INERT.test(address) || OWN_SCRIPTS.includes(address.slice(1))) return undefined;
  // An SVG still shows in an <img> (where it never runs script); opened on its own, it is sandboxed.
  if (/\.svg$/i.test(address)) return { "Content-Security-Policy": FILE_POLICY };
  const download = { "Content-Security-Policy": FILE_POLICY, "Content-Disposition": "attachment" };
  // A type no browser executes, with nosniff: a page that loads it as a script gets nothing.
  return /\.m?js$/i.test(address) ? { ...download, "Content-Type": "text/plain; charset=utf-8" } : download;
}

/** A file's address from its path relative to the site's folder. */
export function addressOf(relative: string): string {
  return `/${relative.split(path.sep).join("/")}`;
}

/**
 * The rules for a built site. `pagePolicy` is the Content-Security-Policy of our pages, from the
 * pages the build made; `publicAddresses` are the addresses of the files copied from public/;
 * `searchPages` the folders of its search pages (searchPagesAmong).
 */
export function siteRules(pagePolicy: string, publicAddresses: readonly string[], searchPages: readonly string[] = [SEARCH_PAGE]): HeaderRule[] {
  const inert = { "Content-Security-Policy": FILE_POLICY };
  const publicRules = publicAddresses.flatMap((address) => {
    // A host's configuration is lines of text: such a name would end a rule early.
    if (/[\u0000-\u001f\u007f]/.test(address)) throw new Error(`public${address}: a control character in a file's name cannot be served safely; rename the file`);
    const headers = publicFileHeaders(address);
    if (!headers) return [];
    // A folder's index.html is asked for by the folder's address, which hosts match the rule against.
    const folder = address.endsWith("/index.html") ? [{ path: address.slice(0, -"index.html".length), headers }] : [];
    return [{ path: address, headers }, ...folder];
  });
  return [
    { path: "/*", headers: { "Content-Security-Policy": pagePolicy, ...SECURITY, "Cache-Control": CACHE.revalidate } },
    { path: "/_next/static/*", headers: { ...inert, "Cache-Control": CACHE.hashed } },
    { path: "/fonts/*", headers: { ...inert, "Cache-Control": CACHE.fonts } },
    { path: "/images/*", headers: { ...inert, "Cache-Control": CACHE.replaceable } },
    // Pagefind's worker runs under the policy its own file is sent with: the search page's.
    { path: SEARCH_FILES, headers: { "Content-Security-Policy": searchPolicy(pagePolicy) } },
    // Each search page by its folder's address and as index.html.
    ...searchPages.map((page) => ({ path: `${page}*`, headers: { "Content-Security-Policy": searchPolicy(pagePolicy) } })),
    ...publicRules,
  ];
}

export const matches = (rule: HeaderRule, address: string) =>
  rule.path.endsWith("/*") ? address.startsWith(rule.path.slice(0, -1)) : address === rule.path;

/** The headers `address` is sent with: every matching rule's, later ones winning. */
export function headersFor(rules: readonly HeaderRule[], address: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matches(rule, address)).map((rule) => rule.headers));
}
