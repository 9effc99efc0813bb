// A live story's markdown (its summary and each update's text) under the same allow-list as a
// body, as HTML. An update is itself one entry under the page's heading, so it has no subheadings:
// its headline is its title.
import { renderBody, type BodyProblem } from "./markdown";

export function renderLiveText(markdown: string): { html: string; problems: BodyProblem[] } {
  const { sections, problems } = renderBody(markdown);
  const subheading = sections.some((section) => section.heading);
  return {
    html: sections.map((section) => section.html).join(""),
    problems: subheading ? [...problems, { message: "has a '## ' subheading: an update has none; put its title in headline:" }] : problems,
  };
}
