// The default build's post-processing: what it takes out of a page, what it leaves byte for
// byte, and the output it refuses to touch. Shaped like a Next.js 16 export page; the end-to-end
// tests check the same on the real build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { stripFrameworkRuntime } from "../../scripts/build/strip-framework-runtime";
import { stripPage } from "../../scripts/build/strip-page";

const head = (runtime: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>${runtime}<title>A story</title></head>`;
const NEXT_HEAD =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/><script src="/_next/static/chunks/main.js" async=""></script><script src="/_next/static/chunks/polyfills.js" noModule=""></script>';
const OURS =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script><p>Body <a href="/tags/iran/">Iran</a></p><script src="/copy-link.js" defer=""></script>';
const NEXT_TAIL =
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>';

const page = (runtime: { head: string; tail: string }) => `${head(runtime.head)}<body><div hidden=""><!--$--><!--/$--></div>${OURS}${runtime.tail}</body></html>`;

describe("stripPage", () => {
  it("removes Next.js's scripts, preloads and inlined payload, and leaves the rest byte for byte", () => {
    expect(stripPage(page({ head: NEXT_HEAD, tail: NEXT_TAIL }))).toBe(page({ head: "", tail: "" }));
  });

  it("keeps JSON-LD, the stylesheet and scripts that are not Next.js's own", () => {
    const stripped = stripPage(page({ head: NEXT_HEAD, tail: NEXT_TAIL }));
    expect(stripped).toContain('<script type="application/ld+json">');
    expect(stripped).toContain('<script src="/copy-link.js" defer=""></script>');
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
  });

  it("fails, naming the page, when Next.js's output is not the shape it knows", () => {
    expect(() => stripPage(page({ head: "", tail: "" }), "articles/a/index.html")).toThrow(
      /articles\/a\/index\.html: expected Next\.js's runtime scripts and inlined RSC payload, found 0 and 0: the export has changed shape/,
    );
    expect(() => stripPage(page({ head: NEXT_HEAD, tail: "<script>self.__next_x.push(1)</script>" }))).toThrow(/found 2 and 0/);
  });

  it("fails rather than leave a runtime script it does not recognise", () => {
    const unknown = `${NEXT_TAIL}<script>window.__next_f_loaded = true</script>`;
    expect(() => stripPage(page({ head: NEXT_HEAD, tail: unknown }))).toThrow(/a Next\.js script is still referenced/);
  });

  it("keeps an article's text that quotes the runtime: only elements decide, never the page's text", () => {
    const quoting =
      "<p>React sets <code>$RC=function(){}</code> and holds content in <code>&lt;template id=\"B:0\"&gt;</code>; " +
      "Next.js calls self.__next_f.push( and loads /_next/static/chunks/main.js.</p>" +
      '<script type="application/ld+json">{"headline":"self.__next_f.push([1]) and $RC="}</script>';
    const withQuotes = (runtime: { head: string; tail: string }) => page(runtime).replace("<p>Body", `${quoting}<p>Body`);
    expect(stripPage(withQuotes({ head: NEXT_HEAD, tail: NEXT_TAIL }))).toBe(withQuotes({ head: "", tail: "" }));
  });

  it("refuses a page that streams content in with scripts, which would stay hidden without them", () => {
    const streamed = `${NEXT_TAIL}<template id="B:0"></template><script>$RC=function(){}</script>`;
    expect(() => stripPage(page({ head: NEXT_HEAD, tail: streamed }))).toThrow(/streams content in with scripts/);
  });
});

describe("stripFrameworkRuntime", () => {
  function site(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-strip-"));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const remaining = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();

  it("strips every page and deletes the payload files and script chunks, and nothing else", async () => {
    const runtimePage = page({ head: NEXT_HEAD, tail: NEXT_TAIL });
    const dir = site({
      "index.html": runtimePage,
      "index.txt": "0:payload",
      "__next._tree.txt": "0:tree",
      "articles/a/index.html": runtimePage,
      "articles/a/index.txt": "0:payload",
      "articles/a/__next.articles.$d$slug.__PAGE__.txt": "0:payload",
      "_next/static/chunks/main.js": "js",
      "_next/static/build-id/_buildManifest.js": "js",
      "_next/static/chunks/site.css": "body{}",
      "copy-link.js": "js",
      "robots.txt": "User-agent: *",
      "feed.xml": "<rss/>",
    });
    expect(await stripFrameworkRuntime(dir)).toEqual({
      pages: 2,
      removedFiles: 6,
      removedBytes: 37,
      inlineScriptsByPage: new Map([path.join(dir, "index.html"), path.join(dir, "articles/a/index.html")].map((file) => [file, []])),
    });
    expect(remaining(dir)).toEqual(["_next/static/chunks/site.css", "articles/a/index.html", "copy-link.js", "feed.xml", "index.html", "robots.txt"]);
    expect(fs.readFileSync(path.join(dir, "articles/a/index.html"), "utf8")).toBe(page({ head: "", tail: "" }));
  });

  it("reports the inline scripts a page keeps, as the header step's CSP sources, and not Next's", async () => {
    const dir = site({ "index.html": page({ head: NEXT_HEAD, tail: `<script>window.__ran = 1</script>${NEXT_TAIL}` }) });
    const { inlineScriptsByPage } = await stripFrameworkRuntime(dir);
    expect(inlineScriptsByPage.get(path.join(dir, "index.html"))).toEqual(["'sha256-3/L0fSjNLXEyFKmFMVnVS1RODeCjek7eREDWl6QspwI='"]);
  });

  it("leaves files copied from public/ as they are, whatever they look like", async () => {
    const lookalike = page({ head: NEXT_HEAD, tail: NEXT_TAIL });
    const dir = site({ "index.html": page({ head: NEXT_HEAD, tail: NEXT_TAIL }), "press/index.html": "<p>no head", "evil.html": lookalike, "_next/static/chunks/main.js": "js" });
    const { pages } = await stripFrameworkRuntime(dir, ["/press/index.html", "/evil.html"]);
    expect(pages).toBe(1);
    expect(fs.readFileSync(path.join(dir, "evil.html"), "utf8")).toBe(lookalike);
    expect(fs.readFileSync(path.join(dir, "press/index.html"), "utf8")).toBe("<p>no head");
  });

  it("keeps a file named index.txt that pages link to, and refuses to delete a payload file a page links to", async () => {
    const linking = (href: string) => page({ head: NEXT_HEAD, tail: NEXT_TAIL }).replace('href="/tags/iran/"', `href="${href}"`);
    const kept = site({ "index.html": linking("/files/index.txt"), "files/index.txt": "Changes", "index.txt": "0:payload" });
    expect((await stripFrameworkRuntime(kept)).removedFiles).toBe(1);
    expect(remaining(kept)).toEqual(["files/index.txt", "index.html"]);

    const payload = site({ "index.html": page({ head: NEXT_HEAD, tail: NEXT_TAIL }), "a/index.html": linking("../index.txt"), "index.txt": "0:payload" });
    await expect(stripFrameworkRuntime(payload)).rejects.toThrow("a/index.html still links to /index.txt, a file only the runtime uses");
  });

  it("changes nothing when one page cannot be stripped", async () => {
    const dir = site({ "index.html": page({ head: NEXT_HEAD, tail: NEXT_TAIL }), "broken/index.html": page({ head: "", tail: "" }), "index.txt": "0:payload" });
    await expect(stripFrameworkRuntime(dir)).rejects.toThrow(/broken\/index\.html: expected Next\.js's runtime/);
    expect(remaining(dir)).toEqual(["broken/index.html", "index.html", "index.txt"]);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toBe(page({ head: NEXT_HEAD, tail: NEXT_TAIL }));
  });
});
