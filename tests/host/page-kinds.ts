// One page of each kind, for what only a browser shows (axe, layout, scripts under the policy, the
// preview's overlay): every story page, since each story shows different parts (a photo, a
// timeline, corrections, right to left), and the first page of every other kind in each edition
// (a section's, a tag's or a reporter's list and its numbered pages, an archive month, a newsroom
// page, the front page, search, 404). Pages of one kind are one component given other data; what
// each of them holds is read from the built files, without a browser, by the tests that parse them.
const FIXED = new Set(["fa", "ps", "articles", "sections", "tags", "authors", "archive", "page", "search"]);

/** The kind of the page at `address`: itself for a story, else its address with every name and number in it a *. */
export function pageKind(address: string): string {
  if (/^\/articles\/[^/]+\/$/.test(address)) return address;
  return address
    .split("/")
    .map((segment) => (segment === "" || FIXED.has(segment) ? segment : "*"))
    .join("/");
}

/** The first address of each kind in `addresses`, in their order. */
export function onePagePerKind(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => !seen.has(pageKind(address)) && Boolean(seen.add(pageKind(address))));
}
