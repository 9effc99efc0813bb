// Renders an article body: markdown to sanitised HTML (remark, remark-html), split into sections at
// each `## ` heading. HTML typed into the body is dropped, never passed on, and what markdown
// itself makes is held to BODY_HTML, an allow-list of the elements, attributes and URL schemes
// markdown produces, so nothing an editor pastes can run in a reader's browser, whatever the
// markdown parser lets through.
import GithubSlugger from "github-slugger";
import type { Element } from "hast";
import type { Schema } from "hast-util-sanitize";
import type { Root, RootContent } from "mdast";
import { defaultHandlers, type Handlers } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { z } from "zod";
import remarkHtml from "remark-html";
import { linkRel } from "./external-links";

export const bodySectionSchema = z.object({
  /** Absent for the lead: the paragraphs before the first subheading. */
  heading: z.object({ text: z.string(), id: z.string() }).optional(),
  html: z.string(),
});
export type BodySection = z.infer<typeof bodySectionSchema>;

export interface BodyProblem {
  /** Line within the body, counting from 1. */
  line?: number;
  message: string;
}

// Ids the page itself uses; a subheading that slugs to one of them gets a suffix instead.
const PAGE_IDS = ["main-content", "related-events", "corrections", "topics", "share-label", "what-we-know", "live-updates"];

/**
 * GitHub's rules (hast-util-sanitize's default) narrowed to what markdown writes: no element that
 * can run, embed or submit anything (script, style, iframe, object, embed, form, base, svg...),
 * no event handlers or style attributes, links only to web and mail addresses, and images only
 * from https or this site (never data: or javascript:).
 */
const BODY_HTML: Schema = {
  tagNames: ["p", "br", "hr", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img"],
  attributes: {
    // rel is never the editor's (markdown cannot write it): LINK_HANDLERS sets it.
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    code: [["className", /^language-[\w-]+$/]],
  },
  protocols: { href: ["http", "https", "mailto"], src: ["https"] },
  ancestors: { li: ["ol", "ul"] },
  clobber: ["id", "name"],
  clobberPrefix: "user-content-",
  strip: ["script", "style"],
};

// An address with a scheme (javascript:, data:) that BODY_HTML refuses for images; a path has none.
const refusedImageSource = (url: string) => /^[^/?#]*:/.test(url) && !/^https:/i.test(url);

/**
 * What the allow-list alone would leave wrong for readers, fixed as markdown becomes HTML: links
 * to other sites get their rel; an image whose address is refused is left out rather than kept
 * as an empty <img>; and a "#" after the first in a link, which no URL can have, is written %23.
 */
const LINK_HANDLERS: Partial<Handlers> = {
  link(state, node) {
    const element = defaultHandlers.link(state, node);
    const href = element.properties.href;
    if (typeof href === "string") {
      const hash = href.indexOf("#");
      if (hash >= 0) element.properties.href = href.slice(0, hash + 1) + href.slice(hash + 1).replaceAll("#", "%23");
      const rel = linkRel(href);
      if (rel) element.properties.rel = rel.split(" ");
    }
    return element;
  },
  image(state, node): Element | undefined {
    return refusedImageSource(node.url) ? undefined : defaultHandlers.image(state, node);
  },
};

const processor = remark().use(remarkHtml, { sanitize: BODY_HTML, handlers: LINK_HANDLERS });

// Markdown's parser slows down with the square of a paragraph's unclosed brackets, and recurses
// once per level of quotes or lists: both limits are far beyond any real article, and keep a
// pasted mess from stalling the build or overflowing the stack.
const MAX_BLOCK_CHARACTERS = 20_000;
// Levels of markup: a list item's paragraph is three (list, item, paragraph), a quote's two.
const MAX_NESTING = 32;

/** Blocks (text between blank lines) too long to parse quickly, by the line each starts on. */
function overlongBlocks(markdown: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let line = 1;
  for (const block of markdown.split(/(\n[ \t]*\n)/)) {
    if (block.length > MAX_BLOCK_CHARACTERS && block.trim() !== "") {
      problems.push({
        line,
        message: `a paragraph of ${block.length} characters, over the ${MAX_BLOCK_CHARACTERS} a paragraph may be: was something pasted in by mistake? Break it up with blank lines`,
      });
    }
    line += block.split("\n").length - 1;
  }
  return problems;
}

/** The deepest nesting in the tree, counted without recursion, so that it cannot overflow itself. */
function nestingDepth(tree: Root): number {
  let deepest = 0;
  const stack: { node: Root | RootContent; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    deepest = Math.max(deepest, entry.depth);
    if ("children" in entry.node) for (const child of entry.node.children) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return deepest;
}

function parseBody(markdown: string): { tree?: Root; problems: BodyProblem[] } {
  const tooLong = overlongBlocks(markdown);
  if (tooLong.length > 0) return { problems: tooLong };
  const tooDeep = { problems: [{ line: 1, message: "quotes or lists nested too deeply inside each other: was something pasted in by mistake?" }] };
  let tree: Root;
  try {
    tree = processor.parse(markdown);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    throw error;
  }
  return nestingDepth(tree) > MAX_NESTING ? tooDeep : { tree, problems: [] };
}

function toBodyHtml(nodes: RootContent[]): string {
  const text = processor.stringify({ type: "root", children: nodes } satisfies Root);
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

export function renderBody(markdown: string): { sections: BodySection[]; problems: BodyProblem[] } {
  const { tree, problems } = parseBody(markdown);
  if (!tree) return { sections: [], problems };
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
      html: toBodyHtml(nodes),
    }));
  return { sections, problems };
}
