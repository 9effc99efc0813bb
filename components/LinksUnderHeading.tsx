export interface HeadedLink {
  name: string;
  href: string;
  /** The link text's language, where it is not the page's. */
  lang?: string;
}

/** A short heading and its links in a row, closing an article or a front: its topics, or the sections. */
export function LinksUnderHeading({ id, heading, links }: { id: string; heading: string; links: HeadedLink[] }) {
  return (
    <nav className="topics" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} lang={link.lang}>
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
