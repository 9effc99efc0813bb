import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleList } from "@/components/ArticleList";
import { launchArticle, makeArticle } from "./article-data";

afterEach(cleanup);

describe("ArticleList", () => {
  it("lists each article as a headline linking to its page, with its summary and date", () => {
    const older = makeArticle("older-story", { title: "An older story", publishedAt: "2025-09-14" });
    render(<ArticleList articles={[launchArticle(), older]} />);
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const link = within(items[0]).getByRole("link", { name: "Second anti-Taliban commander killed in Iran in under four months" });
    expect(link.getAttribute("href")).toBe("/articles/second-anti-taliban-commander-killed-in-iran/");
    expect(within(items[0]).getByRole("heading", { level: 2 })).toBeTruthy();
    expect(within(items[1]).getByText("14 September 2025").getAttribute("datetime")).toBe("2025-09-14");
    expect(within(items[1]).getByText("A summary.")).toBeTruthy();
  });

  it("marks a story in another language so screen readers switch voice", () => {
    render(<ArticleList articles={[{ ...makeArticle("dari", { language: "fa" }), dir: "rtl" }]} />);
    const item = screen.getByRole("listitem");
    expect(item.getAttribute("lang")).toBe("fa");
    expect(item.getAttribute("dir")).toBe("rtl");
  });

  it("marks a live story while its coverage is open, and not once it has ended", () => {
    const live = (slug: string, ended?: string) =>
      makeArticle(slug, { publishedAt: "2026-12-02T08:00:00+04:30", live: { summary: "The crossing is closed.", ...(ended && { ended }) } });
    render(<ArticleList articles={[live("open-coverage"), live("ended-coverage", "2026-12-02T18:00:00+04:30"), makeArticle("plain", {})]} />);
    const marks = screen.getAllByRole("listitem").map((item) => item.querySelector(".live-label")?.textContent ?? "");
    expect(marks).toEqual(["Live", "", ""]);
  });

  it("says so when nothing is published yet", () => {
    render(<ArticleList articles={[]} />);
    expect(screen.getByText("No articles have been published yet.")).toBeTruthy();
  });
});
