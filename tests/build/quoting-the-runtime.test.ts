// An article may quote what Next.js's runtime looks like ($RC=, self.__next_f.push, a streaming
// <template>) and link to a file named index.txt: the runtime removal reads elements, not text,
// so such an article is published as written (it used to stop the build "after a Next.js upgrade").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../host/build-site";

const fixture = path.resolve("tests/fixtures/quoting-the-runtime");
// The article links to /files/index.txt; no such file need exist for the build to keep the link.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-quoting-"));
const out = path.join(work, "out");
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("an article that quotes the Next.js runtime", () => {
  it("builds, keeps its words and its link to index.txt, and loses only Next's own scripts", () => {
    const { status, output } = runBuild({
      CONTENT_DIR: path.join(fixture, "content"),
      OUT_DIR: out,
      BUILD_CACHE_DIR: path.join(work, "cache"),
    });
    expect(output).toContain("Site written to");
    expect(status).toBe(0);
    const page = fs.readFileSync(path.join(out, "articles/quoting-the-runtime/index.html"), "utf8");
    expect(page).toContain("<code>$RC=function(){}</code>");
    expect(page).toContain("self.__next_f.push( looks the same");
    expect(page).toContain("&#x3C;template id=\"B:0\">");
    expect(page).toContain('<a href="/files/index.txt">index.txt</a>');
    expect(page).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(page).not.toContain("<script>(self.__next_f");
    // The page's own payload (index.txt beside index.html) is still removed.
    expect(fs.existsSync(path.join(out, "articles/quoting-the-runtime/index.txt"))).toBe(false);
  });
});
