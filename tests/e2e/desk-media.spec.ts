// The desk's photos, translations and round trip, in Chromium, on a copy of the fixture content: a
// story with an uploaded photo is saved under a web-safe name the check accepts, and a photo the
// check would refuse is refused in its words.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { OtherVersions } from "@/components/OtherVersions";
import { viewSite } from "@/lib/enrich/site-view";
import { labelsFor } from "@/lib/i18n/labels";
import { loadArticles } from "@/lib/pipeline";
import { renderBody } from "@/lib/render/markdown";
import { checkCopy, deskOnFixtures, fillStory, openInDesk, publishNow, requestsOutside, typeBody } from "./desk-setup";

const copy = deskOnFixtures();
const LAUNCH = "second-anti-taliban-commander-killed-in-iran";
const PHOTO = fs.readFileSync("tests/fixtures/public/images/border-market.jpg");

/** Uploads `file` through Decap's media library, opened from the story's photo field. */
async function uploadPhoto(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole("button", { name: /^Choose (an|different) image$/ }).first().click();
  await page.locator('input[type="file"]').setInputFiles(file);
}

/** The stories' file names in the copy, as the desk found them. */
const storyFiles = () => new Set(fs.readdirSync(path.join(copy.contentDir, "articles")));

/** The stories saved since `before`, by slug: the desk names a new one by the time it is saved. */
const newStories = (before: Set<string>) => [...storyFiles()].filter((name) => !before.has(name)).map((name) => name.replace(/\.md$/, ""));

test("a story with an uploaded photo, two tags and a timeline link is saved as files the check accepts", async ({ page }) => {
  const outside = requestsOutside(page);
  const before = storyFiles();
  await openInDesk(page, copy, "#/collections/stories/new");
  await fillStory(page, {
    title: "Kabul market traders count the cost of the closures",
    standfirst: "Stallholders in the old city say trade has halved since the border closed.",
    publishedAt: "2025-12-26",
    section: "Afghanistan",
    tags: "Kabul, Trade",
  });

  // A camera's name, with capitals, spaces and brackets.
  await uploadPhoto(page, { name: "Kabul Market Photo (1).JPG", mimeType: "image/jpeg", buffer: PHOTO });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page.locator('input[id^="alt-field"]').fill("Stalls of dried fruit under a tarpaulin roof");
  await page.locator('textarea[id^="caption-field"]').fill("The dried-fruit stalls of the old city market.");
  await page.locator('input[id^="credit-field"]').fill("Test Fixture Photo Agency");

  await page.getByRole("button", { name: "Add related events" }).click();
  await page.locator('input[id^="date-field"]').fill("2025-12-24");
  // The event's title is the second field of that name, after the story's headline.
  await page.locator('input[id^="title-field"]').last().fill("Ikramuddin Sari is shot dead in Tehran");
  // The story it links to is picked by its headline; the file's name is what is written.
  await page.locator('input[id^="article-field"]').fill("commander killed in Iran");
  await page.getByText("Second anti-Taliban commander killed in Iran in under four months", { exact: true }).click();

  await typeBody(page, "Traders in the old city market said takings had halved since the crossing closed.");

  await publishNow(page);

  const [slug] = newStories(before);
  // The photo is in public/images/ under Decap's lowercase, web-safe version of its name, the one the story names.
  expect(fs.readFileSync(path.join(copy.publicDir, "images/kabul-market-photo-1-.jpg"))).toEqual(PHOTO);
  expect(fs.readFileSync(path.join(copy.contentDir, "articles", `${slug}.md`), "utf8")).toContain("src: /images/kabul-market-photo-1-.jpg\n");
  const check = checkCopy(copy);
  expect(check.output).not.toContain(slug);
  expect(check.status, check.output).toBe(0);

  // The story as the site renders it: the pipeline the build's pages are made from.
  const story = loadArticles({ contentDir: copy.contentDir, publicDir: copy.publicDir }).find((article) => article.slug === slug);
  expect(story?.status).toBe("published");
  expect(story?.image).toEqual({
    src: "/images/kabul-market-photo-1-.jpg",
    alt: "Stalls of dried fruit under a tarpaulin roof",
    caption: "The dried-fruit stalls of the old city market.",
    credit: "Test Fixture Photo Agency",
  });
  expect(story?.tags).toEqual(["Kabul", "Trade"]);
  expect(story?.timeline.map((event) => [event.title, event.href])).toEqual([["Ikramuddin Sari is shot dead in Tehran", `/articles/${LAUNCH}/`]]);
  expect(story?.sections.map((section) => section.html)).toEqual(["<p>Traders in the old city market said takings had halved since the crossing closed.</p>\n"]);
  expect(outside).toEqual([]);
});

