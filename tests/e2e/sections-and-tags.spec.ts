import { expect, test } from "@playwright/test";

const LAUNCH = "Second anti-Taliban commander killed in Iran in under four months";
const GHULAMI = "Anti-Taliban figure Maroof Ghulami shot dead in Mashhad";

test("an article's section leads to the section page, newest story first", async ({ page }) => {
  await page.goto("/articles/maroof-ghulami-shot-dead-in-mashhad/");
  await page.getByRole("main").getByRole("link", { name: "Afghanistan", exact: true }).click();
  await expect(page).toHaveURL("/sections/afghanistan/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afghanistan");
  // The fixture content's English stories in Afghanistan (tests/fixtures/content).
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([LAUNCH, "Traders return to the border market", "Border crossing reopens after a week", GHULAMI]);
  await expect(page).toHaveTitle("Afghanistan | The Frontier Dispatch");
});

test("an article's tags lead to pages listing every story with that tag", async ({ page }) => {
  await page.goto("/articles/second-anti-taliban-commander-killed-in-iran/");
  const topics = page.getByRole("navigation", { name: "More on these topics" });
  await expect(topics.getByRole("link")).toHaveText(["Taliban", "Iran", "Ikramuddin Sari", "Maroof Ghulami"]);
  await topics.getByRole("link", { name: "Maroof Ghulami" }).click();
  await expect(page).toHaveURL("/tags/maroof-ghulami/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([LAUNCH, GHULAMI]);
});

test("a tag only one article has lists just that article", async ({ page }) => {
  await page.goto("/tags/ikramuddin-sari/");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([LAUNCH]);
});

test("timelines link both ways between the two killings", async ({ page }) => {
  await page.goto("/articles/second-anti-taliban-commander-killed-in-iran/");
  const timeline = page.getByRole("complementary", { name: "Related events" });
  await timeline.getByRole("link", { name: "Maroof Ghulami, a figure close to Ismail Khan, is shot dead" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GHULAMI);

  const mention = page.getByRole("complementary", { name: "Related events" }).getByText(/^Also in the timeline of/);
  await mention.getByRole("link", { name: LAUNCH }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LAUNCH);
});

test("a section or tag the site does not have is the 404 page", async ({ page }) => {
  for (const path of ["/sections/sport/", "/tags/no-such-tag/"]) {
    expect((await page.goto(path))?.status()).toBe(404);
  }
});
