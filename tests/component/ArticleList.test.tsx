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

  it("says so when nothing is published yet", () => {
    render(<ArticleList articles={[]} />);
    expect(screen.getByText("No articles have been published yet.")).toBeTruthy();
  });
});
