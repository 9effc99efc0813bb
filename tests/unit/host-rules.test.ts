// Which address gets which Content-Security-Policy and Cache-Control, from the one set of rules
// both _headers and the nginx configuration are made of.
import { describe, expect, it } from "vitest";
import { CACHE, FILE_POLICY, headersFor, siteRules } from "@/scripts/build/host-rules";

const PAGE_POLICY = "script-src 'self'; object-src 'none'";
const FROM_PUBLIC = ["/copy-link.js", "/images/border-market.jpg", "/logo-dark.png", "/evil.svg", "/images/evil.svg", "/evil.html", "/page/index.html", "/evil.js", "/feed.xsl", "/robots2.txt"];
const rules = siteRules(PAGE_POLICY, FROM_PUBLIC);
const at = (address: string) => headersFor(rules, address);

describe("Cache-Control", () => {
  it.each([
    ["/", CACHE.revalidate],
    ["/articles/a-story/", CACHE.revalidate],
    ["/404.html", CACHE.revalidate],
    ["/feed.xml", CACHE.revalidate],
    ["/feed.json", CACHE.revalidate],
    ["/news-sitemap.xml", CACHE.revalidate],
    ["/copy-link.js", CACHE.revalidate],
    ["/articles/a-story/social-card.png", CACHE.revalidate],
    ["/_next/static/chunks/4f1b2c.js", "public, max-age=31536000, immutable"],
    ["/_next/static/css/9a8b7c.css", "public, max-age=31536000, immutable"],
    ["/fonts/source-serif-4-latin-400-normal.woff2", "public, max-age=31536000"],
    ["/images/border-market.jpg", "public, max-age=300"],
    ["/images/border-market-800w.jpg", "public, max-age=300"],
  ])("%s: %s", (address, expected) => {
    expect(at(address)["Cache-Control"]).toBe(expected);
  });

  it("revalidates pages, feeds and sitemaps on every request, and never keeps an image an editor may replace for long", () => {
    expect(CACHE.revalidate).toBe("no-cache");
    expect(at("/images/border-market.jpg")["Cache-Control"]).not.toContain("immutable");
  });
});

describe("Content-Security-Policy", () => {
  it("gives our pages, feeds and own script the pages' policy", () => {
    for (const address of ["/", "/articles/a-story/", "/tags/kabul/", "/404.html", "/feed.xml", "/copy-link.js"]) {
      expect(at(address)["Content-Security-Policy"], address).toBe(PAGE_POLICY);
    }
  });

  it("sandboxes every file from public/ that a browser could run script in, and has HTML and unknown files downloaded", () => {
    for (const address of ["/evil.svg", "/images/evil.svg"]) {
      expect(at(address), address).toMatchObject({ "Content-Security-Policy": FILE_POLICY });
      // Still shown by <img>, which never runs an SVG's scripts.
      expect(at(address)["Content-Disposition"], address).toBeUndefined();
    }
    for (const address of ["/evil.html", "/page/index.html", "/feed.xsl", "/robots2.txt"]) {
      expect(at(address), address).toMatchObject({ "Content-Security-Policy": FILE_POLICY, "Content-Disposition": "attachment" });
    }
  });

  it("serves a .js from public/ that is not one of our scripts as text, which no browser runs under nosniff", () => {
    expect(at("/evil.js")).toMatchObject({ "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": FILE_POLICY });
    expect(at("/copy-link.js")["Content-Type"]).toBeUndefined();
  });

  it("adds no rule for images and fonts from public/, and the same rules whatever else public/ holds", () => {
    expect(siteRules(PAGE_POLICY, ["/logo-dark.png", "/images/a.webp", "/fonts/x.woff2", "/copy-link.js"])).toEqual(siteRules(PAGE_POLICY, []));
    expect(at("/logo-dark.png")["Content-Security-Policy"]).toBe(PAGE_POLICY);
  });

  it("sends the security headers with everything", () => {
    for (const address of ["/", "/evil.html", "/_next/static/a.js", "/fonts/a.woff2", "/images/a.jpg"]) {
      expect(at(address), address).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer" });
      expect(at(address)["Strict-Transport-Security"], address).toMatch(/^max-age=\d{8,}/);
    }
  });

  it("refuses a file name that would break a host's configuration, naming the file", () => {
    expect(() => siteRules(PAGE_POLICY, ["/bad\nname.html"])).toThrow("public/bad\nname.html: a control character in a file's name cannot be served safely; rename the file");
  });
});
