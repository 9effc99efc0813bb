// The contract of a reporter's file, content/authors/<slug>.md: who they are, in the same forms
// and with the same messages as an article's fields. The markdown below the frontmatter is the bio.
import { z } from "zod";
import { httpsUrl, image, text } from "./schema";

export const authorSchema = z.strictObject({
  name: text("the name as it appears in bylines"),
  role: text("their role, like Kabul correspondent").optional(),
  image: image.optional(),
  links: z
    .array(httpsUrl, { error: "expected a list of https:// links to the reporter's profiles, each starting with '- '" })
    .default([]),
});

export type AuthorFields = z.infer<typeof authorSchema>;

export const AUTHOR_FIELD_NAMES: Record<string, readonly string[]> = {
  "": Object.keys(authorSchema.shape),
  image: Object.keys(image.shape),
};
