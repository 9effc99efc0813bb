// The headers the build ships for the host, on built folders made here: a script-src in the header
// for every path; no inline script in a page built without the runtime; and with the runtime kept,
// the header allowing the pages' scripts and each page narrowing it to its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inlineScriptHashes, publicAddresses, renderHeadersFile, writeHostHeaders } from "@/scripts/build/host-headers";
import { BuildFailure } from "@/scripts/build/failure";
import { FILE_POLICY, headersFor } from "@/scripts/build/host-rules";

const HASH_RAN = "'sha256-3/L0fSjNLXEyFKmFMVnVS1RODeCjek7eREDWl6QspwI='"; // of "window.__ran = 1"
const HASH_X = "'sha256-Lucm8PUUjG09QwIwt0stS08jQ2KRsBYtU5CWh/X2XFY='"; // of "self.x=2"

const page = (head: string, body = "") => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';

let dir: string;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function builtSite(pages: Record<string, string>): { read(name: string): string } {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-headers-"));
  for (const [name, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), html);
  }
  return { read: (name) => fs.readFileSync(path.join(dir, name), "utf8") };
}

const headerLine = (headers: string, name: string) => headers.split("\n").find((line) => line.startsWith(`  ${name}: `))?.slice(name.length + 4);

describe("inlineScriptHashes", () => {
  it("hashes the scripts a browser runs, and not JSON-LD, JSON or scripts from a file", () => {
    const html = page(
      `<script src="/app.js"></script>${JSON_LD}<script type="application/json">{}</script>`,
      '<script>window.__ran = 1</script><script type="module">self.x=2</script><script type="text/JavaScript ">self.x=2</script>',
    );

    expect(inlineScriptHashes(html)).toEqual([HASH_RAN, HASH_X, HASH_X]);
  });
});

