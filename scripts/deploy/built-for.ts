// A deploy puts a site in front of readers, so it must be a site built for their address: one built
// for this machine points every canonical link, feed and sitemap at localhost, and one built for
// another address points them at that. Checked from the record the build leaves (scripts/build/build-record.ts).
import { readBuildRecord } from "../build/build-record";
import { siteProblem } from "./destination-rules";

/** The site's address as its settings give it: `url` when set, and the file that sets it. */
export interface SiteAddress {
  url: string;
  isSet: boolean;
  settingsFile: string;
}

const buildForTheWeb = "Build it for the web with npm run build, then deploy again";

/** Why `site` must not go to readers at `address`, if it must not. */
export function builtForProblem(site: string, address: SiteAddress): string | undefined {
  const built = siteProblem(site);
  if (built) return built;
  if (!address.isSet) {
    return `The site's address is not set, so no build is for the web yet: set it in ${address.settingsFile} (url: https://news.example.org), then run npm run build`;
  }
  const record = readBuildRecord(site);
  if (!record) return `${site} does not say what address it was built for (an older build): run npm run build again`;
  if (!record.forTheWeb) {
    return `${site} was built for this machine only (npm start, or npm run build -- --local): its links, feeds and sitemaps point at ${record.builtFor}. ${buildForTheWeb}`;
  }
  if (record.builtFor !== address.url) {
    return `${site} was built for ${record.builtFor}, but the site's address is ${address.url} (${address.settingsFile}). ${buildForTheWeb}`;
  }
  return undefined;
}
