// The HTTP headers every response of the built site should carry, written into the built folder
// as host configuration (`_headers`, read by Netlify, Cloudflare Pages and others; the build writes
// the same rules for nginx beside it, scripts/build/nginx-config.ts). The Content-Security-Policy allows
// scripts only from the site itself and, in the build that keeps Next.js's runtime, only the exact
// inline scripts the build wrote, by their SHA-256 hash: so even if markup got into a page, no
// script it carried would run. Only the pages the build made from app/ count: a file copied from
// public/ never changes the policy, whatever it contains; it is served as a file (scripts/build/host-rules.ts).
import fs from "node:fs";
import path from "node:path";
import { BuildFailure } from "./failure";
import { attribute, htmlElements, inlineScriptSource, type Element } from "./html-elements";
import { addressOf, PAGE_POLICY, SEARCH_PAGE, SEARCH_SCRIPT_SOURCES, searchPagesAmong, siteRules, type HeaderRule } from "./host-rules";

const SCRIPTS_FROM_THE_SITE = "script-src 'self'";

/** The host's configuration, in the built folder, where Netlify and Cloudflare Pages read it (and never serve it). */
export const HEADERS_FILE = "_headers";

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
  /** The policy sent with every page but the search page. */
  policy: string;
  /** Every rule, for the other hosts' configuration. */
  rules: HeaderRule[];
  /** Pages that carry their own script-src, because some page has inline scripts (the runtime kept). */
  pagesWithOwnPolicy: number;
  /** Distinct inline scripts across the site. */
  inlineScripts: number;
}

export interface HostHeadersOptions {
  /** Inline scripts per page file that the runtime removal already found, so not parsed again. */
  scriptsFound?: ReadonlyMap<string, string[]>;
  /** The addresses of files copied from public/ (publicAddresses): served as files, never as pages. */
  fromPublic?: readonly string[];
  /**
   * Whether pages may have inline scripts: only when Next.js's runtime is kept (FRAMEWORK_RUNTIME=keep).
   * Without it no page has one, so one that does was put there by mistake, and the build stops.
   */
  inlineScriptsAllowed?: boolean;
}

/** The build's refusal of pages with inline scripts, each named by its file in the built site. */
function inlineScriptFailure(pages: readonly string[]): BuildFailure {
  const named = pages.length > 5 ? `${pages.slice(0, 5).join(", ")} and ${pages.length - 5} more` : pages.join(", ");
  return new BuildFailure(
    `an inline script is in ${named}: a page built without the Next.js runtime has none, and the site's policy would block it; take out the <script> a component (or the content) writes there.`,
  );
}

/**
 * Writes `<dir>/_headers` for the built site in `dir`. Its policy always has a script-src, for
 * every path: scripts from the site only, and the inline scripts the pages carry when the
 * runtime is kept. Then each page also carries its own script-src in a <meta> policy, with only
 * its own scripts' hashes: a browser enforces both policies, so a page runs only the scripts of
 * its own that both allow, and a script that is not the site's is refused by the header alone,
 * on any path (feeds, JSON, the 404 page). The header's list grows with the pages' scripts, which
 * the runtime writes for each page: a price of the build that keeps it, made to compare and debug.
 * Each directive is written out, with no default-src: nothing falls back to "anything", nor to a
 * default set for something else.
 */
export function writeHostHeaders(dir: string, { scriptsFound = new Map(), fromPublic = [], inlineScriptsAllowed = false }: HostHeadersOptions = {}): HostHeaders {
  const copied = new Set(fromPublic);
  const pages = filesIn(dir)
    .map((name) => ({ name, address: addressOf(name) }))
    .filter(({ name, address }) => name.endsWith(".html") && !copied.has(address))
    .map(({ name, address }) => ({ file: path.join(dir, name), address, html: fs.readFileSync(path.join(dir, name), "utf8") }));
  // Pages whose inline scripts the caller already found (the runtime removal parses every page)
  // are not parsed again, unless a policy must then be placed in them.
  const scripts = pages.map(({ file, html }) => (scriptsFound.has(file) ? { hashes: scriptsFound.get(file)! } : pageScripts(html)));
  const withScripts = pages.filter((_, index) => scripts[index].hashes.length > 0).map(({ file }) => path.relative(dir, file));
  if (withScripts.length > 0 && !inlineScriptsAllowed) throw inlineScriptFailure(withScripts.sort());
  const hashes = [...new Set(scripts.flatMap(({ hashes }) => hashes))].sort();
  // English's always, as the masthead's form leads there; and each edition's that the site has.
  const searchPages = [...new Set([SEARCH_PAGE, ...searchPagesAmong(pages.map(({ address }) => address))])];
  if (hashes.length > 0) {
    // A search page's own policy allows Pagefind's WebAssembly; a browser enforces both policies.
    const extraSources = (address: string) => (searchPages.includes(address.slice(0, -"index.html".length)) ? SEARCH_SCRIPT_SOURCES : []);
    pages.forEach(({ file, address, html }, index) => {
      // A new file renamed over the page, never a write into it: a page kept from the last build is
      // a hard link to the live site's (scripts/build/page-cache.ts).
      fs.writeFileSync(`${file}.policy`, withPagePolicy(html, scriptsFound.has(file) ? pageScripts(html) : scripts[index], extraSources(address)));
      fs.renameSync(`${file}.policy`, file);
    });
  }

  const policy = [[SCRIPTS_FROM_THE_SITE, ...hashes].join(" "), ...PAGE_POLICY].join("; ");
  const rules = siteRules(policy, fromPublic, searchPages);
  fs.writeFileSync(path.join(dir, HEADERS_FILE), renderHeadersFile(rules));
  return { policy, rules, pagesWithOwnPolicy: hashes.length > 0 ? pages.length : 0, inlineScripts: hashes.length };
}
