// The framework's floor, for `npm run bench` to build beside the site: FLOOR_PAGES static pages of
// a headline and about 700 words, with no layout, metadata, listing, card or post-processing, so
// what a page costs Next.js itself on this machine is measured in the same run as ours.
const PAGES = Number(process.env.FLOOR_PAGES ?? 100);
const WORDS = "the reporters found that officials in the province had said nothing about the attack until".split(" ");
const paragraph = (seed: number) => Array.from({ length: 100 }, (_, index) => WORDS[(seed + index) % WORDS.length]).join(" ");

export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: PAGES }, (_, index) => ({ slug: `article-${index}` }));
}

export default async function FloorArticle({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const seed = Number(slug.replace("article-", ""));
  return (
    <article>
      <h1>Article {seed}</h1>
      {Array.from({ length: 7 }, (_, index) => (
        <p key={index}>{paragraph(seed + index)}.</p>
      ))}
    </article>
  );
}
