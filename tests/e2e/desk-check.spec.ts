// The desk and the check: the editor reads the check's own words about the story being edited,
// a correction made in the desk changes the story's file only where the editor changed it, and a
// story headlined in Dari alone is saved under a name the check accepts.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkCopy, deskOnFixtures, fillStory, openInDesk, publishNow } from "./desk-setup";

// Each test edits the same story: a copy of its own.
const copy = deskOnFixtures("test");

const REFUSED = `---
title: Border crossing closes again
standfirst: Traders were turned back at the crossing for a second time this month.
publishedAt: 2025-11-10
section: Afghanistan
tags:
  - Trade
relatedEvents:
  - date: 2025-11-03
    title: The crossing reopens
    article: border-crossing-reopened
corrections:
  - date: 2099-11-11
    text: An earlier version of this article gave the wrong day for the closure.
---
Traders were turned back at the crossing on Monday.
`;

test("a story the check refuses is shown to the editor in the check's words", async ({ page }) => {
  const file = path.join(copy.contentDir, "articles/crossing-closes-again.md");
  fs.writeFileSync(file, REFUSED);
  const check = checkCopy(copy, file);
  // Both mistakes are the check's errors: the timeline's link to no story, the correction not made yet.
  expect(check.status).toBe(1);
  expect(check.lines, check.output).toEqual([expect.stringContaining("relatedEvents[0].article: no article"), expect.stringContaining("corrections[0].date: is 2099-11-11, in the future")]);

  await openInDesk(page, copy, "#/collections/stories/entries/crossing-closes-again");
  await expect(page.locator("#the-check li")).toHaveText(check.lines);
  await expect(page.locator("#the-check summary")).toHaveText(`npm run check on ${path.relative(process.cwd(), file)}, as last saved: 2 errors and 0 warnings in 1 file`);
});

// Written as the desk writes a story (block lists, no comments), so that what changes is the edit alone.
const PUBLISHED = `---
title: Border crossing closes again
standfirst: Traders were turned back at the crossing for a second time this month.
publishedAt: 2025-11-10
section: Afghanistan
tags:
  - Trade
corrections:
  - date: 2025-11-11
    text: An earlier version of this article misnamed the crossing.
---
Traders were turned back at the crossing on Monday.

The crossing had reopened a week earlier, after a closure of seven days.
`;

test("a sentence corrected in the desk, with a correction note, changes the file there alone, and the check passes", async ({ page }) => {
  const file = path.join(copy.contentDir, "articles/crossing-closes-again.md");
  fs.writeFileSync(file, PUBLISHED);
  await openInDesk(page, copy, "#/collections/stories/entries/crossing-closes-again");

  // The editor selects the wrong word in the story and types the right one over it.
  const body = page.locator('[aria-label="markdown field"]').filter({ has: page.locator('label[for^="body-field"]') }).locator('[contenteditable="true"]');
  await expect(body).toContainText("on Monday");
  await body.evaluate((editor) => {
    const texts = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const at = node.textContent?.indexOf("Monday") ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + "Monday".length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  await page.keyboard.type("Sunday");
  await page.getByRole("button", { name: /add corrections/i }).click();
  await page.locator('input[id^="date-field"]').last().fill("2025-11-12");
  await page.locator('textarea[id^="text-field"]').last().fill("An earlier version of this article gave the wrong day for the closure.");
  await publishNow(page);

  const corrected = PUBLISHED.replace("on Monday.", "on Sunday.").replace(
    "misnamed the crossing.\n",
    "misnamed the crossing.\n  - date: 2025-11-12\n    text: An earlier version of this article gave the wrong day for the closure.\n",
  );
  expect(fs.readFileSync(file, "utf8")).toBe(corrected);
  const check = checkCopy(copy, file);
  expect(check.status, check.output).toBe(0);
  expect(check.lines).toEqual([]);
  await expect(page.locator("#the-check summary")).toHaveText(`npm run check on ${path.relative(process.cwd(), file)}, as last saved: no problems`);
});

test("a story headlined in Dari alone is saved, under a name the check accepts", async ({ page }) => {
  await openInDesk(page, copy, "#/collections/stories/new");
  await fillStory(page, {
    title: "قیمت آرد در کابل دو برابر شد",
    standfirst: "نانوایان کابل می‌گویند قیمت آرد دو برابر شده است.",
    publishedAt: "2025-11-20",
    section: "Afghanistan",
    tags: "Kabul, Economy",
    language: "fa",
    body: "نانوایان می‌گویند قیمت آرد از تابستان دو برابر شده است.",
  });
  await publishNow(page);

  const written = fs.readdirSync(path.join(copy.contentDir, "articles")).filter((name) => !fs.existsSync(path.join("tests/fixtures/content/articles", name)));
  // Named by the day and the time (UTC) it was first saved: the headline has no letter a web address can carry.
  expect(written).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}-\d{4}\.md$/)]);
  const file = path.join(copy.contentDir, "articles", written[0]);
  expect(fs.readFileSync(file, "utf8")).toContain("title: قیمت آرد در کابل دو برابر شد");
  const check = checkCopy(copy, file);
  expect(check.status, check.output).toBe(0);
  expect(check.lines).toEqual([]);
  await expect(page.locator("#the-check summary")).toHaveText(`npm run check on ${path.relative(process.cwd(), file)}, as last saved: no problems`);
});
