// One deploy, as `npm run deploy` and `npm run publish` make it: every check first (the site is
// built for the site's address, the destination is the site's own), then the copy, to a folder
// here (./copy-site.ts) or over rsync (./rsync-site.ts).
import path from "node:path";
import { config } from "../../lib/config";
import { shownSettingsFile } from "../../lib/site-settings";
import { builtForProblem } from "./built-for";
import { copySite, destinationProblem, folderProblem } from "./copy-site";
import { isRemote, rsyncDestinationProblem, rsyncFolderProblem, rsyncSite } from "./rsync-site";

/** The site's settings file, as messages name it to the editor. */
export const settingsFile = () => shownSettingsFile(config.CONTENT_DIR);

/** Why `site` must not be deployed to `destination`, if it must not: asked before anything is copied. */
export function deployProblem(site: string, destination: string): string | undefined {
  return (
    builtForProblem(site, { url: config.siteUrl, isSet: config.siteUrlIsSet, settingsFile: settingsFile() }) ??
    (isRemote(destination) ? rsyncDestinationProblem(site, destination) : destinationProblem(site, destination))
  );
}

/** Why nothing may be deployed to `destination`, if nothing may: asked before a site is built for it, as well as before the copy. */
export function placeProblem(destination: string): string | undefined {
  return isRemote(destination) ? rsyncFolderProblem(destination) : folderProblem(destination);
}

/** Deploys `site` (named to the editor as `shown`), already checked; what happened, in a sentence, and whether it finished. */
export function deploySite(site: string, destination: string, shown = `${site}/`): { ok: boolean; said: string } {
  if (isRemote(destination)) {
    const ok = rsyncSite(site, destination);
    return { ok, said: ok ? `Deployed ${shown} to ${destination}.` : `The deploy to ${destination} stopped; run it again to finish.` };
  }
  const { assets, pages, removed, unchanged } = copySite(site, destination);
  return {
    ok: true,
    said: `Deployed ${shown} to ${path.resolve(destination)}: ${assets} new or changed assets, then ${pages} pages, then ${removed} files the site no longer has removed (${unchanged} unchanged).`,
  };
}
