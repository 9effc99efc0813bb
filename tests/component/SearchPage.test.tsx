// Each edition's search page speaks its language (its heading, its form, the words its script
// writes), and its form sends the query to the page itself.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SearchPage } from "@/components/SearchPage";
import { labelsFor } from "@/lib/i18n/labels";

afterEach(cleanup);

describe("the Dari edition's search page", () => {
  it("is in Dari, and its form searches from /fa/search/", () => {
    const { container } = render(
      <SearchPage labels={labelsFor("fa")} lang="fa" path="/fa/search/" sections={[{ name: "افغانستان", href: "/fa/sections/افغانستان/", lang: "fa" }]} topics={[]} />,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("جستجو");
    const form = screen.getByRole("search", { name: "جستجو" });
    expect([form.getAttribute("action"), form.getAttribute("method")]).toEqual(["/fa/search/", "get"]);
    expect(within(form).getByRole("searchbox", { name: "جستجو" }).getAttribute("name")).toBe("q");
    expect(container.querySelector("#search-results")?.getAttribute("data-none")).toBe(labelsFor("fa").search.none);
  });
});
