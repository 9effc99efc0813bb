// `npm run new -- "Headline here"`: starts an article with every field stubbed and explained.
// It starts as a draft, so an unfinished article cannot be published by accident, and it never
// overwrites an article that already exists.
import fs from "node:fs";
import path from "node:path";
import { articleTemplate } from "../lib/content/template";
import { defaultLocation } from "../lib/pipeline";
import { SLUG } from "../lib/content/schema";

function slugFromHeadline(headline: string): string {
  return headline
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

function main(args: string[]): number {
  const slugFlag = args.indexOf("--slug");
  const slug = slugFlag >= 0 ? args[slugFlag + 1] : undefined;
  if (slugFlag >= 0 && !slug) {
    console.error("--slug needs the address after it, e.g. --slug kabul-airport-reopens");
    return 1;
  }
  const words = slugFlag >= 0 ? [...args.slice(0, slugFlag), ...args.slice(slugFlag + 2)] : args;
  const headline = words.join(" ").trim();
  if (!headline) {
    console.error('Give the headline: npm run new -- "Headline here"   (optionally --slug my-slug)');
    return 1;
  }
  const chosen = slug ?? slugFromHeadline(headline);
  if (!SLUG.test(chosen)) {
    console.error(
      chosen
        ? `"${chosen}" cannot be an address: use lowercase letters, digits and single hyphens, e.g. --slug kabul-airport-reopens`
        : 'The headline has no Latin letters to make an address from: add --slug, e.g. --slug kabul-airport-reopens',
    );
    return 1;
  }
  const file = path.join(defaultLocation.contentDir, "articles", `${chosen}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": fail rather than overwrite, even if another editor creates the file at the same moment.
    fs.writeFileSync(file, articleTemplate(headline, today()), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    console.error(`${path.relative(process.cwd(), file)} already exists: nothing was changed. Pick another headline or --slug.`);
    return 1;
  }
  console.log(`Created ${path.relative(process.cwd(), file)} as a draft. Preview it with npm run dev.`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
