// Run by scripts/build/steps.ts ("plan") on the build's content snapshot: writes each page's key
// (lib/build/page-keys.ts) and the social cards the site shows to a file. In a process of its own,
// as the check is, so that the archive it loads (about 170 MB more at 5,000 articles) is given
// back before Next.js's processes start, rather than held by the build's through all of them.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { pageKeys } from "../../lib/build/page-keys";
import { loadSnapshot } from "../../lib/build/snapshot";
import { config } from "../../lib/config";
import { viewSite } from "../../lib/enrich/site-view";
import { cardText, socialCards } from "../../lib/publish/seo";

const pageInputs = z.object({
  keys: z.record(z.string(), z.string()),
  cards: z.array(z.object({ address: z.string(), text: cardText })),
});
export type PageInputs = z.infer<typeof pageInputs>;

/** What the process below wrote to `file`. */
export function readPageInputs(file: string): PageInputs {
  return pageInputs.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

function writePageInputs(snapshot: string, file: string): void {
  const { articles, authors, pages } = loadSnapshot(snapshot);
  const view = viewSite(articles, config.preview, { authors, pages });
  const inputs: PageInputs = { keys: Object.fromEntries(pageKeys(view)), cards: socialCards(view.site) };
  fs.writeFileSync(file, JSON.stringify(inputs), { mode: 0o600 });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [snapshot, file] = process.argv.slice(2);
  if (!snapshot || !file) throw new Error("usage: tsx scripts/build/page-inputs.ts <content snapshot> <file to write>");
  writePageInputs(snapshot, file);
}
