// A build for the web must know the site's address: canonical links, feeds and sitemaps are made
// from it, and a site deployed with the placeholder points every one of them at localhost. So the
// build refuses to run without it, unless told it is a build to look at on this machine (`--local`,
// which `npm start` and the tests pass).
import { config } from "../../lib/config";
import { shownSettingsFile } from "../../lib/site-settings";

/** Why this build must not run, in words, if it must not; with a note for a local build. */
export function siteAddressProblem(local: boolean): { problem?: string; note?: string } {
  if (config.siteUrlIsSet) return {};
  const settings = shownSettingsFile(config.CONTENT_DIR);
  if (local) return { note: `A local build: links, feeds and sitemaps point at ${config.siteUrl}, for this machine only.` };
  return {
    problem:
      `The site's address is not set, so canonical links, feeds and sitemaps would point at ${config.siteUrl}.\n` +
      `Set it in ${settings} (url: https://news.example.org), or in SITE_URL for one build.\n` +
      "To build only to look at on this machine, run npm run build -- --local (npm start does).",
  };
}
