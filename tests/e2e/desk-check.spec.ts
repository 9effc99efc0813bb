// The desk and the check: the editor reads the check's own words about the story being edited,
// a correction made in the desk changes the story's file only where the editor changed it, and a
// story headlined in Dari alone is saved under a name the check accepts.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { deskSession, type DeskSession } from "./desk-session";

let session: DeskSession;
test.beforeEach(async () => {
  session = await deskSession();
});
test.afterEach(async () => {
  await session?.close();
});

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
  const file = path.join(session.contentDir, "articles/crossing-closes-again.md");
  fs.writeFileSync(file, REFUSED);
  const check = session.check(file);
  // Both mistakes are the check's errors: the timeline's link to no story, the correction not made yet.
  expect(check.status).toBe(1);
  expect(check.lines, check.output).toEqual([expect.stringContaining("relatedEvents[0].article: no article"), expect.stringContaining("corrections[0].date: is 2099-11-11, in the future")]);

  await session.open(page, "/collections/stories/entries/crossing-closes-again");
  await expect(page.locator("#the-check li")).toHaveText(check.lines);
  await expect(page.locator("#the-check summary")).toContainText(`${check.lines.length} problem`);
});
