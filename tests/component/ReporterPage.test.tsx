// A reporter's page as a reader meets it: who they are on the first page, then their stories,
// and the older stories on numbered pages that name the reporter and list the stories only.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { ReporterPage } from "@/components/ReporterPage";
import type { Author } from "@/lib/content/newsroom-files";
import { storyPageLinks, storyPages } from "@/lib/enrich/story-pages";
import { renderBody } from "@/lib/render/markdown";
import { makeArticle } from "./article-data";

afterEach(cleanup);

const BASE = "/authors/farida-noori/";
const author: Author = {
  slug: "farida-noori",
  name: "Farida Noori",
  role: "Kabul correspondent",
  links: ["https://example.org/@farida"],
  bio: renderBody("Farida Noori has reported from Kabul since 2019.").sections,
};
const stories = Array.from({ length: 50 }, (_, index) => makeArticle(`story-${index}`, { title: `Story ${index}`, publishedAt: `2025-01-${String((index % 28) + 1).padStart(2, "0")}` }));
const pages = storyPages(stories);

it("opens with who the reporter is, their profiles and their newest stories, then leads to the older ones", () => {
  render(<ReporterPage author={author} stories={pages[0].items} pages={storyPageLinks(BASE, pages.length - 1)} />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Farida Noori");
  expect(screen.getByText("Kabul correspondent")).toBeTruthy();
  expect(screen.getByText("Farida Noori has reported from Kabul since 2019.")).toBeTruthy();
  expect(screen.getByRole("link", { name: "example.org" }).getAttribute("href")).toBe("https://example.org/@farida");
  expect(screen.getByRole("heading", { name: "Stories by Farida Noori" })).toBeTruthy();
  expect(screen.getAllByRole("article")).toHaveLength(pages[0].items.length);
  const older = within(screen.getByRole("navigation", { name: "Pages" })).getByRole("link", { name: "Older stories" });
  expect(older.getAttribute("href")).toBe(`${BASE}page/1/`);
});

it("on a numbered page, names the reporter and the page, lists that page's stories, and has no bio", () => {
  render(<ReporterPage author={author} stories={pages[1].items} pages={storyPageLinks(BASE, pages.length - 1, 1)} />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Farida Noori, page 1");
  expect(screen.queryByText("Farida Noori has reported from Kabul since 2019.")).toBeNull();
  expect(screen.getAllByRole("article")).toHaveLength(30);
  expect(screen.queryByRole("heading", { name: "Stories by Farida Noori" })).toBeNull();
  const newer = within(screen.getByRole("navigation", { name: "Pages" })).getByRole("link", { name: "Newer stories" });
  expect(newer.getAttribute("href")).toBe(BASE);
});
