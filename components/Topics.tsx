import { MAIN_EDITION } from "@/lib/content/editions";
import { labelsFor, type Labels } from "@/lib/i18n/labels";
import { tagPath } from "@/lib/site";
import { LinksUnderHeading } from "./LinksUnderHeading";

/** The article's tags, each a link to every story with that tag in the article's edition. */
export function Topics({ tags, labels = labelsFor("en"), edition = MAIN_EDITION }: { tags: string[]; labels?: Labels; edition?: string }) {
  if (tags.length === 0) return null;
  return <LinksUnderHeading id="topics" heading={labels.moreOnTopics} links={tags.map((tag) => ({ name: tag, href: tagPath(tag, edition) }))} />;
}
