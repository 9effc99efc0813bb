// The built site is valid HTML and whole: every page passes the Nu HTML Checker with no error,
// and every link within the site, followed over HTTP from the home page and the sitemap, leads
// somewhere, down to the #fragment.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { site } from "@/lib/site";
import { parseXml, sitemapFileUrls, sitemapSchema } from "../crawl/xml";
import { brokenLinks } from "../host/link-check";
import { nuErrors } from "../host/nu-checker";
import { pageFiles } from "../host/serve-with-headers";
import { projectSite as served } from "./builds";

test("every built page passes the Nu HTML Checker with no error", () => {
  const files = pageFiles(served.out);
  expect(files.length).toBeGreaterThan(5);
  expect(nuErrors(files)).toEqual([]);
});

test("no link within the site is broken, nor any #fragment", async () => {
  const read = (address: string) => fs.readFileSync(path.join(served.out, address), "utf8");
  const listed = sitemapFileUrls(read("sitemap.xml")).flatMap((file) => sitemapSchema.parse(parseXml(read(new URL(file).pathname))).urlset.url);
  const starts = ["/", "/404.html", ...listed.map(({ loc }) => new URL(loc).pathname)];
  expect(await brokenLinks(served.origin, site.url, [...new Set(starts)])).toEqual([]);
});
