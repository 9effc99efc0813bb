// The summary `npm run publish` shows before anything goes live: stories new, updated and taken
// off, and for each updated story the sentences that change, old and new, as readers read them.
import { describe, expect, it } from "vitest";
import { describeSiteChanges, nameChanges, publishedStory, siteChanges } from "@/scripts/publish/site-changes";
import { articleFile, REQUIRED_FIELDS, tempSite } from "./helpers";

const stories = (files: Record<string, string>) =>
  tempSite(files)
    .load()
    .filter((article) => article.status === "published")
    .map(publishedStory);

describe("what publishing changes on the live site", () => {
  it("names each story and shows the sentences an update changes, old and new", () => {
    const live = stories({
      "crossing.md": articleFile({ ...REQUIRED_FIELDS, title: "Border crossing reopens" }, "Traders returned on Monday. Trucks queued for miles.\n\nThe crossing had been shut for a week.\n"),
      "tagged.md": articleFile({ ...REQUIRED_FIELDS, title: "Wheat prices rise", tags: ["Trade"] }),
      "old.md": articleFile({ ...REQUIRED_FIELDS, title: "An old story" }),
    });
    const next = stories({
      "crossing.md": articleFile(
        { ...REQUIRED_FIELDS, title: "Border crossing reopens", corrections: [{ date: "2025-12-26", text: "An earlier version gave the wrong day." }] },
        "Traders returned on Tuesday. Trucks queued for miles.\n\nThe crossing had been shut for a week.\n",
      ),
      "tagged.md": articleFile({ ...REQUIRED_FIELDS, title: "Wheat prices rise", tags: ["Trade", "Food"] }),
      "fresh.md": articleFile({ ...REQUIRED_FIELDS, title: "A new story" }),
    });
    const changes = siteChanges(live, next);
    expect(describeSiteChanges(changes, (slug) => `content/articles/${slug}.md`)).toBe(
      [
        "New (1 story):",
        '    "A new story" (content/articles/fresh.md)',
        "Updated (2 stories):",
        '    "Border crossing reopens" (content/articles/crossing.md)',
        "      was: Traders returned on Monday.",
        "      now: Traders returned on Tuesday.",
        "      now: Correction (2025-12-26): An earlier version gave the wrong day.",
        '    "Wheat prices rise" (content/articles/tagged.md)',
        "      also changed: tags",
        "Taken off the site (1 story):",
        '    "An old story" (content/articles/old.md)',
      ].join("\n"),
    );
    expect(nameChanges(changes)).toBe("new: fresh; updated: crossing, tagged; taken off: old");
  });

  it("says so when no story changes", () => {
    const files = { "same.md": articleFile(REQUIRED_FIELDS) };
    expect(describeSiteChanges(siteChanges(stories(files), stories(files)), (slug) => slug)).toBe("No story changes on the live site.");
  });
});
