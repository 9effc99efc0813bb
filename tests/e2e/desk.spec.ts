// The desk (npm run desk) on a copy of the fixture content: a story written in the browser is
// saved as a file that `npm run check` accepts, a Dari field reads right to left, and no request
// leaves this machine.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readContent } from "../../lib/pipeline";
import { checkCopy, deskOnFixtures, fillStory, openInDesk, publishNow, requestsOutside, runDesk, typeBody } from "./desk-setup";

// As an editor starts it, `npm run desk` in a process of its own, with the folders in CONTENT_DIR
// and PUBLIC_DIR: the other desk specs start the same desk in their own process, sooner.
const copy = deskOnFixtures("file", runDesk);

test("a story written in the desk is saved as a file the check accepts", async ({ page }) => {
  const outside = requestsOutside(page);
  await openInDesk(page, copy, "#/collections/stories/new");

  await page.locator('input[id^="title-field"]').fill("Café owners in Kabul say flour costs twice as much");
  const standfirst = page.locator('textarea[id^="standfirst-field"]');
  await standfirst.fill("نانوایان کابل می‌گویند قیمت آرد دو برابر شده است.");
  // A Dari line reads right to left, its full stop at the left end, as the editor typed it.
  await expect(standfirst).toHaveAttribute("dir", "auto");
  expect(await standfirst.evaluate((field) => field.matches(":dir(rtl)"))).toBe(true);
  await fillStory(page, { publishedAt: "2025-11-20", section: "Afghanistan" });
  // A field typed in and cleared is left out of the file, as one never typed in: Decap would write
  // it as "", which the check refuses ("must not be empty").
  const dateline = page.locator('input[id^="location-field"]');
  await dateline.fill("Kabul");
  await dateline.fill("");
  await fillStory(page, { tags: "Kabul, Economy", language: "fa", body: "نانوایان می‌گویند قیمت آرد از تابستان دو برابر شده است." });

  // The preview shows the Dari paragraph from the right, its full stop at the left end.
  const paragraph = page.frameLocator("iframe").locator("p", { hasText: "نانوایان می‌گویند" });
  const [text, box] = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return [range.getBoundingClientRect().toJSON(), element.getBoundingClientRect().toJSON()];
  });
  expect(Math.abs(text.right - box.right)).toBeLessThan(2);
  expect(text.left - box.left).toBeGreaterThan(50);

  await publishNow(page);

  const written = fs.readdirSync(path.join(copy.contentDir, "articles")).filter((name) => !fs.existsSync(path.join("tests/fixtures/content/articles", name)));
  // Its file name is the day and the time it was first saved, a name the check accepts (desk-config.ts).
  expect(written).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}-\d{4}\.md$/)]);
  const file = fs.readFileSync(path.join(copy.contentDir, "articles", written[0]), "utf8");
  expect(file).toContain("نانوایان می‌گویند قیمت آرد از تابستان دو برابر شده است.");
  expect(file).not.toMatch(/^location:/m);

  // `npm run check` itself, on the copy: its verdict is what publishing goes by.
  const check = checkCopy(copy);
  expect(check.output).not.toContain(written[0]);
  expect(check.status, check.output).toBe(0);
  expect(outside).toEqual([]);
});

test("a reporter added in the desk is saved as a file the check accepts, named from the reporter's name", async ({ page }) => {
  await openInDesk(page, copy, "#/collections/authors/new");
  await page.locator('input[id^="name-field"]').fill("Zahra Rahimi");
  await page.locator('input[id^="role-field"]').fill("Herat correspondent");
  await typeBody(page, "Zahra Rahimi reports on Herat and the western border.");
  await publishNow(page);

  // The file a byline "Zahra Rahimi" finds the reporter's page by.
  const file = path.join(copy.contentDir, "authors/zahra-rahimi.md");
  expect(fs.readFileSync(file, "utf8")).toContain("Zahra Rahimi reports on Herat and the western border.");
  const check = checkCopy(copy, file);
  expect(check.lines).toEqual([]);
  expect(check.status, check.output).toBe(0);
  const { authors } = readContent({ contentDir: copy.contentDir, publicDir: copy.publicDir }, Date.now());
  expect(authors.find((author) => author.slug === "zahra-rahimi")).toMatchObject({ name: "Zahra Rahimi", role: "Herat correspondent" });
});
