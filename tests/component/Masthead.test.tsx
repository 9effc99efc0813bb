import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Masthead } from "@/components/Masthead";
import { SiteFooter } from "@/components/SiteFooter";
import { labelsFor } from "@/lib/i18n/labels";
import { editionLinks } from "@/lib/publish/navigation";

afterEach(cleanup);

const SECTIONS = [
  { name: "Afghanistan", href: "/sections/afghanistan/", lang: "en" },
  { name: "افغانستان", href: `/sections/${encodeURIComponent("افغانستان")}/`, lang: "fa-AF" },
];

describe("Masthead", () => {
  it("links the site's name home and every section from its navigation", () => {
    render(<Masthead labels={labelsFor("en")} sections={SECTIONS} pageLang="en" />);
    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("link", { name: "The Frontier Dispatch" }).getAttribute("href")).toBe("/");
    const nav = within(banner).getByRole("navigation", { name: "Sections" });
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual(SECTIONS.map((s) => [s.name, s.href]));
  });

  it("marks each name in another language than the page's, so screen readers switch voice", () => {
    render(<Masthead labels={labelsFor("en")} sections={SECTIONS} pageLang="en" />);
    expect(screen.getByRole("link", { name: "Afghanistan" }).getAttribute("lang")).toBeNull();
    expect(screen.getByRole("link", { name: "افغانستان" }).getAttribute("lang")).toBe("fa-AF");
    cleanup();

    render(<Masthead labels={labelsFor("fa-AF")} sections={SECTIONS} pageLang="fa-AF" />);
    expect(screen.getByRole("link", { name: "The Frontier Dispatch" }).getAttribute("lang")).toBe("en");
    expect(screen.getByRole("navigation", { name: "بخش‌ها" })).toBeTruthy();
    expect(screen.getByText("گزارش‌هایی از افغانستان و منطقه")).toBeTruthy();
  });

  it("links every edition by its own name, marked with its language, and the site's name to the page's edition", () => {
    render(<Masthead labels={labelsFor("ps")} sections={[]} pageLang="ps" edition="ps" editions={editionLinks(["en", "fa", "ps"])} />);
    expect(screen.getByRole("link", { name: "The Frontier Dispatch" }).getAttribute("href")).toBe("/ps/");
    const links = within(screen.getByRole("navigation", { name: "نسخې" })).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("hreflang"), link.getAttribute("lang")])).toEqual([
      ["English", "/", "en", "en"],
      ["دری", "/fa/", "fa", "fa"],
      ["پښتو", "/ps/", "ps", null],
    ]);
  });

  it("lists no editions on a site with one", () => {
    expect(editionLinks(["en"])).toEqual([]);
  });

  it("has no navigation before any section has a story", () => {
    render(<Masthead labels={labelsFor("en")} sections={[]} pageLang="en" />);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});

describe("SiteFooter", () => {
  it("credits the original publishers, in the page's language", () => {
    render(<SiteFooter labels={labelsFor("fa")} pageLang="fa" />);
    const footer = screen.getByRole("contentinfo");
    expect(footer.textContent).toContain("گزارش‌ها به نشر کنندگان اصلی");
    expect(within(footer).getByText("The Frontier Dispatch").getAttribute("lang")).toBe("en");
  });
});
