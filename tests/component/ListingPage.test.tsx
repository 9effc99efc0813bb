import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ListingPage } from "@/components/ListingPage";
import { launchArticle } from "./article-data";

afterEach(cleanup);

describe("ListingPage", () => {
  it("points readers to every section for the stories a front page leaves out", () => {
    const sections = [
      { name: "World", href: "/sections/world/", lang: "en" },
      { name: "افغانستان", href: "/sections/افغانستان/", lang: "fa" },
    ];
    render(<ListingPage title="Latest reporting" articles={[launchArticle()]} olderBySection={sections} />);
    const nav = screen.getByRole("navigation", { name: "Older reporting, by section" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("lang")])).toEqual([
      ["World", "/sections/world/", null],
      ["افغانستان", "/sections/افغانستان/", "fa"],
    ]);
  });

  it("has no such links where it lists every story", () => {
    render(<ListingPage title="World" articles={[launchArticle()]} />);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});
