// The HTTP headers every response of the built site should carry, written into the built folder
// as host configuration (`_headers`, read by Netlify, Cloudflare Pages and others; README.md has
// the same for nginx). The Content-Security-Policy allows scripts only from the site itself and,
// where a page has inline scripts, only those exact scripts, by their SHA-256 hash: so even if
// markup got into a page, no script it carried would run.
import fs from "node:fs";
import path from "node:path";
import { attribute, htmlElements, inlineScriptSource, type Element } from "./html-elements";

/** Every directive except script-src, which depends on the pages. No default-src: see below. */
const POLICY = [
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
  "form-action 'none'",
  "frame-ancestors 'none'",
];
const SCRIPTS_FROM_THE_SITE = "script-src 'self'";

const OTHER_HEADERS: Record<string, string> = {
  // Two years, the length browsers' preload lists ask for; preloading itself is the owner's choice.
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  // Readers of a site like this may be watched: other sites learn nothing of what they read.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};


interface PageScripts {
  /** The CSP source of each inline script the browser would run, in page order. */
  hashes: string[];
  /** Where a <meta> policy goes: before anything that can load a script, after the charset, which must stay first. */
  policyAt?: number;
}

function pageScripts(html: string): PageScripts {
  const all = [...htmlElements(html)];
  const hashes = all.flatMap((element) => inlineScriptSource(element) ?? []);
  const head = all.find((element) => element.tagName === "head");
  const charset = head?.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "meta" && attribute(node, "charset") !== undefined);
  // An implied <head> (no tag written) has no location.
  return { hashes, policyAt: charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset };
}

export function inlineScriptHashes(html: string): string[] {
  return pageScripts(html).hashes;
}

function withPagePolicy(html: string, { hashes, policyAt }: PageScripts): string {
  if (policyAt === undefined) throw new Error("a page has no <head> to put its Content-Security-Policy in");
  const policy = [SCRIPTS_FROM_THE_SITE, ...new Set(hashes)].join(" ");
  return `${html.slice(0, policyAt)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${html.slice(policyAt)}`;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => path.join(dir, name));
}

export interface HostHeaders {
  /** The policy sent with every response. */
  policy: string;
  /** Pages that carry their own script-src, because some page has inline scripts. */
  pagesWithOwnPolicy: number;
  /** Distinct inline scripts across the site. */
  inlineScripts: number;
}

/**
 * Writes `<dir>/_headers` for the built site in `dir`. When no page has an inline script, one
 * policy in the header covers everything: scripts from the site only. When pages do (Next.js's
 * runtime puts each page's own data in one), listing every page's hashes in one header would make
 * it grow with the site (thousands of pages, thousands of hashes), and a host's per-path rules
 * run out (Cloudflare Pages allows 100). So then each page carries its own script-src in a
 * <meta> policy, and the header leaves script-src out, since a browser enforces both policies and
 * a header script-src would block the scripts the page's policy allows. The header has no
 * default-src for the same reason: it would stand in for script-src. Its other directives are
 * each written out instead, so nothing else falls back to "anything".
 */
export function writeHostHeaders(dir: string, scriptsFound = new Map<string, string[]>()): HostHeaders {
  const pages = htmlFiles(dir).map((file) => ({ file, html: fs.readFileSync(file, "utf8") }));
  // Pages whose inline scripts the caller already found (the runtime removal parses every page)
  // are not parsed again, unless a policy must then be placed in them.
  const scripts = pages.map(({ file, html }) => (scriptsFound.has(file) ? { hashes: scriptsFound.get(file)! } : pageScripts(html)));
  const inlineScripts = new Set(scripts.flatMap(({ hashes }) => hashes)).size;
  if (inlineScripts > 0) {
    pages.forEach(({ file, html }, index) => fs.writeFileSync(file, withPagePolicy(html, scriptsFound.has(file) ? pageScripts(html) : scripts[index])));
  }

  const policy = (inlineScripts > 0 ? POLICY : [SCRIPTS_FROM_THE_SITE, ...POLICY]).join("; ");
  const headers = { "Content-Security-Policy": policy, ...OTHER_HEADERS };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  fs.writeFileSync(path.join(dir, "_headers"), `/*\n${lines.join("\n")}\n`);
  return { policy, pagesWithOwnPolicy: inlineScripts > 0 ? pages.length : 0, inlineScripts };
}
