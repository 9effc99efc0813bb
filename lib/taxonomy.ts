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
  /** The spelling used by the newest item that has the term. */
  name: string;
  /** Newest first, as given. */
  items: T[];
}

/** Groups items (newest first) by the terms `namesOf` gives each. */
export function groupByTerm<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Term<T>[] {
  const terms = new Map<string, Term<T>>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const slug = termSlug(name);
      const term = terms.get(slug) ?? { slug, name, items: [] };
      if (!term.items.includes(item)) term.items.push(item);
      terms.set(slug, term);
    }
  }
  return [...terms.values()].sort((a, b) => a.name.localeCompare(b.name));
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
