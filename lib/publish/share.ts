// Share links that work with no JavaScript: each is a plain address that the service (or the
// reader's mail program) turns into a post or a message with the article's headline and URL.

export type ShareService = "email" | "x" | "facebook" | "whatsapp" | "telegram";

export interface ShareLink {
  service: ShareService;
  href: string;
}

/** The services, in the order they are shown. */
export const SHARE_SERVICES: readonly ShareService[] = ["email", "x", "facebook", "whatsapp", "telegram"];

const withQuery = (base: string, query: Record<string, string>) => `${base}?${new URLSearchParams(query).toString()}`;

/** `url` is the article's absolute address; `title` its headline. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const hrefs: Record<ShareService, string> = {
    // mailto: takes percent-encoding, not the + for spaces that URLSearchParams writes.
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    x: withQuery("https://x.com/intent/post", { text: title, url }),
    facebook: withQuery("https://www.facebook.com/sharer/sharer.php", { u: url }),
    whatsapp: withQuery("https://wa.me/", { text: `${title} ${url}` }),
    telegram: withQuery("https://t.me/share/url", { url, text: title }),
  };
  return SHARE_SERVICES.map((service) => ({ service, href: hrefs[service] }));
}
