import type { BodySection } from "@/lib/render/markdown";

/** The body's HTML was sanitised in lib/render/markdown.ts; here it is only placed. */
export function ArticleBody({ sections }: { sections: BodySection[] }) {
  return (
    <div className="article-body">
      {sections.map(({ heading, html }) =>
        heading ? (
          <section key={heading.id} aria-labelledby={heading.id}>
            {/* Reader modes drop elements whose id looks like clutter ("extra", "related"...); the
                class tells them this is the article, so "#talibans-extraterritorial-..." survives. */}
            <h2 id={heading.id} className="article-subheading">
              {heading.text}
            </h2>
            <div dangerouslySetInnerHTML={{ __html: html }} />
          </section>
        ) : (
          <div key="lead" className="lead" dangerouslySetInnerHTML={{ __html: html }} />
        ),
      )}
    </div>
  );
}
