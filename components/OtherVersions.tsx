import { Fragment } from "react";
import type { ArticleVersion } from "@/lib/content/article";
import { textDirection } from "@/lib/content/language";
import { editionName, type Labels } from "@/lib/i18n/labels";

/** "Also in: دری · پښتو": the story's versions in other languages, each named in its own. */
export function OtherVersions({ versions, slug, labels }: { versions: ArticleVersion[]; slug: string; labels: Labels }) {
  const others = versions.filter((version) => version.slug !== slug);
  if (others.length === 0) return null;
  return (
    <p className="credit-line other-versions" data-pagefind-ignore="">
      {labels.alsoIn}:{" "}
      {others.map((version, index) => (
        <Fragment key={version.slug}>
          {index > 0 && " · "}
          {/* Its own direction isolates each name, so that "دری · پښتو" keeps its order on an English page. */}
          <a href={version.href} lang={version.language} hrefLang={version.language} dir={textDirection(version.language)}>
            {editionName(version.edition)}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
