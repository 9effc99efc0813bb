// What a reader sees of the ways into the archive: byline names linked to reporters' pages, the
// masthead's search form, and the footer's links to the newsroom's pages.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CreditLine } from "@/components/CreditLine";
import { Masthead } from "@/components/Masthead";
import { SiteFooter } from "@/components/SiteFooter";
import { labelsFor } from "@/lib/i18n/labels";
import { makeArticle } from "./article-data";

afterEach(cleanup);

const PAGES: Record<string, string> = { "Maryam Ahmadi": "/authors/maryam-ahmadi/", "مریم احمدی": "/authors/maryam-ahmadi/" };

describe("the byline", () => {
  it("links each name that has a reporter's page and leaves the others plain, in the language's list form", () => {
    const article = makeArticle("x", { byline: ["Maryam Ahmadi", "Ghulam Nabi"] });
    render(<CreditLine {...article} reporterPath={(name) => PAGES[name]} />);
    const byline = screen.getByText((_, element) => element?.className === "byline");
    expect(byline.textContent).toBe("By Maryam Ahmadi and Ghulam Nabi");
    expect(within(byline).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([["Maryam Ahmadi", "/authors/maryam-ahmadi/"]]);
  });

  it("keeps a Dari byline's own words around the linked names", () => {
    const article = makeArticle("x", { byline: ["مریم احمدی", "غلام نبی"], language: "fa-AF" });
    render(<CreditLine {...article} labels={labelsFor("fa-AF")} reporterPath={(name) => PAGES[name]} />);
    const byline = screen.getByText((_, element) => element?.className === "byline");
    expect(byline.textContent).toBe("نویسنده: مریم احمدی و غلام نبی");
    expect(within(byline).getByRole("link").textContent).toBe("مریم احمدی");
  });
});

describe("the masthead's search form", () => {
  it("is a GET to /search/ with a labelled query field, so it works without JavaScript", () => {
    render(<Masthead labels={labelsFor("en")} sections={[]} pageLang="en" />);
    const form = screen.getByRole("search");
    expect([form.getAttribute("action"), form.getAttribute("method")]).toEqual(["/search/", "get"]);
    expect(within(form).getByRole("searchbox", { name: "Search" }).getAttribute("name")).toBe("q");
    expect(within(form).getByRole("button", { name: "Search" })).toBeTruthy();
  });

  it("speaks the page's language, and leads to its edition's own search page", () => {
    render(<Masthead labels={labelsFor("ps")} sections={[]} pageLang="ps" edition="ps" />);
    const form = screen.getByRole("search");
    expect(within(form).getByRole("searchbox", { name: "لټون" })).toBeTruthy();
    expect(form.getAttribute("action")).toBe("/ps/search/");
  });
});

describe("the footer", () => {
  it("links the newsroom's pages and the archive", () => {
    const links = [
      { name: "About us", href: "/about/", lang: "en" },
      { name: "Archive", href: "/archive/", lang: "en" },
    ];
    render(<SiteFooter labels={labelsFor("en")} pageLang="en" links={links} />);
    const nav = screen.getByRole("navigation", { name: "About this site" });
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["About us", "/about/"],
      ["Archive", "/archive/"],
    ]);
  });
});
