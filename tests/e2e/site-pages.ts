// A page of each kind the project's site has (tests/host/page-kinds.ts), from the addresses in its
// sitemap's files (home, articles, sections, tags...), and the 404 page, as paths on the server under test.
import { expect, type APIRequestContext } from "@playwright/test";
import { parseXml, sitemapFileUrls, sitemapSchema } from "../crawl/xml";
import { onePagePerKind } from "../host/page-kinds";

async function fetched(request: APIRequestContext, address: string): Promise<string> {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return response.text();
}

export async function pageOfEachKind(request: APIRequestContext): Promise<string[]> {
  const locs: string[] = [];
  for (const file of sitemapFileUrls(await fetched(request, "/sitemap.xml"))) {
    const { urlset } = sitemapSchema.parse(parseXml(await fetched(request, new URL(file).pathname)));
    locs.push(...urlset.url.map((entry) => new URL(entry.loc).pathname));
  }
  expect(locs.length).toBeGreaterThan(3);
  return [...onePagePerKind(locs), "/no-such-page/"];
}
