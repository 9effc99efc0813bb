// The summary `npm run publish` shows before anything goes live: stories new, updated and taken
// off, and for each updated story the sentences that change, old and new, as readers read them,
// then every other field a reader sees; and the reporters' pages, newsroom pages and settings that change.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/pipeline";
import { readSiteSettings } from "@/lib/site-settings";
import { describeSiteChanges, nameChanges, publishedSite, siteChanges } from "@/scripts/publish/site-changes";
import { articleFile, REQUIRED_FIELDS, tempSite } from "./helpers";

/** The site a content folder holding `files` (path relative to it -> text) puts on the web. */
function site(files: Record<string, string>) {
  const { contentDir, publicDir } = tempSite();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, file), text);
  }
  return publishedSite(readContent({ contentDir, publicDir }, Date.now()), readSiteSettings(contentDir));
}

const asFile = (file: string) => `content/${file}`;

describe("what publishing changes on the live site", () => {
  it("names each story and shows the sentences an update changes, old and new", () => {
    const live = site({
      "articles/crossing.md": articleFile({ ...REQUIRED_FIELDS, title: "Border crossing reopens" }, "Traders returned on Monday. Trucks queued for miles.\n\nThe crossing had been shut for a week.\n"),
      "articles/tagged.md": articleFile({ ...REQUIRED_FIELDS, title: "Wheat prices rise", tags: ["Trade"] }),
      "articles/old.md": articleFile({ ...REQUIRED_FIELDS, title: "An old story" }),
    });
    const next = site({
      "articles/crossing.md": articleFile(
        { ...REQUIRED_FIELDS, title: "Border crossing reopens", corrections: [{ date: "2025-12-26", text: "An earlier version gave the wrong day." }] },
        "Traders returned on Tuesday. Trucks queued for miles.\n\nThe crossing had been shut for a week.\n",
      ),
      "articles/tagged.md": articleFile({ ...REQUIRED_FIELDS, title: "Wheat prices rise", tags: ["Trade", "Food"] }),
      "articles/fresh.md": articleFile({ ...REQUIRED_FIELDS, title: "A new story" }),
    });
    const changes = siteChanges(live, next);
    expect(describeSiteChanges(changes, asFile)).toBe(
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

  it("names every other field of a story a reader sees that changes", () => {
    const live = site({ "articles/story.md": articleFile(REQUIRED_FIELDS) });
    const next = site({
      "articles/story.md": articleFile({
        ...REQUIRED_FIELDS,
        location: "Herat",
        source: { name: "Agencies" },
        updatedAt: REQUIRED_FIELDS.publishedAt,
        relatedEvents: [{ date: "2025-09", title: "Talks began" }],
        language: "en-GB",
        translationKey: "the-story",
      }),
    });
    expect(siteChanges(live, next).updated.map(({ details }) => details)).toEqual([
      ["location", "source", "update date", "related events", "language", "translationKey (its versions in other languages)"],
    ]);
  });

  it("shows a live story's added update and changed summary as sentences, and its ending as a change", () => {
    const first = { id: "gate-closes", at: "2025-12-25T09:30:00+04:30", text: "Guards closed the gate." };
    const live = site({ "articles/story.md": articleFile({ ...REQUIRED_FIELDS, live: { summary: "The crossing is closed." }, updates: [first] }) });
    const next = site({
      "articles/story.md": articleFile({
        ...REQUIRED_FIELDS,
        live: { summary: "The crossing reopened at noon.", ended: "2025-12-25T12:00:00+04:30" },
        updates: [first, { id: "reopens", at: "2025-12-25T12:00:00+04:30", headline: "Gate reopens", text: "Lorries moved again." }],
      }),
    });
    expect(describeSiteChanges(siteChanges(live, next), asFile)).toBe(
      [
        "Updated (1 story):",
        `    "${REQUIRED_FIELDS.title}" (content/articles/story.md)`,
        "      was: The crossing is closed.",
        "      now: The crossing reopened at noon.",
        "      now: Gate reopens",
        "      now: Lorries moved again.",
        "      also changed: live coverage (open or ended), live updates (their moments)",
      ].join("\n"),
    );
  });

  it("says which reporters' pages, newsroom pages and settings change", () => {
    const story = { "articles/same.md": articleFile(REQUIRED_FIELDS) };
    const reporter = (role: string) => `---\nname: Daud Karimi\nrole: ${role}\n---\n\nDaud covers the economy.\n`;
    const page = (title: string, body = "Us.") => `---\ntitle: ${title}\ndescription: One sentence.\n---\n\n${body}\n`;
    const live = site({ ...story, "authors/daud-karimi.md": reporter("Reporter"), "pages/about.md": page("About us"), "pages/old.md": page("Old page"), "site.yml": "tagline: Old\n" });
    const next = site({ ...story, "authors/daud-karimi.md": reporter("Editor"), "pages/about.md": page("About us", "Them."), "pages/faq.md": page("Questions"), "site.yml": "tagline: New\nname: The Desk\n" });
    const changes = siteChanges(live, next);
    expect(describeSiteChanges(changes, asFile)).toBe(
      [
        "Reporter pages updated (1):",
        '    "Daud Karimi" (content/authors/daud-karimi.md)',
        "New newsroom pages (1):",
        '    "Questions" (content/pages/faq.md)',
        "Newsroom pages updated (1):",
        '    "About us" (content/pages/about.md)',
        "Newsroom pages taken off the site (1):",
        '    "Old page" (content/pages/old.md)',
        "Site settings changed (content/site.yml): name, tagline",
      ].join("\n"),
    );
    expect(nameChanges(changes)).toBe("reporter pages: daud-karimi; newsroom pages: faq, about, old; site settings: name, tagline");
  });

  it("says so when nothing changes", () => {
    const files = { "articles/same.md": articleFile(REQUIRED_FIELDS), "pages/about.md": "---\ntitle: About\ndescription: Us.\n---\n\nUs.\n" };
    expect(describeSiteChanges(siteChanges(site(files), site(files)), asFile)).toBe("No story changes on the live site.");
  });
});
