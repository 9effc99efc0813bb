// A warning printed on every check for a story the newsroom has judged fine teaches editors to
// skip warnings. So an editor may accept one for one story, by its name, in the story's
// frontmatter (`acceptWarnings: [standfirst-length]`): it is no longer printed for that story, and
// `npm run status` says once which stories accept which warnings.
import { z } from "zod";
import { closeGuess } from "./close-guess";

/** The name of each warning an editor may accept: stable, since frontmatter holds them. */
export const WARNING_KINDS = [
  "title-length",
  "standfirst-length",
  "no-tags",
  "mixed-script",
  "no-image-credit",
  "event-after-publication",
  "spelling",
  "field-in-body",
  "pasted-text",
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

const warningKind = z.enum(WARNING_KINDS, {
  error: ({ input }) => {
    const guess = typeof input === "string" ? closeGuess(input, WARNING_KINDS) : undefined;
    return guess ? `is not the name of a warning (did you mean "${guess}"?)` : `expected the name of a warning: ${WARNING_KINDS.join(", ")}`;
  },
});

/** The frontmatter field: one name, or a list of them. */
export const acceptWarningsField = z
  .preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(warningKind, { error: "expected the name of a warning, or a list of them, like [standfirst-length]" }),
  )
  .optional();

interface Accepting {
  acceptWarnings?: readonly WarningKind[];
}

export const accepts = ({ acceptWarnings }: Accepting, kind: WarningKind) => acceptWarnings?.includes(kind) ?? false;

/** The stories that accept warnings, and which, in the order given: what `npm run status` shows once. */
export function acceptedWarnings(stories: readonly (Accepting & { slug: string })[]): { slug: string; warnings: WarningKind[] }[] {
  return stories.flatMap(({ slug, acceptWarnings }) => (acceptWarnings?.length ? [{ slug, warnings: [...new Set(acceptWarnings)] }] : []));
}
