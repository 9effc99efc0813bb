// The HTTP headers every response of the built site should carry, written into the built folder
// as host configuration (`_headers`, read by Netlify, Cloudflare Pages and others; the build writes
// the same rules for nginx beside it, scripts/build/nginx-config.ts). The Content-Security-Policy allows
// scripts only from the site itself and, where a page has inline scripts, only those exact scripts,
// by their SHA-256 hash: so even if markup got into a page, no script it carried would run. Only
// the pages the build made from app/ count: a file copied from public/ never changes the policy,
// whatever it contains; it is served as a file (scripts/build/host-rules.ts).
import fs from "node:fs";
import path from "node:path";
import { attribute, htmlElements, inlineScriptSource, type Element } from "./html-elements";
import { addressOf, PAGE_POLICY, SEARCH_PAGE, SEARCH_SCRIPT_SOURCES, siteRules, type HeaderRule } from "./host-rules";

const SCRIPTS_FROM_THE_SITE = "script-src 'self'";

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

function withPagePolicy(html: string, { hashes, policyAt }: PageScripts, extraSources: readonly string[]): string {
  if (policyAt === undefined) throw new Error("a page has no <head> to put its Content-Security-Policy in");
  const policy = [SCRIPTS_FROM_THE_SITE, ...extraSources, ...new Set(hashes)].join(" ");
  return `${html.slice(0, policyAt)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${html.slice(policyAt)}`;
}

const filesIn = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" });

/**
 * The addresses in the built site `dir` of the files copied there from `publicDirs`, known by
 * their names alone: nothing in them is read.
 */
export function publicAddresses(dir: string, publicDirs: readonly string[]): string[] {
  const names = publicDirs.filter((folder) => fs.existsSync(folder)).flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))),
  );
  return [...new Set(names)].filter((name) => fs.existsSync(path.join(dir, name))).map(addressOf).sort();
}

// Hosts match a path as the browser sends it, percent-encoded; a `*` in a file's name is not a wildcard.
const headersPath = (rule: HeaderRule) => (rule.path.endsWith("/*") ? rule.path : encodeURI(rule.path).replace(/\*/g, "%2A"));

/** The rules as a `_headers` file: each path, then its headers indented. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [headersPath(rule), ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n")).join("\n") + "\n";
}

export interface HostHeaders {
  /** The policy sent with every page. */
  policy: string;
  /** Every rule, for the other hosts' configuration. */
  rules: HeaderRule[];
  /** Pages that carry their own script-src, because some page has inline scripts. */
  pagesWithOwnPolicy: number;
  /** Distinct inline scripts across the site. */
  inlineScripts: number;
}

export interface HostHeadersOptions {
  /** Inline scripts per page file that the runtime removal already found, so not parsed again. */
  scriptsFound?: ReadonlyMap<string, string[]>;
  /** The addresses of files copied from public/ (publicAddresses): served as files, never as pages. */
  fromPublic?: readonly string[];
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
export function writeHostHeaders(dir: string, { scriptsFound = new Map(), fromPublic = [] }: HostHeadersOptions = {}): HostHeaders {
  const copied = new Set(fromPublic);
  const pages = filesIn(dir)
    .filter((name) => name.endsWith(".html") && !copied.has(addressOf(name)))
    .map((name) => path.join(dir, name))
    .map((file) => ({ file, html: fs.readFileSync(file, "utf8") }));
  // Pages whose inline scripts the caller already found (the runtime removal parses every page)
  // are not parsed again, unless a policy must then be placed in them.
  const scripts = pages.map(({ file, html }) => (scriptsFound.has(file) ? { hashes: scriptsFound.get(file)! } : pageScripts(html)));
  const inlineScripts = new Set(scripts.flatMap(({ hashes }) => hashes)).size;
  if (inlineScripts > 0) {
    // The search page's own policy allows Pagefind's WebAssembly; a browser enforces both policies.
    const extraSources = (file: string) => (addressOf(path.relative(dir, file)) === `${SEARCH_PAGE}index.html` ? SEARCH_SCRIPT_SOURCES : []);
    pages.forEach(({ file, html }, index) => {
      // A new file renamed over the page, never a write into it: a page kept from the last build is
      // a hard link to the live site's (scripts/build/page-cache.ts).
      fs.writeFileSync(`${file}.policy`, withPagePolicy(html, scriptsFound.has(file) ? pageScripts(html) : scripts[index], extraSources(file)));
      fs.renameSync(`${file}.policy`, file);
    });
  }

  const policy = (inlineScripts > 0 ? PAGE_POLICY : [SCRIPTS_FROM_THE_SITE, ...PAGE_POLICY]).join("; ");
  const rules = siteRules(policy, fromPublic);
  fs.writeFileSync(path.join(dir, "_headers"), renderHeadersFile(rules));
  return { policy, rules, pagesWithOwnPolicy: inlineScripts > 0 ? pages.length : 0, inlineScripts };
}
