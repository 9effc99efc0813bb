// What the card of a story in the editions fixture shows, as the build draws it: for the tests that
// draw it themselves, to compare with a reference or with the card a build published.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { textDirection } from "@/lib/content/language";
import { headlineCardText, type CardText } from "@/lib/publish/seo";

export function storyCard(slug: string): CardText {
  const { data } = matter(fs.readFileSync(path.join("tests/fixtures/editions/content/articles", `${slug}.md`), "utf8"));
  const language = String(data.language ?? "en");
  return headlineCardText({ title: String(data.title), section: String(data.section), language, dir: textDirection(language) });
}
