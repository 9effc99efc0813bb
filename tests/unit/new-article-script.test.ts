// `npm run new -- "Headline"`, run as an editor runs it: a draft with every field stubbed, at an
// address made from the headline, that the check accepts (with warnings) and that never
// overwrites an existing article.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "@/lib/content/template";
import { articleFile, checkSite, lineOf, printedPath, REQUIRED_FIELDS, ROOT, runScript, tempSite, type TempSite } from "./helpers";

const newArticle = (site: TempSite, ...args: string[]) => runScript("new-article.ts", args, site);
const articlePath = (site: TempSite, slug: string) => path.join(site.contentDir, "articles", `${slug}.md`);
const filesIn = (site: TempSite) => fs.readdirSync(path.join(site.contentDir, "articles")).sort();

// Each test runs the scripts in their own processes, so they run side by side.
describe.concurrent("npm run new", { timeout: 60_000 }, () => {
  it.for([
    ["plain words", "Kabul airport reopens", "kabul-airport-reopens"],
    ["curly quotes and a colon", "Taliban “assassinations”: what we know", "taliban-assassinations-what-we-know"],
    ["apostrophes, straight and curly", "Sari’s killing and Iran's silence", "saris-killing-and-irans-silence"],
    ["accents", "Café attack in Herāt", "cafe-attack-in-herat"],
  ])("makes the address from a headline with %s", async ([, headline, slug], { onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    const run = await newArticle(site, headline);
    expect(run.stdout).toBe(`Created ${printedPath(site, `${slug}.md`)} as a draft. Preview it with npm run dev.\n`);
    expect(run.status).toBe(0);
    expect(filesIn(site)).toEqual([`${slug}.md`]);
    // The headline is kept exactly as typed, quotes and colon included.
    expect(checkSite(site).articles).toEqual([expect.objectContaining({ slug, title: headline, status: "draft" })]);
  });

  it("keeps a headline long enough to be wrapped in the file", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);
    const headline = "A very long headline about the killing of an anti-Taliban commander in Iran: what it means for exiles there";

    expect((await newArticle(site, headline)).status).toBe(0);
    expect(checkSite(site).articles[0].title).toBe(headline);
  });

  it("makes a draft dated today, with every optional field there to uncomment", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);
    await newArticle(site, "Kabul airport reopens");

    const text = fs.readFileSync(articlePath(site, "kabul-airport-reopens"), "utf8");
    const { publishedAt, status } = checkSite(site).articles[0];
    expect(status).toBe("draft");
    expect(text).toMatch(/^draft: true/m);
    expect(publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(publishedAt) - Date.now())).toBeLessThan(2 * 86_400_000);
    for (const field of ["byline:", "source:", "location:", "language:", "translationKey:", "updatedAt:", "image:", "relatedEvents:", "corrections:", "live:", "updates:"]) {
      expect(text).toMatch(new RegExp(`^# ${field}`, "m"));
    }
    // It names the guide where the guide is.
    const guide = /^# .*?(\S+\.md) \("Editors' guide"\)/m.exec(text)?.[1];
    expect(guide).toBe("docs/editors-guide.md");
    expect(fs.existsSync(path.join(ROOT, guide ?? ""))).toBe(true);

    // The check passes it, with a warning for each thing still to fill in.
    const file = printedPath(site, "kabul-airport-reopens.md");

    const run = await runScript("check.ts", [], site);
    expect(run.stderr.split("\n")).toEqual([
      `${file}:${lineOf(text, "standfirst:")}: standfirst: warning: still the template's placeholder: write the summary`,
      `${file}:${lineOf(text, "tags:")}: tags: warning: no tags: add a few, like [Taliban, Iran], so readers find related stories`,
      `${file}:${lineOf(text, PLACEHOLDERS.body[0])}: body: warning: still the template's placeholder text: write the article`,
      "",
    ]);
    expect(run.stdout).toMatch(/^Checked 1 article \(0 to publish, 1 drafts?, 0 scheduled\): 0 errors and 3 warnings in 1 file; warnings do not stop the build\.\n$/);
    expect(run.status).toBe(0);
  });

  it("makes a draft that cannot be published before its placeholders are replaced", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);
    await newArticle(site, "Kabul airport reopens");
    const file = articlePath(site, "kabul-airport-reopens");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^draft: true.*\n/m, ""));

    const run = await runScript("check.ts", [], site);
    expect(run.stderr).toContain("standfirst: still the template's placeholder: write the summary");
    expect(run.stderr).toContain("body: still the template's placeholder text: write the article");
    expect(run.stdout).toMatch(/2 errors and 1 warning in 1 file; fix the errors to publish\.\n$/);
    expect(run.status).toBe(1);
  });

  it("refuses to overwrite an existing article, and leaves it unchanged", async ({ onTestFinished }) => {
    const existing = articleFile(REQUIRED_FIELDS);
    const site = tempSite({ "kabul-airport-reopens.md": existing }, onTestFinished);

    const run = await newArticle(site, "Kabul airport reopens");
    expect(run.stderr).toBe(
      `${printedPath(site, "kabul-airport-reopens.md")} already exists: nothing was changed. Pick another headline or --slug.\n`,
    );
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
    expect(fs.readFileSync(articlePath(site, "kabul-airport-reopens"), "utf8")).toBe(existing);
  });

  it("asks for --slug when the headline has no Latin letters", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    const run = await newArticle(site, "ترور معروف غلامی در مشهد");
    expect(run.stderr).toBe("The headline has no Latin letters to make an address from: add --slug, e.g. --slug kabul-airport-reopens\n");
    expect(run.status).toBe(1);
    expect(filesIn(site)).toEqual([]);
  });

  it("asks for the address when --slug is given without one", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    const run = await newArticle(site, "Kabul airport reopens", "--slug");
    expect(run.stderr).toBe("--slug needs the address after it, e.g. --slug kabul-airport-reopens\n");
    expect(run.status).toBe(1);
    expect(filesIn(site)).toEqual([]);
  });

  it("uses --slug for the address, keeping the headline as written", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);
    const headline = "ترور معروف غلامی در مشهد";

    const run = await newArticle(site, headline, "--slug", "ghulami-killed-in-mashhad");
    expect(run.status).toBe(0);
    expect(filesIn(site)).toEqual(["ghulami-killed-in-mashhad.md"]);
    expect(checkSite(site).articles[0]).toMatchObject({ slug: "ghulami-killed-in-mashhad", title: headline });
  });

  it("accepts --slug before the headline too", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    expect((await newArticle(site, "--slug", "airport", "Kabul airport reopens")).status).toBe(0);
    expect(filesIn(site)).toEqual(["airport.md"]);
  });

  it("refuses a --slug that cannot be an address, saying what an address is", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    const run = await newArticle(site, "Kabul airport reopens", "--slug", "Kabul Airport");
    expect(run.stderr).toBe('"Kabul Airport" cannot be an address: use lowercase letters, digits and single hyphens, e.g. --slug kabul-airport-reopens\n');
    expect(run.status).toBe(1);
    expect(filesIn(site)).toEqual([]);
  });

  it("asks for a headline when given none", async ({ onTestFinished }) => {
    const site = tempSite({}, onTestFinished);

    const run = await newArticle(site);
    expect(run.stderr).toMatch(/^Give the headline: npm run new -- "Headline here"/);
    expect(run.status).toBe(1);
    expect(filesIn(site)).toEqual([]);
  });
});
