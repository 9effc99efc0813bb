import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Timeline } from "@/components/Timeline";
import { launchArticle, makeArticle, publishedArticle } from "./article-data";

afterEach(cleanup);

const GHULAMI = "maroof-ghulami-shot-dead-in-mashhad";

describe("Timeline", () => {
  it("lists the launch article's related events oldest first, each with its date at its precision", () => {
    render(<Timeline events={launchArticle().timeline} mentionedIn={[]} />);
    const list = within(screen.getByRole("complementary", { name: "Related events" })).getByRole("list");
    const times = within(list)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("time"));
    expect(times.map((time) => [time?.getAttribute("datetime"), time?.textContent])).toEqual([
      ["2021-08-15", "15 August 2021"],
      ["2023", "about 2023"],
      ["2025-09-13", "13 September 2025"],
      ["2025-09", "September 2025"],
      ["2025-12-24", "24 December 2025"],
      ["2025-12", "December 2025"],
    ]);
  });

  it("marks the article's own event", () => {
    render(<Timeline events={launchArticle().timeline} mentionedIn={[]} />);
    const marker = screen.getByText("This article");
    expect(marker.closest("li")?.textContent).toContain("Ikramuddin Sari, a former Afghan police general, is shot dead");
    expect(screen.getAllByText("This article")).toHaveLength(1);
  });

  it("links an event to the article about it on this site", () => {
    render(<Timeline events={launchArticle().timeline} mentionedIn={[]} />);
    const link = screen.getByRole("link", { name: "Maroof Ghulami, a figure close to Ismail Khan, is shot dead" });
    expect(link.getAttribute("href")).toBe(`/articles/${GHULAMI}/`);
    expect(link.getAttribute("rel")).toBeNull();
  });

  it("links an event to its https source elsewhere", () => {
    const { timeline } = makeArticle("report", { relatedEvents: [{ date: "2025-12-24", title: "A report elsewhere", url: "https://example.com/report" }] });
    render(<Timeline events={timeline} mentionedIn={[]} />);
    const link = screen.getByRole("link", { name: "A report elsewhere" });
    expect(link.getAttribute("href")).toBe("https://example.com/report");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("names the articles whose timelines include this one", () => {
    const ghulami = publishedArticle(GHULAMI);
    render(<Timeline events={ghulami.timeline} mentionedIn={ghulami.mentionedIn} />);
    const mention = screen.getByText(/^Also in the timeline of/);
    expect(within(mention).getByRole("link", { name: "Second anti-Taliban commander killed in Iran in under four months" }).getAttribute("href")).toBe(
      "/articles/second-anti-taliban-commander-killed-in-iran/",
    );
  });

  it("renders nothing when there are no related events and no mentions", () => {
    const { container } = render(<Timeline events={[]} mentionedIn={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