test("a photo the check would refuse is refused at upload, in the check's words, and not written", async ({ page }) => {
  await openInDesk(page, copy, `#/collections/stories/entries/market-photo-story`);
  // A phone's HEIC photo, which not every browser shows.
  const heic = Buffer.concat([Buffer.from("\0\0\0\x18ftypheic", "latin1"), Buffer.alloc(64)]);
  await uploadPhoto(page, { name: "IMG_0042.HEIC", mimeType: "image/heic", buffer: heic });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText("public/images/img_0042.heic is not an image: use a .jpg, .jpeg, .png, .webp, .avif or .gif file")).toBeVisible();
  expect(fs.existsSync(path.join(copy.publicDir, "images/img_0042.heic"))).toBe(false);
  expect(fs.readFileSync(path.join(copy.contentDir, "articles/market-photo-story.md"))).toEqual(fs.readFileSync("tests/fixtures/content/articles/market-photo-story.md"));
});

test("the Dari version of a story, started from the English one, is linked to it by its key and language", async ({ page, context }) => {
  const english = "maroof-ghulami-shot-dead-in-mashhad";
  const before = storyFiles();
  await openInDesk(page, copy, `#/collections/stories/entries/${english}`);
  const key = page.locator('input[id^="translationKey-field"]');
  await expect(key).toHaveValue("");
  const [dari] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "دری" }).click()]);
  // The English story had no key: it is given its file's name.
  await expect(key).toHaveValue(english);

  await expect(dari.locator('input[id^="translationKey-field"]')).toHaveValue(english);
  await expect(dari.locator('input[id^="language-field"]')).toHaveValue("fa");
  await fillStory(dari, {
    title: "معروف غلامی در مشهد کشته شد",
    standfirst: "معروف غلامی، چهرهٔ نزدیک به اسماعیل خان، در دفترش در مشهد کشته شد.",
    publishedAt: "2025-09-14",
    section: "افغانستان",
    body: "معروف غلامی با شلیک گلوله در شهر مشهد کشته شد.",
  });
  await publishNow(dari);

  await publishNow(page);

  const check = checkCopy(copy);
  expect(check.status, check.output).toBe(0);
  // The English page's "Also in" line, as the build makes it: the site's view of the content, and the page's own component.
  const story = viewSite(loadArticles({ contentDir: copy.contentDir, publicDir: copy.publicDir }), false).bySlug.get(english);
  expect(story?.versions.map((version) => [version.language, version.slug])).toEqual([
    ["en", english],
    ["fa", newStories(before)[0]],
  ]);
  const line = renderToStaticMarkup(createElement(OtherVersions, { versions: story?.versions ?? [], slug: english, labels: labelsFor("en") }));
  expect(line.replace(/<[^>]+>/g, "")).toBe("Also in: دری");
});

test("the launch article saved unchanged keeps its meaning and its 15 paragraphs, not its bytes", async ({ page }) => {
  const fixture = `tests/fixtures/content/articles/${LAUNCH}.md`;
  await openInDesk(page, copy, `#/collections/stories/entries/${LAUNCH}`);
  // Decap enables Publish only when the form differs from the story as it read it (a letter typed
  // and taken back is no change): saved with a letter added, opened again, saved with it taken back.
  const title = page.locator('input[id^="title-field"]').first();
  for (const key of ["x", "Backspace"]) {
    await title.press("End");
    await title.press(key);
    await publishNow(page);
    await page.reload();
  }

  const before = fs.readFileSync(fixture, "utf8");
  const after = fs.readFileSync(path.join(copy.contentDir, "articles", `${LAUNCH}.md`), "utf8");
  // Not byte-identical: Decap writes the frontmatter in its own YAML style, without its comments.
  expect(after).not.toBe(before);
  const [was, is] = [matter(before), matter(after)];
  // The same fields with the same values, and the body byte for byte.
  expect(is.data).toEqual(was.data);
  expect(is.content).toBe(was.content);
  // Every rendered paragraph identical: the seed's 15, under its two subheadings.
  const paragraphs = (body: string) => renderBody(body).sections.flatMap((section) => section.html.match(/<p>[\s\S]*?<\/p>/g) ?? []);
  expect(paragraphs(is.content)).toEqual(paragraphs(was.content));
  expect(paragraphs(is.content)).toHaveLength(15);
  expect(renderBody(is.content)).toEqual(renderBody(was.content));
});