describe("writeHostHeaders", () => {
  it("for a site without inline scripts, writes one policy allowing scripts from the site only, and leaves pages as they are", () => {
    const html = page(`<script src="/copy-link.js" defer></script>${JSON_LD}`, "<h1>A story</h1>");
    const site = builtSite({ "index.html": html, "articles/a/index.html": html });

    expect(writeHostHeaders(dir)).toMatchObject({ inlineScripts: 0, pagesWithOwnPolicy: 0 });
    const headers = site.read("_headers");
    expect(headers.startsWith("/*\n")).toBe(true);
    const policy = headerLine(headers, "Content-Security-Policy");
    expect(policy?.split("; ")).toEqual(expect.arrayContaining(["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]));
    expect(policy).not.toContain("unsafe");
    expect(headerLine(headers, "Strict-Transport-Security")).toMatch(/^max-age=\d{8,}/);
    expect(headerLine(headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(headerLine(headers, "Referrer-Policy")).toBe("no-referrer");
    expect(headerLine(headers, "Permissions-Policy")).toContain("camera=()");
    expect(site.read("articles/a/index.html")).toBe(html);
  });

  it("without the runtime, refuses a page with an inline script, naming it, and writes nothing", () => {
    const html = page("", "<script>window.__ran = 1</script>");
    const site = builtSite({ "index.html": page(JSON_LD), "articles/a/index.html": html });

    expect(() => writeHostHeaders(dir)).toThrow(BuildFailure);
    expect(() => writeHostHeaders(dir)).toThrow(
      "an inline script is in articles/a/index.html: a page built without the Next.js runtime has none, and the site's policy would block it; take out the <script> a component (or the content) writes there.",
    );
    expect(fs.existsSync(path.join(dir, "_headers"))).toBe(false);
    expect(site.read("articles/a/index.html")).toBe(html);
  });

  it("names the first five pages with inline scripts, and how many more", () => {
    builtSite(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`articles/a${i}/index.html`, page("", `<script>self.page=${i}</script>`)])));
    const named = [0, 1, 2, 3, 4].map((i) => path.join("articles", `a${i}`, "index.html")).join(", ");
    expect(() => writeHostHeaders(dir)).toThrow(`an inline script is in ${named} and 2 more: `);
  });

  it("with the runtime kept, gives each page its own script-src, right after the charset, and the header every page's scripts, for every path", () => {
    const site = builtSite({
      "index.html": page('<script src="/a.js"></script>', "<script>window.__ran = 1</script>"),
      "articles/a/index.html": page("", "<script>self.x=2</script><script>window.__ran = 1</script>"),
      "404.html": page(JSON_LD),
      "search/index.html": page(""),
      "feed.xml": "<rss/>",
    });

    const { rules, ...counts } = writeHostHeaders(dir, { inlineScriptsAllowed: true });
    expect(counts).toMatchObject({ inlineScripts: 2, pagesWithOwnPolicy: 4 });
    const meta = (policy: string) => `<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
    expect(site.read("index.html")).toContain(meta(`script-src 'self' ${HASH_RAN}`));
    expect(site.read("articles/a/index.html")).toContain(meta(`script-src 'self' ${HASH_X} ${HASH_RAN}`));
    expect(site.read("404.html")).toContain(meta("script-src 'self'"));
    // A browser enforces both policies: the header must allow what each page's own allows.
    const policy = headerLine(site.read("_headers"), "Content-Security-Policy");
    expect(policy?.split("; ")[0]).toBe(`script-src 'self' ${HASH_RAN} ${HASH_X}`);
    expect(policy).not.toMatch(/default-src|unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    for (const address of ["/", "/articles/a/", "/404.html", "/feed.xml", "/feed.json", "/sitemap.xml", "/fa/"]) {
      expect(headersFor(rules, address)["Content-Security-Policy"].split("; ")[0], address).toBe(`script-src 'self' ${HASH_RAN} ${HASH_X}`);
    }
    expect(headersFor(rules, "/search/")["Content-Security-Policy"].split("; ")[0]).toBe(`script-src 'self' ${HASH_RAN} ${HASH_X} 'wasm-unsafe-eval'`);
  });

  it("takes the inline scripts the runtime removal found rather than parsing those pages again", () => {
    const html = page(JSON_LD, "<h1>A story</h1>");
    const site = builtSite({ "index.html": html, "articles/a/index.html": html });
    const found = new Map(["index.html", "articles/a/index.html"].map((name) => [path.join(dir, name), []]));

    expect(writeHostHeaders(dir, { scriptsFound: found })).toMatchObject({ inlineScripts: 0, pagesWithOwnPolicy: 0 });
    expect(headerLine(site.read("_headers"), "Content-Security-Policy")).toContain("script-src 'self'");
    expect(site.read("index.html")).toBe(html);
  });

  it("places a policy in pages it was told about too, by parsing them, once some page has inline scripts", () => {
    const site = builtSite({ "index.html": page("", "<script>window.__ran = 1</script>"), "404.html": page(JSON_LD) });
    const found = new Map([[path.join(dir, "404.html"), []]]);

    expect(writeHostHeaders(dir, { scriptsFound: found, inlineScriptsAllowed: true })).toMatchObject({ inlineScripts: 1, pagesWithOwnPolicy: 2 });
    expect(site.read("index.html")).toContain(`<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${HASH_RAN}"/>`);
    expect(site.read("404.html")).toContain(`<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self'"/>`);
  });
});

describe("files copied from public/", () => {
  it("never change the pages' policy or count as pages, whatever they contain, and are sandboxed", () => {
    const ours = page('<script src="/copy-link.js" defer></script>', "<h1>A story</h1>");
    const hostile = page('<script src="/_next/static/chunks/main.js"></script>', "<script>window.__ran = 1</script>");
    const site = builtSite({ "index.html": ours, "articles/a/index.html": ours, "evil.html": hostile, "press/index.html": hostile });

    const headers = writeHostHeaders(dir, { fromPublic: ["/evil.html", "/press/index.html"] });

    expect(headers).toMatchObject({ inlineScripts: 0, pagesWithOwnPolicy: 0 });
    expect(headers.policy).toContain("script-src 'self'");
    expect(site.read("evil.html")).toBe(hostile);
    expect(site.read("_headers")).toContain(`/evil.html\n  Content-Security-Policy: ${FILE_POLICY}\n  Content-Disposition: attachment\n`);
    expect(site.read("_headers")).toContain(`/press/index.html\n  Content-Security-Policy: ${FILE_POLICY}`);
  });

  it("are known by their names in the public folders, for those the build copied", () => {
    builtSite({ "index.html": page(""), "copy-link.js": "", "images/a.jpg": "", "evil.svg": "" });
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-public-"));
    try {
      for (const name of ["copy-link.js", "images/a.jpg", "evil.svg", "images/not-copied.png"]) {
        fs.mkdirSync(path.dirname(path.join(publicDir, name)), { recursive: true });
        fs.writeFileSync(path.join(publicDir, name), "");
      }
      expect(publicAddresses(dir, [publicDir, path.join(publicDir, "missing")])).toEqual(["/copy-link.js", "/evil.svg", "/images/a.jpg"]);
    } finally {
      fs.rmSync(publicDir, { recursive: true, force: true });
    }
  });

  it("are written to _headers by their address as a browser sends it, a * in a name not being a wildcard", () => {
    const text = renderHeadersFile([{ path: "/images/a b*é.svg", headers: { "Content-Security-Policy": FILE_POLICY } }]);
    expect(text).toBe(`/images/a%20b%2A%C3%A9.svg\n  Content-Security-Policy: ${FILE_POLICY}\n`);
  });
});
