// The search page's Content-Security-Policy allows what Pagefind needs (WebAssembly, its worker)
// there alone; every other page keeps worker-src 'none' and no WebAssembly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeHostHeaders } from "@/scripts/build/host-headers";
import { headersFor, PAGE_POLICY, siteRules } from "@/scripts/build/host-rules";

const POLICY = ["script-src 'self'", ...PAGE_POLICY].join("; ");
const rules = siteRules(POLICY, ["/copy-link.js", "/search.js"], ["/search/", "/fa/search/", "/ps/search/"]);
const policyAt = (address: string) => headersFor(rules, address)["Content-Security-Policy"].split("; ");

describe("the search page's policy", () => {
  it("lets the search page and Pagefind's files compile WebAssembly and start Pagefind's worker from this site", () => {
    for (const address of ["/search/", "/search/index.html", "/fa/search/", "/ps/search/index.html", "/pagefind/pagefind.js", "/pagefind/pagefind-worker.js"]) {
      expect(policyAt(address), address).toEqual(expect.arrayContaining(["script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "object-src 'none'", "form-action 'self'"]));
      expect(policyAt(address), address).not.toContain("worker-src 'none'");
    }
  });

  it("leaves every other page without WebAssembly or workers, and with forms sent only to this site", () => {
    for (const address of ["/", "/articles/a-story/", "/authors/maryam-ahmadi/", "/archive/", "/about/", "/search.js", "/searching/", "/fa/", "/fa/sections/search/"]) {
      expect(policyAt(address), address).toEqual(expect.arrayContaining(["script-src 'self'", "worker-src 'none'", "form-action 'self'"]));
      expect(policyAt(address).join("; "), address).not.toContain("wasm-unsafe-eval");
    }
  });
});

describe("pages with inline scripts (the runtime kept)", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("give the search pages alone 'wasm-unsafe-eval' in their own script-src, and the headers a rule for each", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-search-headers-"));
    const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/></head><body><script>self.x=2</script></body></html>`;
    for (const name of ["index.html", "search/index.html", "fa/search/index.html", "fa/index.html"]) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), page);
    }
    writeHostHeaders(dir, { inlineScriptsAllowed: true });
    const metaPolicy = (name: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(fs.readFileSync(path.join(dir, name), "utf8"))?.[1];
    expect(metaPolicy("search/index.html")).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(metaPolicy("fa/search/index.html")).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(metaPolicy("index.html")).toMatch(/^script-src 'self' 'sha256-/);
    expect(metaPolicy("fa/index.html")).toMatch(/^script-src 'self' 'sha256-/);
    const headers = fs.readFileSync(path.join(dir, "_headers"), "utf8");
    expect(headers).toMatch(/^\/fa\/search\/\*\n  Content-Security-Policy: script-src 'self' 'sha256-[^\n]* 'wasm-unsafe-eval'/m);
  });
});
