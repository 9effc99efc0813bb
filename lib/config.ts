// Every setting the site reads from the environment, read here and nowhere else, and checked once:
// a mistyped value stops the build with the variable's name and what it should look like, rather
// than surfacing later as a strange page or a file in the wrong place.
import path from "node:path";
import { z } from "zod";
import { frontPageStories, readSiteSettings, siteUrl, timeZone } from "./site-settings";

const folder = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `must name ${what}; leave it unset for the default`)
    .transform((value) => path.resolve(value));

const settings = z.object({
  // Absolute URLs (canonical links, feeds, sitemaps) are made from it; without it they point at this machine.
  // Each of these three overrides its setting in content/site.yml, for one build (tests, CI).
  SITE_URL: siteUrl.optional(),
  TIME_ZONE: timeZone.optional(),
  FRONT_PAGE_STORIES: frontPageStories.optional(),
  CONTENT_DIR: folder("the folder that holds articles/").default(path.resolve("content")),
  // Tests build fixture content whose images live outside the real public/.
  PUBLIC_DIR: folder("the folder of files served as they are").default(path.resolve("public")),
  // Where images drawn at build time are kept between builds; hosts keep node_modules/.cache.
  BUILD_CACHE_DIR: folder("the build cache's folder").default(path.resolve("node_modules/.cache/newsroom")),
  // The key the cache's contents are sealed with (lib/build/cache-seal.ts), for CI: only the branches trusted to write the cache get it.
  BUILD_CACHE_SECRET: z.string().min(32, "must be at least 32 characters: a random one, like the output of `openssl rand -hex 32`").optional(),
  // Where `npm run build` publishes the site: a link to the newest of the versions it keeps beside
  // it (scripts/build/output-folder.ts refuses any folder the build did not make).
  OUT_DIR: folder("the folder the site is published to").default(path.resolve("out")),
  // `keep` ships Next.js's client runtime, to compare the two builds or to debug; the default removes it.
  FRAMEWORK_RUNTIME: z.enum(["strip", "keep"], { error: 'must be "strip" (the default) or "keep"' }).default("strip"),
  // Tests only: the build stops at this point and waits to be killed (scripts/build/pause.ts).
  BUILD_PAUSE_AT: z.string().min(1).optional(),
  // Written by `npm run build` for Next.js's build processes (lib/build/snapshot.ts).
  CONTENT_SNAPSHOT: z.string().min(1).optional(),
  // Written by an incremental build: the pages Next.js is to render (lib/build/render-only.ts).
  RENDER_ONLY: z.string().min(1).optional(),
  // `next dev` is the editors' preview: drafts and scheduled stories are shown there.
  NODE_ENV: z.string().optional(),
});

/** The address used when none is set: this machine, fit for the preview and a local build only. */
export const LOCAL_SITE_URL = "http://localhost:3000";

export type Config = z.output<typeof settings> & {
  siteName: string;
  tagline: string;
  siteUrl: string;
  /** Whether an address was set (in content/site.yml or SITE_URL): a build for the web needs one. */
  siteUrlIsSet: boolean;
  timeZone: string;
  frontPageStories: number;
  /** Where `npm run publish` deploys the site (content/site.yml's deploy), if set. */
  deploy?: string;
  preview: boolean;
  /** The variables Next.js writes into its compile (NEXT_PUBLIC_*, NEXT_DEPLOYMENT_ID, __NEXT_*), sorted: none is ours, but a kept compile must not carry an old one. */
  compiledIn: [string, string][];
};

const COMPILED_IN = /^(?:NEXT_PUBLIC_|NEXT_DEPLOYMENT_ID$|__NEXT_)/;

/** The settings in `env`, or an Error naming each bad variable and its fix. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = settings.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`A setting is wrong:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  const file = readSiteSettings(values.CONTENT_DIR);
  const url = values.SITE_URL ?? file.url;
  return {
    ...values,
    siteName: file.name,
    tagline: file.tagline,
    siteUrl: url ?? LOCAL_SITE_URL,
    siteUrlIsSet: url !== undefined,
    timeZone: values.TIME_ZONE ?? file.timeZone,
    frontPageStories: values.FRONT_PAGE_STORIES ?? file.frontPageStories,
    deploy: file.deploy,
    preview: values.NODE_ENV === "development",
    compiledIn: Object.entries(env)
      .flatMap(([name, value]): [string, string][] => (COMPILED_IN.test(name) && value !== undefined ? [[name, value]] : []))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

export const config = readConfig();
