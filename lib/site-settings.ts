// The site's own settings, in one file editors can find and change: content/site.yml (beside the
// articles, in the YAML they already write). Checked once, with the file, the setting and the fix
// in every message; environment variables override them for tests and CI (lib/config.ts).
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export const SITE_SETTINGS_FILE = "site.yml";

/** Whether the runtime knows `zone` as an IANA time zone (Asia/Kabul, Europe/London, UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z
  .string({ error: "expected a time zone like Asia/Kabul or Europe/London" })
  .refine(isTimeZone, { error: (issue) => `expected a time zone like Asia/Kabul or Europe/London; found ${JSON.stringify(issue.input)}` });

export const frontPageStories = z.coerce
  .number({ error: "expected a number of stories, like 50" })
  .int("expected a whole number of stories, like 50")
  .min(1, "the front page lists at least 1 story")
  .max(500, "over 500 stories makes the front page too heavy for phones; older stories are on their section pages");

export const siteUrl = z
  .url({ protocol: /^https?$/, error: "expected the site's address, like https://news.example.org" })
  .transform((url) => url.replace(/\/+$/, ""));

const settingsSchema = z
  .object({
    name: z.string({ error: "expected the site's name, like The Frontier Dispatch" }).trim().min(1).default("The Frontier Dispatch"),
    tagline: z.string({ error: "expected a line of text" }).trim().default("Reporting on Afghanistan and the region"),
    // Canonical links, feeds and sitemaps are made from it; without it they point at this machine.
    url: siteUrl.optional(),
    // A date-only publishedAt means that day here; scheduled moments are told in this zone.
    timeZone: timeZone.default("Asia/Kabul"),
    frontPageStories: frontPageStories.default(50),
  })
  .strict();

export type SiteSettings = z.output<typeof settingsSchema>;

/** The settings in `<contentDir>/site.yml`, the defaults for those it leaves out (or for no file); throws naming each bad one. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  const shown = path.relative(process.cwd(), file) || file;
  let data: unknown = {};
  if (fs.existsSync(file)) {
    try {
      data = parse(fs.readFileSync(file, "utf8"), { schema: "core" }) ?? {};
    } catch (error) {
      throw new Error(`${shown}: it is not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): write each setting as \`name: value\``);
    }
  }
  const parsed = settingsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) =>
    issue.code === "unrecognized_keys"
      ? `${shown}: ${issue.keys.join(", ")}: unknown setting: the settings are name, tagline, url, timeZone and frontPageStories`
      : `${shown}: ${issue.path.join(".") || "settings"}: ${issue.message}`,
  );
  throw new Error(lines.join("\n"));
}
