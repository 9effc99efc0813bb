// What a valid article becomes once loaded: the fields a page reads, with their defaults filled in.
import { describe, expect, it } from "vitest";
import { articleFile, REQUIRED_FIELDS, tempSite } from "./helpers";

describe("a valid article", () => {
  it("loads with its slug and the defaults an editor may leave out", () => {
    const site = tempSite({ "sari-killed.md": articleFile(REQUIRED_FIELDS, "First paragraph.\n") });

    expect(site.load()).toEqual([
      {
        ...REQUIRED_FIELDS,
        slug: "sari-killed",
        language: "en",
        dir: "ltr",
        modifiedAt: REQUIRED_FIELDS.publishedAt,
        status: "published",
        tags: [],
        byline: [],
        draft: false,
        timeline: [],
        corrections: [],
        mentionedIn: [],
        versions: [],
        sections: [{ html: "<p>First paragraph.</p>\n" }],
        readingMinutes: 1,
      },
    ]);
  });

  it("was last modified when it was updated, if it was", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, updatedAt: "2025-12-26T08:00:00+03:30" }) });

    expect(site.load()[0].modifiedAt).toBe("2025-12-26T08:00:00+03:30");
  });

  it("turns a single byline into a one-name list", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, byline: "Staff reporter" }) });

    expect(site.load()[0].byline).toEqual(["Staff reporter"]);
  });

  it("keeps a list of bylines as written", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, byline: ["One reporter", "Another reporter"] }) });

    expect(site.load()[0].byline).toEqual(["One reporter", "Another reporter"]);
  });

  it.each(["fa", "ps", "ar", "fa-AF"])("is written right to left in language %s", (language) => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, language }) });

    expect(site.load()[0]).toMatchObject({ language, dir: "rtl" });
  });

  it("is written left to right in a language like de", () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, language: "de" }) });

    expect(site.load()[0]).toMatchObject({ language: "de", dir: "ltr" });
  });
});

describe("unquoted YAML dates", () => {
  it("mean the same as quoted ones", () => {
    const fields = (quote: string) =>
      [
        "title: Headline",
        "standfirst: Summary.",
        `publishedAt: ${quote}2025-12-25${quote}`,
        `updatedAt: ${quote}2025-12-25T18:00:00+03:30${quote}`,
        "section: Afghanistan",
        "relatedEvents:",
        `  - date: ${quote}2023${quote}`,
        "    title: A warning",
        `  - date: ${quote}2025-09${quote}`,
        "    title: Arrests",
        `  - date: ${quote}2025-09-13${quote}`,
        "    title: A shooting",
        "",
      ].join("\n");
    const unquoted = tempSite({ "x.md": articleFile(fields("")) }).load();
    const quoted = tempSite({ "x.md": articleFile(fields("'")) }).load();

    expect(unquoted).toEqual(quoted);
    expect(unquoted[0].publishedAt).toBe("2025-12-25");
    expect(unquoted[0].timeline.map((event) => event.date.value)).toEqual(["2023", "2025-09-13", "2025-09"]);
  });
});

describe("a set of articles", () => {
  it("includes drafts, marked as drafts, so the site can leave them out", () => {
    const site = tempSite({
      "published.md": articleFile(REQUIRED_FIELDS),
      "unfinished.md": articleFile({ ...REQUIRED_FIELDS, draft: true }),
    });

    const drafts = site.load().map(({ slug, draft }) => ({ slug, draft }));
    expect(drafts).toEqual(
      expect.arrayContaining([
        { slug: "published", draft: false },
        { slug: "unfinished", draft: true },
      ]),
    );
    expect(drafts).toHaveLength(2);
  });

  it("comes newest first", () => {
    const site = tempSite({
      "a-oldest.md": articleFile({ ...REQUIRED_FIELDS, publishedAt: "2025-09-13" }),
      "b-newest.md": articleFile({ ...REQUIRED_FIELDS, publishedAt: "2025-12-26T08:00:00+03:30" }),
      "c-middle.md": articleFile({ ...REQUIRED_FIELDS, publishedAt: "2025-12-25" }),
    });

    expect(site.load().map((article) => article.slug)).toEqual(["b-newest", "c-middle", "a-oldest"]);
  });
});

describe("the timeline of related events", () => {
  const timelineOf = (relatedEvents: Record<string, unknown>[], others: Record<string, string> = {}) =>
    tempSite({ "sari-killed.md": articleFile({ ...REQUIRED_FIELDS, relatedEvents }), ...others })
      .load()
      .find((article) => article.slug === "sari-killed")!.timeline;

  it("runs oldest first, a month after the days within it", () => {
    const timeline = timelineOf([
      { date: "2025-12-24", title: "Sari is shot dead" },
      { date: "2025-09", title: "Three suspects are arrested" },
      { date: "2023", title: "Khosti's warning", approximate: true },
      { date: "2025-09-13", title: "Ghulami is shot dead" },
    ]);

    expect(timeline.map((event) => [event.date.value, event.date.precision, event.title])).toEqual([
      ["2023", "year", "Khosti's warning"],
      ["2025-09-13", "day", "Ghulami is shot dead"],
      ["2025-09", "month", "Three suspects are arrested"],
      ["2025-12-24", "day", "Sari is shot dead"],
    ]);
    expect(timeline.map((event) => event.approximate)).toEqual([true, false, false, false]);
  });

  it("marks the event the article itself reports, without a link to itself", () => {
    const timeline = timelineOf([
      { date: "2025-09-13", title: "Ghulami is shot dead" },
      { date: "2025-12-24", title: "Sari is shot dead", article: "sari-killed" },
    ]);

    expect(timeline.map(({ title, isThisArticle, href }) => ({ title, isThisArticle, href }))).toEqual([
      { title: "Ghulami is shot dead", isThisArticle: false, href: undefined },
      { title: "Sari is shot dead", isThisArticle: true, href: undefined },
    ]);
  });

  it("links an event to its published article, but not to a draft", () => {
    const timeline = timelineOf(
      [
        { date: "2025-09-13", title: "Ghulami is shot dead", article: "ghulami-killed" },
        { date: "2025-12", title: "Condemnations", article: "condemnations" },
      ],
      {
        "ghulami-killed.md": articleFile(REQUIRED_FIELDS),
        "condemnations.md": articleFile({ ...REQUIRED_FIELDS, draft: true }),
      },
    );

    expect(timeline.map(({ article, href, isThisArticle }) => ({ article, href, isThisArticle }))).toEqual([
      { article: "ghulami-killed", href: "/articles/ghulami-killed/", isThisArticle: false },
      { article: "condemnations", href: undefined, isThisArticle: false },
    ]);
  });
});
