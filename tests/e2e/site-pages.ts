// Every page the project's site has: the addresses in its sitemap (home, articles, sections,
// tags), and the 404 page, as paths on the server under test.
import { expect, type APIRequestContext } from "@playwright/test";

export async function builtPages(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  expect(locs.length).toBeGreaterThan(3);
  return [...locs, "/no-such-page/"];
}
