// Links that leave the site open in a page that must not reach back into ours (window.opener)
// nor tell the other site which of our articles the reader came from.
import { site } from "../site";

/** The rel a link to `href` needs: "noopener noreferrer" for a web link whose origin is not SITE_URL's. */
export function linkRel(href: string): string | undefined {
  // Against the site's address, so that "//host/page", which browsers read as another site, is one too.
  const url = URL.parse(href, site.url);
  const external = (url?.protocol === "https:" || url?.protocol === "http:") && url.origin !== new URL(site.url).origin;
  return external ? "noopener noreferrer" : undefined;
}
