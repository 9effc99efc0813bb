import { labelsFor, type Labels } from "@/lib/labels";
import { tagPath } from "@/lib/site";

/** The article's tags, each a link to every story with that tag. */
export function Topics({ tags, labels = labelsFor("en") }: { tags: string[]; labels?: Labels }) {
  if (tags.length === 0) return null;
  return (
    <nav className="topics" aria-labelledby="topics">
      <h2 id="topics">{labels.moreOnTopics}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <a href={tagPath(tag)}>{tag}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
