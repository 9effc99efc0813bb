// Every link, stylesheet, script and image a built site points to within itself, followed from
// its home page (and any other start) over HTTP: each must answer 200, and each #fragment must
// name an element on its page. Absolute links to SITE_URL count as internal and are fetched from
// the local server instead.
import { JSDOM } from "jsdom";

const LINKED = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ['meta[property="og:image"]', "content"],
  ['meta[property="og:url"]', "content"],
] as const;

/** One line per broken link: what it points to, what was wrong, and a page that links to it. */
export async function brokenLinks(origin: string, siteUrl: string, starts: string[] = ["/"]): Promise<string[]> {
  const linkedFrom = new Map<string, string>(starts.map((start) => [start, "(start)"]));
  const queue = [...starts];
  const idsOf = new Map<string, Set<string>>();
  const fragments: { page: string; id: string; from: string }[] = [];
  const problems: string[] = [];

  const internal = (href: string, base: string): URL | undefined => {
    const url = new URL(href.startsWith(siteUrl) ? origin + href.slice(siteUrl.length) : href, base);
    return url.origin === origin ? url : undefined;
  };

  for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
    const response = await fetch(origin + address, { redirect: "manual" });
    if (response.status !== 200) {
      problems.push(`${address}: ${response.status}, linked from ${linkedFrom.get(address)}`);
      continue;
    }
    if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
    const { document } = new JSDOM(await response.text()).window;
    idsOf.set(address, new Set([...document.querySelectorAll("[id]")].map((element) => element.id)));
    for (const [selector, attribute] of LINKED) {
      for (const element of document.querySelectorAll(selector)) {
        const url = internal(element.getAttribute(attribute) ?? "", origin + address);
        if (!url) continue;
        const target = url.pathname + url.search;
        if (url.hash) fragments.push({ page: target, id: decodeURIComponent(url.hash.slice(1)), from: address });
        if (!linkedFrom.has(target)) {
          linkedFrom.set(target, address);
          queue.push(target);
        }
      }
    }
  }
  for (const { page, id, from } of fragments) {
    if (idsOf.has(page) && !idsOf.get(page)?.has(id)) problems.push(`${page}#${id}: no element has that id, linked from ${from}`);
  }
  return problems;
}
