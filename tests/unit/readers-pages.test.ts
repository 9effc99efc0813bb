// Who wrote what, the archive by month, and what crawlers are told of reporters and the
// newsroom's pages: on the fixture site of tests/fixtures/readers.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/pipeline";
import { archiveMonths } from "@/lib/enrich/archive";
import { reporterPages, reporterPaths } from "@/lib/enrich/authors";
import { newsArticleJsonLd, profilePageJsonLd, publisher } from "@/lib/publish/structured-data";
import { site } from "@/lib/site";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/readers");
const { articles, authors, pages, problems } = checkContent({ contentDir: path.join(FIXTURES, "content"), publicDir: path.join(FIXTURES, "public") });
const article = (slug: string) => {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no fixture article ${slug}`);
  return found;
};

it("the fixture content has no problem", () => {
  expect(problems).toEqual([]);
});

describe("bylines and reporters", () => {
  it("finds a reporter by name or slug, whatever the case and spacing; a name without a file has no page", () => {
    const pathOf = reporterPaths(authors);
    expect(["Maryam Ahmadi", "maryam   AHMADI", "daud-karimi", "Daud Karimi", "Ghulam Nabi"].map(pathOf)).toEqual([
      "/authors/maryam-ahmadi/",
      "/authors/maryam-ahmadi/",
      "/authors/daud-karimi/",
      "/authors/daud-karimi/",
      undefined,
    ]);
  });

  it("lists every story of each reporter, newest first", () => {
    const stories = Object.fromEntries(reporterPages(authors, articles).map(({ author, stories: list }) => [author.slug, list.map((a) => a.slug)]));
    expect(stories).toEqual({ "daud-karimi": ["saffron-harvest"], "maryam-ahmadi": ["saffron-harvest", "border-traders"] });
  });

  it("makes each bylined reporter a Person with their page and profiles; a name without a file is a Person by name alone", () => {
    expect(newsArticleJsonLd(article("saffron-harvest"), { authors, pages }).author).toEqual([
      {
        "@type": "Person",
        name: "Maryam Ahmadi",
        url: `${site.url}/authors/maryam-ahmadi/`,
        sameAs: ["https://example.com/maryam-ahmadi", "https://social.example.org/@maryam"],
      },
      { "@type": "Person", name: "daud-karimi", url: `${site.url}/authors/daud-karimi/` },
      { "@type": "Person", name: "Ghulam Nabi" },
    ]);
  });

  it("describes the author page as a ProfilePage about the Person", () => {
    const maryam = authors.find((a) => a.slug === "maryam-ahmadi");
    if (!maryam) throw new Error("no fixture reporter");
    expect(profilePageJsonLd(maryam)).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: `${site.url}/authors/maryam-ahmadi/`,
      mainEntity: {
        "@type": "Person",
        "@id": `${site.url}/authors/maryam-ahmadi/#person`,
        name: "Maryam Ahmadi",
        url: `${site.url}/authors/maryam-ahmadi/`,
        jobTitle: "Kabul correspondent",
        image: `${site.url}/images/reporter-portrait.jpg`,
        sameAs: ["https://example.com/maryam-ahmadi", "https://social.example.org/@maryam"],
        worksFor: { "@id": `${site.url}/#publisher` },
      },
    });
  });
});

describe("the publisher", () => {
  it("points publishingPrinciples and the policies at the newsroom's pages this build has, and at none it lacks", () => {
    expect(publisher(pages)).toEqual({
      "@type": "NewsMediaOrganization",
      "@id": `${site.url}/#publisher`,
      name: site.name,
      url: `${site.url}/`,
      logo: `${site.url}/logo.png`,
      publishingPrinciples: `${site.url}/about/`,
      ownershipFundingInfo: `${site.url}/about/`,
      correctionsPolicy: `${site.url}/corrections/`,
    });
    expect(publisher([])).not.toHaveProperty("correctionsPolicy");
  });
});

describe("the archive", () => {
  it("groups stories by the month of their publication date as written, newest month first", () => {
    const months = archiveMonths(articles).map(({ year, month, stories }) => [year, month, stories.map((a) => a.slug)]);
    expect(months).toEqual([
      [2025, 11, ["saffron-harvest", "library-zwnj", "book-fair-arabic-letters"]],
      [2025, 10, ["border-traders"]],
      [2025, 9, ["pashto-school"]],
    ]);
  });
});
