import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { Corrections } from "@/components/Corrections";
import { PreviewBanner } from "@/components/PreviewBanner";
import { Topics } from "@/components/Topics";
import { launchArticle, makeArticle } from "./article-data";

afterEach(cleanup);

describe("PreviewBanner", () => {
  it("tells an editor a draft is not on the site, and how to publish it", () => {
    render(<PreviewBanner status="draft" publishedAt="2025-12-25" />);
    expect(screen.getByRole("status").textContent).toBe("Draft: not on the site. Delete draft: true to publish it.");
  });

  it("tells an editor when a scheduled article will publish", () => {
    render(<PreviewBanner status="scheduled" publishedAt="2099-01-01T06:00:00+04:30" />);
    expect(screen.getByRole("status").textContent).toContain("Scheduled: left out of the site until 1 January 2099");
  });

  it("shows nothing on a published article", () => {
    const { container } = render(<PreviewBanner status="published" publishedAt="2025-12-25" />);
    expect(container.innerHTML).toBe("");
  });
});

describe("Corrections", () => {
  const corrected = () =>
    makeArticle("corrected", {
      publishedAt: "2025-11-03",
      corrections: [
        { date: "2025-11-04", text: "An earlier version gave the wrong length for the closure." },
        { date: "2025-11-06", text: "An earlier version misnamed the crossing." },
      ],
    });

  it("lists corrections newest first, each dated", () => {
    render(<Corrections corrections={corrected().corrections} />);
    const region = screen.getByRole("region", { name: "Corrections" });
    expect(within(region).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "6 November 2025: An earlier version misnamed the crossing.",
      "4 November 2025: An earlier version gave the wrong length for the closure.",
    ]);
    expect(within(region).getAllByRole("listitem")[0].querySelector("time")?.getAttribute("datetime")).toBe("2025-11-06");
  });

  it("links from the credit line to the corrections, dated by the latest", () => {
    render(<Article article={corrected()} />);
    const link = screen.getByRole("link", { name: "Corrected" });
    expect(link.getAttribute("href")).toBe("#corrections");
    expect(link.parentElement?.textContent).toBe("Corrected 6 November 2025");
    expect(screen.getByRole("heading", { name: "Corrections" }).id).toBe("corrections");
  });

  it("shows nothing for an article never corrected", () => {
    render(<Article article={launchArticle()} />);
    expect(screen.queryByRole("region", { name: /Correction/ })).toBeNull();
    expect(screen.queryByRole("link", { name: "Corrected" })).toBeNull();
  });
});

describe("Topics and section", () => {
  it("links each tag to its page, whatever its script or spelling", () => {
    render(<Topics tags={["Human rights", "طالبان"]} />);
    const nav = screen.getByRole("navigation", { name: "More on these topics" });
    expect(within(nav).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/tags/human-rights/",
      `/tags/${encodeURIComponent("طالبان")}/`,
    ]);
  });

  it("links the article's section from above the headline", () => {
    render(<Article article={launchArticle()} />);
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Afghanistan" }).getAttribute("href")).toBe("/sections/afghanistan/");
  });
});
