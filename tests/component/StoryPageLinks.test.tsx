// The links under a long list, as a reader (and a screen reader) meets them.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ListingPage } from "@/components/ListingPage";
import { StoryPageLinks } from "@/components/StoryPageLinks";
import { storyPageLinks } from "@/lib/enrich/story-pages";
import { launchArticle } from "./article-data";

afterEach(cleanup);

const BASE = "/sections/afghanistan/";
const links = () => within(screen.getByRole("navigation", { name: "Pages" })).getAllByRole("link");
const described = () => links().map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("rel"), link.getAttribute("aria-current")]);

describe("StoryPageLinks", () => {
  it("on the first page, marks it as the current one and leads to the newest numbered page", () => {
    render(<StoryPageLinks links={storyPageLinks(BASE, 4)} />);
    expect(described()).toEqual([
      ["Latest stories", BASE, null, "page"],
      ["Older stories", `${BASE}page/4/`, "next", null],
    ]);
  });

  it("on a page in the middle, leads back to the latest stories, to the newer page and to the older one", () => {
    render(<StoryPageLinks links={storyPageLinks(BASE, 4, 2)} />);
    expect(described()).toEqual([
      ["Latest stories", BASE, null, null],
      ["Newer stories", `${BASE}page/3/`, "prev", null],
      ["Page 2", `${BASE}page/2/`, null, "page"],
      ["Older stories", `${BASE}page/1/`, "next", null],
    ]);
  });

  it("on the newest numbered page, has one link to the first page: the newer stories are there", () => {
    render(<StoryPageLinks links={storyPageLinks(BASE, 4, 4)} />);
    expect(described()).toEqual([
      ["Newer stories", BASE, "prev", null],
      ["Page 4", `${BASE}page/4/`, null, "page"],
      ["Older stories", `${BASE}page/3/`, "next", null],
    ]);
  });

  it("on the oldest page, has no older link", () => {
    render(<StoryPageLinks links={storyPageLinks(BASE, 4, 1)} />);
    expect(described().map(([name]) => name)).toEqual(["Latest stories", "Newer stories", "Page 1"]);
  });

  it("is left out when the list fits on one page", () => {
    const { container } = render(<StoryPageLinks links={storyPageLinks(BASE, 0)} />);
    expect(container.innerHTML).toBe("");
  });

  it("speaks Dari on a Dari page, with Persian digits, newer before older so that it reads from the right", () => {
    render(<StoryPageLinks links={storyPageLinks("/fa/sections/افغانستان/", 12, 11)} pageLang="fa" />);
    const nav = screen.getByRole("navigation", { name: "صفحه‌ها" });
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("rel")])).toEqual([
      ["تازه‌ترین گزارش‌ها", null],
      ["گزارش‌های تازه‌تر", "prev"],
      ["صفحهٔ ۱۱", null],
      ["گزارش‌های پیشین", "next"],
    ]);
  });

  it("speaks Pashto on a Pashto page", () => {
    render(<StoryPageLinks links={storyPageLinks("/ps/sections/افغانستان/", 3, 3)} pageLang="ps" />);
    const nav = screen.getByRole("navigation", { name: "مخونه" });
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["نوي راپورونه", "۳ مخ", "پخواني راپورونه"]);
  });
});

describe("ListingPage with pages", () => {
  it("puts the page links after the stories", () => {
    const { container } = render(<ListingPage title="Afghanistan, page 2" articles={[launchArticle()]} pages={storyPageLinks(BASE, 2, 2)} />);
    expect(container.querySelector(".article-list + nav.story-pages")).not.toBeNull();
    expect(links().map((link) => link.textContent)).toEqual(["Newer stories", "Page 2", "Older stories"]);
  });
});
