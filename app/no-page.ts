// Next.js's static export refuses a dynamic route that makes no page at all ("at least one route
// must be generated"), so a site without reporters, newsroom pages or stories would not build.
// Such a route gets one address that no slug can take (slugs have no "_"), and its page is the
// site's 404 page, since nothing is found there.
export const NO_PAGE = "_none";

export function orNoPage<T extends Record<string, string>>(params: T[], none: T): T[] {
  return params.length > 0 ? params : [none];
}
