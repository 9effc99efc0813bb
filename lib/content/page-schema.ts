// The contract of one of the newsroom's own pages, content/pages/<slug>.md (about us, the
// corrections policy...): a title and a description for search engines; the body is the page.
import { z } from "zod";
import { text } from "./schema";

export const pageSchema = z.strictObject({
  title: text("the page's title, like About us"),
  description: text("one sentence saying what the page is, for search engines and link previews"),
});

export type PageFields = z.infer<typeof pageSchema>;

export const PAGE_FIELD_NAMES: Record<string, readonly string[]> = { "": Object.keys(pageSchema.shape) };
