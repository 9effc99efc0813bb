// Every setting the site reads from the environment, read here and nowhere else, and checked once:
// a mistyped value stops the build with the variable's name and what it should look like, rather
// than surfacing later as a strange page or a file in the wrong place.
import path from "node:path";
import { z } from "zod";

const folder = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `must name ${what}; leave it unset for the default`)
    .transform((value) => path.resolve(value));

const settings = z.object({
  // Absolute URLs (canonical links, feeds, sitemaps) are made from it; without it they point at this machine.
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "must be the site's address, like https://news.example.org" })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  CONTENT_DIR: folder("the folder that holds articles/").default(path.resolve("content")),
  // Tests build fixture content whose images live outside the real public/.
  PUBLIC_DIR: folder("the folder of files served as they are").default(path.resolve("public")),
  // Where images drawn at build time are kept between builds; hosts keep node_modules/.cache.
  BUILD_CACHE_DIR: folder("the build cache's folder").default(path.resolve("node_modules/.cache/newsroom")),
  // Where `npm run build` publishes the site: a link to the newest of the versions it keeps beside
  // it (scripts/build/output-folder.ts refuses any folder the build did not make).
  OUT_DIR: folder("the folder the site is published to").default(path.resolve("out")),
  // `keep` ships Next.js's client runtime, to compare the two builds or to debug; the default removes it.
  FRAMEWORK_RUNTIME: z.enum(["strip", "keep"], { error: 'must be "strip" (the default) or "keep"' }).default("strip"),
  // Tests only: the build stops at this point and waits to be killed (scripts/build/pause.ts).
  BUILD_PAUSE_AT: z.string().min(1).optional(),
  // Written by `npm run build` for Next.js's build processes (lib/build/snapshot.ts).
  CONTENT_SNAPSHOT: z.string().min(1).optional(),
  // `next dev` is the editors' preview: drafts and scheduled stories are shown there.
  NODE_ENV: z.string().optional(),
});

export type Config = z.output<typeof settings> & { siteUrl: string; preview: boolean };

/** The settings in `env`, or an Error naming each bad variable and its fix. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = settings.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`A setting is wrong:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  return { ...values, siteUrl: values.SITE_URL ?? "http://localhost:3000", preview: values.NODE_ENV === "development" };
}

export const config = readConfig();
