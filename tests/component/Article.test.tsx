import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { launchArticle, makeArticle } from "./article-data";

afterEach(cleanup);

describe("Article", () => {
  it("shows the launch article's headline as the one level-1 heading, then its standfirst", () => {
    const article = launchArticle();
    render(<Article article={article} />);
    const headings = screen.getAllByRole("heading", { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0].textContent).toBe("Second anti-Taliban commander killed in Iran in under four months");
    expect(screen.getByText(/^A second former Afghan security commander opposed to the Taliban/).tagName).toBe("P");
  });

  it("credits the source with a link and dates the article with a machine-readable time", () => {
    render(<Article article={launchArticle()} />);
    const credit = screen.getByRole("link", { name: "Afghanistan International" });
    expect(credit.getAttribute("href")).toBe("https://www.afintl.com/en");
    expect(credit.getAttribute("rel")).toBe("noopener noreferrer");
    const published = screen.getByText("25 December 2025");
    expect(published.tagName).toBe("TIME");
    expect(published.getAttribute("datetime")).toBe("2025-12-25");
    expect(within(screen.getByRole("banner")).getByText("Tehran")).toBeTruthy();
    expect(screen.queryByText(/^Updated/)).toBeNull();
  });

  it("shows the updated date only when there is one", () => {
    render(<Article article={makeArticle("updated", { updatedAt: "2025-12-26T08:00:00+03:30", byline: ["Ana Reyes", "Omar Said"] })} />);
    const updated = screen.getByText("26 December 2025");
    expect(updated.getAttribute("datetime")).toBe("2025-12-26T08:00:00+03:30");
    expect(updated.parentElement?.textContent).toBe("Updated 26 December 2025");
    expect(screen.getByText("By Ana Reyes and Omar Said")).toBeTruthy();
  });

  it("puts each subheading's paragraphs in a section labelled by an h2 with a linkable id", () => {
    render(<Article article={launchArticle()} />);
    const sections = screen.getAllByRole("region");
    expect(sections.map((section) => within(section).getByRole("heading", { level: 2 }).id)).toEqual([
      "talibans-extraterritorial-assassinations",
      "calls-for-accountability",
    ]);
    expect(within(sections[1]).getByText(/^The National Resistance Front of Afghanistan/)).toBeTruthy();
  });

  it("keeps the lead paragraphs before the first subheading outside any section", () => {
    render(<Article article={launchArticle()} />);
    const lead = screen.getByText(/^On Wednesday, former Afghan police general Ikramuddin Sari/);
    expect(lead.closest("section")).toBeNull();
    expect(lead.closest("article")).not.toBeNull();
  });

  it("places the timeline after the body, as a complementary landmark", () => {
    const { container } = render(<Article article={launchArticle()} />);
    const aside = screen.getByRole("complementary", { name: "Related events" });
    const body = container.querySelector(".article-body");
    expect(body?.compareDocumentPosition(aside)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
