// An article's file name is its address, so it must be one: lowercase letters, digits and single
// hyphens. The fix suggested is a name no other file in the folder has, because an editor who
// follows it must never overwrite a story: a new "Iran-Story.md" beside "iran-story.md" is told to
// become iran-story-2.md, not the existing story's own name.
import type { ContentProblem } from "./problems";
import { SLUG } from "./schema";

/** The problem with `slug` as a file name, given the slugs of the folder's .md files (its own among them). */
export function fileNameProblem(file: string, slug: string, folder: ReadonlySet<string>): ContentProblem | undefined {
  if (SLUG.test(slug)) return undefined;
  const others = [...folder].filter((other) => other !== slug);
  const taken = new Set(others.map((other) => other.toLowerCase()));
  const base = slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const free = base && freeName(base, taken);
  const twins = others.filter((other) => other.toLowerCase() === slug.toLowerCase());
  if (twins.length > 0) {
    const names = twins.map((twin) => `${twin}.md`).join(", ");
    return {
      file,
      message: `file name: differs only in case from ${names}, an existing story: on many hosts the two would be one address; rename this file to ${free}.md (no story has that name), or merge it into ${names}`,
    };
  }
  return {
    file,
    message: `file name: the slug "${slug}" must be lowercase letters, digits and single hyphens${free ? `: rename it to ${free}.md` : ""}`,
  };
}

export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
