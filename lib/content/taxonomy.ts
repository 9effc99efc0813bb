// Sections and tags become pages (/sections/<slug>/, /tags/<slug>/). One slug rule for both, so
// "Iran", "iran" and " IRAN " are one tag, and names in Persian or Pashto keep their letters.
export function termSlug(name: string): string {
  return (
    name
      .normalize("NFKC")
      .toLowerCase()
      // Letters, marks and digits of any script stay; the zero-width non-joiner is part of Persian words.
      .replace(/[^\p{L}\p{M}\p{N}\u200c]+/gu, "-")
      // ...but only inside a word: at its edges it is invisible noise that would make a second page.
      .replace(/\u200c*-[-\u200c]*/g, "-")
      .replace(/^[-\u200c]+|[-\u200c]+$/g, "")
  );
}

export interface Term<T> {
  slug: string;
  /** The spelling most items use (the newest item's, on a tie), as the content check recommends. */
  name: string;
  /** Newest first, as given. */
  items: T[];
}

/** Groups items (newest first) by the terms `namesOf` gives each. */
export function groupByTerm<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Term<T>[] {
  const terms = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const name of namesOf(item)) {
      const slug = termSlug(name);
      const term = terms.get(slug) ?? { items: [], spellings: new Map<string, number>() };
      if (!seen.has(slug)) term.items.push(item);
      seen.add(slug);
      term.spellings.set(name, (term.spellings.get(name) ?? 0) + 1);
      terms.set(slug, term);
    }
  }
  return [...terms.entries()]
    .map(([slug, { items: grouped, spellings }]) => ({
      slug,
      // Map order is first-seen order, so on a tie the newest item's spelling comes first.
      name: [...spellings.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
      items: grouped,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The term a page's address names; Next.js may hand the slug over still percent-encoded. */
export function findTerm<T>(terms: readonly Term<T>[], slugParam: string): Term<T> | undefined {
  let slug = slugParam;
  try {
    slug = decodeURIComponent(slugParam);
  } catch {
    // Not percent-encoded after all.
  }
  return terms.find((term) => term.slug === slug);
}
