import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OtherVersions } from "@/components/OtherVersions";
import type { ArticleVersion } from "@/lib/content/article";
import { labelsFor } from "@/lib/i18n/labels";

afterEach(cleanup);

const VERSIONS: ArticleVersion[] = [
  { slug: "story", language: "en", edition: "en", href: "/articles/story/", publishedAt: "2025-11-03" },
  { slug: "story-dari", language: "fa-AF", edition: "fa", href: "/articles/story-dari/", publishedAt: "2025-11-04" },
  { slug: "story-pashto", language: "ps", edition: "ps", href: "/articles/story-pashto/", publishedAt: "2025-11-05" },
];

describe("OtherVersions", () => {
  it('says "Also in: دری · پښتو", each linking to its version, marked with its lang and hreflang', () => {
    const { container } = render(<OtherVersions versions={VERSIONS} slug="story" labels={labelsFor("en")} />);
    expect(container.textContent).toBe("Also in: دری · پښتو");
    const dari = screen.getByRole("link", { name: "دری" });
    expect([dari.getAttribute("href"), dari.getAttribute("lang"), dari.getAttribute("hreflang")]).toEqual(["/articles/story-dari/", "fa-AF", "fa-AF"]);
    // Each name in its own direction, so two right-to-left names keep their order on a left-to-right page.
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("dir"))).toEqual(["rtl", "rtl"]);
  });

  it("speaks the article's language", () => {
    const { container } = render(<OtherVersions versions={VERSIONS} slug="story-pashto" labels={labelsFor("ps")} />);
    expect(container.textContent).toBe("په نورو ژبو: English · دری");
  });

  it("shows nothing for a story with no other version", () => {
    const { container } = render(<OtherVersions versions={[]} slug="story" labels={labelsFor("en")} />);
    expect(container.textContent).toBe("");
  });
});
