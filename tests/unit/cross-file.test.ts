// Checks that need more than one file: names that clash, timelines shared between articles, and
// the "also in the timeline of" links they give.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFile, checkSite, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban"] } as const;
const NOW = Date.parse("2026-01-01T00:00:00Z");

// Case-only twins need a file system that keeps both names apart (Linux does; macOS may not).
const caseSensitive = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-case-"));
  try {
    fs.writeFileSync(path.join(dir, "a"), "");
    return !fs.existsSync(path.join(dir, "A"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

describe.runIf(caseSensitive)("two files whose names differ only in case", () => {
  it("are one error, on the new file, whose suggested name overwrites no story", () => {
    const site = tempSite({ "iran-story.md": articleFile(CLEAN), "iran-story-2.md": articleFile(CLEAN), "Iran-Story.md": articleFile(CLEAN) });

    expect(site.problems()).toEqual([
      {
        file: inFile("Iran-Story.md"),
        message:
          "file name: differs only in case from iran-story.md, an existing story: on many hosts the two would be one address; rename this file to iran-story-3.md (no story has that name), or merge it into iran-story.md",
      },
    ]);
  });

  it("a file name that is not an address is told a free name too", () => {
    const site = tempSite({ "kabul-waits.md": articleFile(CLEAN), "Kabul_Waits!.md": articleFile(CLEAN) });

    expect(site.problems()).toEqual([
      {
        file: inFile("Kabul_Waits!.md"),
        message: 'file name: the slug "Kabul_Waits!" must be lowercase letters, digits and single hyphens: rename it to kabul-waits-2.md',
      },
    ]);
  });

  it("still leave an unrelated article alone", () => {
    const site = tempSite({ "iran-story.md": articleFile(CLEAN), "Iran-Story.md": articleFile(CLEAN), "kabul.md": articleFile(CLEAN) });

    expect(site.problems().filter((problem) => problem.file.endsWith("kabul.md"))).toEqual([]);
  });
});

describe("an event shared between two articles", () => {
  /** ghulami.md reports the killing on `own`; launch.md lists it in its timeline on `shared`. */
  const sharedTimeline = (own: Record<string, unknown>, shared: Record<string, unknown>) => {
    const launch = articleFile({
      ...CLEAN,
      title: "Second commander killed in Iran",
      relatedEvents: [
        { date: "2021-08-15", title: "The Taliban return to power" },
        { title: "Ghulami is shot dead", article: "ghulami", ...shared },
      ],
    });
    const ghulami = articleFile({
      ...CLEAN,
      title: "Ghulami shot dead in Mashhad",
      publishedAt: "2025-09-13",
      relatedEvents: [{ title: "Ghulami is shot dead", article: "ghulami", ...own }],
    });
    return { launch, site: tempSite({ "launch.md": launch, "ghulami.md": ghulami }) };
  };

  it("with a different date is an error at the date, naming the article about the event", () => {
    const { launch, site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09-12" });

    expect(site.problems()).toEqual([
      {
        file: inFile("launch.md"),
        line: lineOf(launch, "date: 2025-09-12"),
        field: "relatedEvents[1].date",
        message: expect.stringMatching(/^is 2025-09-12 here but 2025-09-13 in \S*content\/articles\/ghulami\.md \("Ghulami is shot dead"\): use the same date in both$/),
      },
    ]);
  });

  it("written less precisely than in its own article is an error too", () => {
    const { site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09" });

    expect(site.problems()).toEqual([
      expect.objectContaining({ field: "relatedEvents[1].date", message: expect.stringMatching(/^is 2025-09 here but 2025-09-13 in .*ghulami\.md/) }),
    ]);
  });

  it("marked approximate in one article only is an error saying so", () => {
    const { site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09-13", approximate: true });

    expect(site.problems()).toEqual([
      expect.objectContaining({ field: "relatedEvents[1].date", message: expect.stringMatching(/^is about 2025-09-13 here but 2025-09-13 in/) }),
    ]);
  });

  it("without a link is still one event when its title is the same, so its dates must agree", () => {
    const { launch, site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09-13" });
    site.write("other.md", articleFile({ ...CLEAN, relatedEvents: [{ date: "2021-08-16", title: "The Taliban return to power." }] }));

    expect(site.problems()).toEqual([
      expect.objectContaining({
        file: inFile("other.md"),
        field: "relatedEvents[0].date",
        message: expect.stringMatching(/^is 2021-08-16 here but 2021-08-15 in .*launch\.md \("The Taliban return to power"\)/),
      }),
    ]);
    expect(launch).toContain("2021-08-15");
  });

  it("are different events when their titles differ, even if they link the same article", () => {
    const { site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09-13" });
    site.write(
      "follow-up.md",
      articleFile({
        ...CLEAN,
        relatedEvents: [
          { date: "2025-09-13", title: "Ghulami is shot dead", article: "ghulami" },
          { date: "2025-09", title: "Police arrest three suspects", article: "ghulami" },
        ],
      }),
    );

    expect(checkSite(site, NOW).problems).toEqual([]);
  });

  it("with the same date in both is fine, and links both ways", () => {
    const { site } = sharedTimeline({ date: "2025-09-13" }, { date: "2025-09-13" });

    expect(checkSite(site, NOW).problems).toEqual([]);
    const [launch, ghulami] = ["launch", "ghulami"].map((slug) => checkSite(site, NOW).articles.find((a) => a.slug === slug)!);
    expect(launch.timeline.find((event) => event.article === "ghulami")).toMatchObject({ href: "/articles/ghulami/", isThisArticle: false });
    expect(ghulami.mentionedIn).toEqual([{ title: "Second commander killed in Iran", href: "/articles/launch/" }]);
  });

  it("is not compared when the linked article does not list the event itself", () => {
    const site = tempSite({
      "launch.md": articleFile({ ...CLEAN, relatedEvents: [{ date: "2025-09-12", title: "Ghulami is shot dead", article: "ghulami" }] }),
      "ghulami.md": articleFile({ ...CLEAN, publishedAt: "2025-09-13" }),
    });

    expect(checkSite(site, NOW).problems).toEqual([]);
  });
});

describe("also in the timeline of", () => {
  const site = (fieldsOfB: Record<string, unknown> = {}, fieldsOfA: Record<string, unknown> = {}) =>
    tempSite({
      "a.md": articleFile({ ...CLEAN, title: "Article A", ...fieldsOfA }),
      "b.md": articleFile({
        ...CLEAN,
        title: "Article B",
        relatedEvents: [
          { date: "2025-09-13", title: "What A reports", article: "a" },
          { date: "2025-09-14", title: "A follow-up, also in A", article: "a" },
        ],
        ...fieldsOfB,
      }),
    });
  const articles = (s: ReturnType<typeof site>) => {
    const { articles: all, problems } = checkSite(s, NOW);
    expect(problems).toEqual([]);
    return Object.fromEntries(all.map((article) => [article.slug, article]));
  };

  it("names, once, each published article whose timeline links this one", () => {
    const { a, b } = articles(site());

    expect(a.mentionedIn).toEqual([{ title: "Article B", href: "/articles/b/" }]);
    expect(b.mentionedIn).toEqual([]);
  });

  it("leaves out a draft that links this one", () => {
    const { a } = articles(site({ draft: true }));

    expect(a.mentionedIn).toEqual([]);
  });

  it("leaves out a scheduled article that links this one", () => {
    const { a } = articles(site({ publishedAt: "2026-06-01" }));

    expect(a.mentionedIn).toEqual([]);
  });

  it.each([
    ["a draft", { draft: true }],
    ["scheduled", { publishedAt: "2026-06-01" }],
  ])("gives no link to an article that is %s", (_, fieldsOfA) => {
    const { b } = articles(site({}, fieldsOfA));

    expect(b.timeline.map((event) => event.href)).toEqual([undefined, undefined]);
  });

  it("is listed newest article first when several link this one", () => {
    const s = site({ publishedAt: "2025-12-20" });
    s.write("c.md", articleFile({ ...CLEAN, title: "Article C", publishedAt: "2025-12-22", relatedEvents: [{ date: "2025-09-13", title: "What A reports", article: "a" }] }));

    expect(articles(s).a.mentionedIn.map((mention) => mention.title)).toEqual(["Article C", "Article B"]);
  });
});
