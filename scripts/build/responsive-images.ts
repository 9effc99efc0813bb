// Run by scripts/build/steps.ts on the exported folder: writes every published article's image in
// public/ at the narrower widths its page's srcset offers (lib/build/images.ts).
import path from "node:path";
import { defaultLocation } from "../../lib/pipeline";
import { getPublishedArticles } from "../../lib/site-content";
import { writeImageVariants } from "../../lib/build/images";

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: tsx scripts/build/responsive-images.ts <exported folder>");
// The build's content snapshot (CONTENT_SNAPSHOT), so the articles are not read again.
const sources = getPublishedArticles().flatMap((article) => (article.image ? [article.image.src] : []));
writeImageVariants(sources, defaultLocation.publicDir, path.resolve(outDir)).then(
  (written) => {
    if (written.length > 0) console.log(`Images: wrote ${written.length} files for ${new Set(sources).size} article images.`);
  },
  (error: unknown) => {
    console.error(`Images: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
