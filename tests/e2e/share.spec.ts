// Sharing: plain links that need no JavaScript, and "Copy link" only where JavaScript runs.
import { expect, test } from "@playwright/test";
import { site } from "@/lib/site";

const ARTICLE = "/articles/second-anti-taliban-commander-killed-in-iran/";
const URL_ENCODED = encodeURIComponent(`${site.url}${ARTICLE}`);

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the share links are plain links to each service, and there is no Copy link button", async ({ page }) => {
    await page.goto(ARTICLE);
    const share = page.getByRole("group", { name: "Share" });
    await expect(share.getByRole("link")).toHaveText(["Email", "X", "Facebook", "WhatsApp", "Telegram"]);
    const hrefs = await share.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs[0]).toMatch(/^mailto:\?subject=Second%20anti-Taliban/);
    expect(hrefs.slice(1).map((href) => new URL(href).origin)).toEqual(["https://x.com", "https://www.facebook.com", "https://wa.me", "https://t.me"]);
    for (const href of hrefs) expect(href).toContain(URL_ENCODED);
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(page.getByRole("status")).toHaveCount(0);
  });
});

test("with JavaScript, Copy link appears and copies the article's address", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  const copy = page.getByRole("group", { name: "Share" }).getByRole("button", { name: "Copy link" });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(page.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${ARTICLE}`);
});

test("Copy link is an external script, not inline code, so a strict Content-Security-Policy allows it", async ({ request }) => {
  const html = await (await request.get(ARTICLE)).text();
  expect(html).toContain('<script src="/copy-link.js" defer="">');
  const script = await request.get("/copy-link.js");
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toMatch(/javascript/);
});
