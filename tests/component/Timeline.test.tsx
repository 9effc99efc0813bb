import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Timeline } from "@/components/Timeline";
import { launchArticle, makeArticle } from "./article-data";

afterEach(cleanup);

describe("Timeline", () => {
  it("lists the launch article's related events oldest first, each with its date at its precision", () => {
    render(<Timeline events={launchArticle().timeline} />);
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
    render(<Timeline events={launchArticle().timeline} />);
    const marker = screen.getByText("This article");
    expect(marker.closest("li")?.textContent).toContain("Ikramuddin Sari, a former Afghan police general, is shot dead");
    expect(screen.getAllByText("This article")).toHaveLength(1);
  });

  it("links an event to its page on this site, or else to its https source", () => {
    const [onThisSite, elsewhere] = makeArticle("this-story", {
      relatedEvents: [
        { date: "2025-09-13", title: "An earlier killing", article: "earlier-story" },
        { date: "2025-12-24", title: "A report elsewhere", url: "https://example.com/report" },
      ],
    }).timeline;
    render(<Timeline events={[{ ...onThisSite, href: "/articles/earlier-story/" }, elsewhere]} />);
    expect(screen.getByRole("link", { name: "An earlier killing" }).getAttribute("href")).toBe("/articles/earlier-story/");
    expect(screen.getByRole("link", { name: "A report elsewhere" }).getAttribute("href")).toBe("https://example.com/report");
  });

  it("renders nothing when there are no related events", () => {
    const { container } = render(<Timeline events={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
