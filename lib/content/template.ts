// The starting point for a new article (`npm run new`), and its placeholder text and notes, which
// the content check refuses to publish.
import { stringify } from "yaml";

export const PLACEHOLDERS = {
  standfirst: "Write a one-paragraph summary here.",
  body: ["Write the article here.", "## A subheading", "Each subheading starts a section readers can link to."],
} as const;

export function articleTemplate(headline: string, date: string): string {
  // yaml quotes the headline if it needs quoting (a colon, a leading quote mark).
  const title = stringify({ title: headline }).trim();
  return `---
# Fields marked (required) must be filled in. Delete the optional lines you do not use, or
# remove the # in front of those you do. docs/editors-guide.md ("Editors' guide") explains every field.
${title}  # (required) the headline
standfirst: ${PLACEHOLDERS.standfirst}  # (required) also the description in search results
publishedAt: ${date}  # (required) or with a time and offset: ${date}T09:30:00+04:30
section: Afghanistan  # (required)
tags: []  # e.g. [Taliban, Iran]
# byline: Reporter Name
# source:
#   name: Afghanistan International
#   url: https://www.afintl.com/en
# location: Kabul  # the dateline
# language: en  # fa and ps are shown right to left
# translationKey: mashhad-killing  # the same on every language version of one story
# updatedAt: ${date}  # when the article was substantially updated
# image:
#   src: /images/photo.jpg  # a file in public/images/
#   alt: What the photo shows, for readers who cannot see it
#   caption: What is happening in the photo
#   credit: Who took it
# relatedEvents:  # the timeline beside the article, oldest first
#   - date: 2025-09-13  # or 2025-09, or 2025
#     title: What happened, in a few words
#     place: Mashhad
#     approximate: false  # true shows "about 2025"
#     article: another-article-slug  # links to that article on this site
#     url: https://example.com/report  # or to a report elsewhere
# corrections:  # newest is shown first
#   - date: ${date}
#     text: An earlier version of this article misstated ...
# live:  # a live page: a summary at the top, then updates newest first (see Live coverage in the guide)
#   summary: |
#     - What is known so far, kept current.
#   ended: ${date}T18:00:00+04:30  # add when the coverage is over
# updates:
#   - id: first-update  # its link, #update-first-update: never change it
#     at: ${date}T09:30:00+04:30  # the moment, with its offset
#     headline: A few words  # optional
#     text: What happened, in markdown.
draft: true  # delete this line when the article is ready to publish
---

${PLACEHOLDERS.body[0]} Leave a blank line between paragraphs.

${PLACEHOLDERS.body[1]}

${PLACEHOLDERS.body[2]}
`;
}

// The template's notes (`  # (required) the headline`), read from the template itself so that a new
// note is known at once. Every required field's note starts "(required)": that much is enough.
const NOTES = [
  ...new Set(
    articleTemplate("Headline", "2025-12-25")
      .split("\n")
      .flatMap((line) => /\S {2,}# (.+)$/.exec(line)?.[1] ?? [])
      .map((note) => (note.startsWith("(required)") ? "(required)" : note)),
  ),
];
const NOTE_IN_VALUE = new RegExp(`#\\s*(?:${NOTES.map((note) => note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);

/** A template note inside a value (quotes closed after the note, not before it): the note, and the value before it. */
export function templateNoteIn(value: string): { note: string; before: string } | undefined {
  const at = value.search(NOTE_IN_VALUE);
  return at === -1 ? undefined : { note: value.slice(at), before: value.slice(0, at).trimEnd() };
}
