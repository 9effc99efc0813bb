import { orPlaceholder } from "@/lib/build/placeholder-pages";
import { getOtherEditions } from "@/lib/site-content";

/** Every edition but English that has articles to show: each has a folder of its own. */
export function editionParams() {
  return orPlaceholder(
    getOtherEditions().map(({ code }) => ({ edition: code })),
    "edition",
  );
}
