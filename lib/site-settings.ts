// The site's own settings, in one file editors can find and change: content/site.yml (beside the
// articles, in the YAML they already write). Checked once, with the file, the setting and the fix
// in every message; environment variables override them for tests and CI (lib/config.ts).
import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { keyOffset } from "./content/parse";
import { listed } from "./content/problems";

export const SITE_SETTINGS_FILE = "site.yml";

/** The settings file of `contentDir`, as messages name it to the editor: from where they ran the command. */
export function shownSettingsFile(contentDir: string): string {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  return path.relative(process.cwd(), file) || file;
}

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

export const settingsSchema = z
  .object({
    name: z.string({ error: "expected the site's name, like The Frontier Dispatch" }).trim().min(1).default("The Frontier Dispatch"),
    tagline: z.string({ error: "expected a line of text" }).trim().default("Reporting on Afghanistan and the region"),
    // Canonical links, feeds and sitemaps are made from it; without it they point at this machine.
    url: siteUrl.optional(),
    // A date-only publishedAt means that day here; scheduled moments are told in this zone.
    timeZone: timeZone.default("Asia/Kabul"),
    frontPageStories: frontPageStories.default(50),
    // Where `npm run publish` deploys the site: a folder on this machine, or user@host:/var/www/news/ (rsync).
    deploy: z
      .string({ error: "expected where the site goes, like /var/www/news or user@host:/var/www/news/" })
      .trim()
      .min(1, "expected where the site goes, like /var/www/news or user@host:/var/www/news/")
      .optional(),
  })
  .strict();

export type SiteSettings = z.output<typeof settingsSchema>;

/** The settings in `<contentDir>/site.yml`, the defaults for those it leaves out (or for no file); throws naming each bad one. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  const shown = shownSettingsFile(contentDir);
  let data: unknown = {};
  const lineCounter = new LineCounter();
  let lineOf = (_setting: string): number | undefined => undefined;
  if (fs.existsSync(file)) {
    const doc = parseDocument(fs.readFileSync(file, "utf8"), { schema: "core", lineCounter });
    if (doc.errors.length > 0) {
      throw new Error(`${shown}: it is not valid YAML (${doc.errors[0].message.split("\n")[0]}): write each setting as \`name: value\``);
    }
    data = doc.toJS() ?? {};
    lineOf = (setting) => {
      const start = keyOffset(doc, [setting]);
      return start === undefined ? undefined : lineCounter.linePos(start).line;
    };
  }
  const where = (setting: string) => {
    const line = lineOf(setting);
    return line === undefined ? shown : `${shown}:${line}`;
  };
  const parsed = settingsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) =>
    issue.code === "unrecognized_keys"
      ? `${where(issue.keys[0])}: ${issue.keys.join(", ")}: unknown setting: the settings are ${listed(Object.keys(settingsSchema.shape))}`
      : `${where(String(issue.path[0] ?? ""))}: ${issue.path.join(".") || "settings"}: ${issue.message}`,
  );
  throw new Error(lines.join("\n"));
}
