// Renders an article body: markdown to sanitised HTML, split into sections at each `## ` heading.
// Sanitising (remark-html's default, GitHub's allow-list) drops raw HTML, scripts, event handlers
// and javascript: links, so nothing an editor pastes can run in a reader's browser.
import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";

export interface BodySection {
  /** Absent for the lead: the paragraphs before the first subheading. */
  heading?: { text: string; id: string };
  html: string;
}

export interface BodyProblem {
  /** Line within the body, counting from 1. */
  line?: number;
  message: string;
}

// Ids the page itself uses; a subheading that slugs to one of them gets a suffix instead.
const PAGE_IDS = ["main-content", "related-events", "corrections", "topics"];

const processor = remark().use(remarkHtml);

export function renderBody(markdown: string): { sections: BodySection[]; problems: BodyProblem[] } {
  const tree = processor.parse(markdown);
  const problems: BodyProblem[] = [];
  if (tree.children.length === 0) problems.push({ line: 1, message: "the body is empty: write the article below the closing ---" });

  const slugger = new GithubSlugger();
  PAGE_IDS.forEach((id) => slugger.slug(id));

  const groups: { heading?: BodySection["heading"]; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      const text = toString(node).trim();
      const line = node.position?.start.line;
      if (node.depth === 1) {
        problems.push({ line, message: "a '# ' heading would be a second headline: use '## ' for a subheading" });
      } else if (text === "") {
        problems.push({ line, message: "empty subheading: write its words after '## ', or delete the line" });
      } else {
        groups.push({ heading: { text, id: slugger.slug(text) }, nodes: [] });
      }
      continue;
    }
    groups[groups.length - 1].nodes.push(node);
  }

  const sections = groups
    .filter((group) => group.heading || group.nodes.length > 0)
    .map(({ heading, nodes }) => ({
      ...(heading && { heading }),
      html: processor.stringify({ type: "root", children: nodes } satisfies Root),
    }));
  return { sections, problems };
}
