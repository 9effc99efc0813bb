// A live story's markdown (its summary and each update's text) under the same allow-list as a
// body, as HTML. An update is itself one entry under the page's heading, so it has no subheadings:
// its headline is its title.
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { renderBody, type BodyProblem } from "./markdown";

export function renderLiveText(markdown: string): { html: string; problems: BodyProblem[] } {
  const { sections, problems } = renderBody(markdown);
  const subheading = sections.some((section) => section.heading);
  return {
    html: sections.map((section) => section.html).join(""),
    problems: subheading ? [...problems, { message: "has a '## ' subheading: an update has none; put its title in headline:" }] : problems,
  };
}

/** The words alone, a paragraph a line apart, for the structured data search engines read. */
export function liveTextWords(markdown: string): string {
  return remark()
    .parse(markdown)
    .children.map((block) => toString(block).trim())
    .filter((words) => words !== "")
    .join("\n\n");
}
