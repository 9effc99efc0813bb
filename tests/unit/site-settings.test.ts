// The site's settings in content/site.yml: what editors may set, the message for a wrong one,
// environment variables overriding them for one build, and a build for the web that refuses to
// point every link at localhost.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { readSiteSettings } from "@/lib/site-settings";
import { runBuild } from "../host/build-site";
import { tempSite } from "./helpers";

function settingsFolder(yaml?: string): string {
  const site = tempSite();
  if (yaml !== undefined) fs.writeFileSync(path.join(site.contentDir, "site.yml"), yaml);
  return site.contentDir;
}

describe("content/site.yml", () => {
  it("gives the defaults for what it leaves out, and without it", () => {
    expect(readSiteSettings(settingsFolder())).toEqual({
      name: "The Frontier Dispatch",
      tagline: "Reporting on Afghanistan and the region",
      timeZone: "Asia/Kabul",
      frontPageStories: 50,
    });
    expect(readSiteSettings(settingsFolder("url: https://news.example.org/\ntimeZone: Europe/London\n"))).toMatchObject({
      url: "https://news.example.org",
      timeZone: "Europe/London",
    });
  });

  it.each([
    ["timeZone: Kabul", 'timeZone: expected a time zone like Asia/Kabul or Europe/London; found "Kabul"'],
    ["url: news.example.org", "url: expected the site's address, like https://news.example.org"],
    ["frontPageStories: 5000", "frontPageStories: over 500 stories makes the front page too heavy for phones"],
    ["timezone: Asia/Kabul", "timezone: unknown setting: the settings are name, tagline, url, timeZone, frontPageStories and deploy"],
    ["deploy: 80", "deploy: expected where the site goes, like /var/www/news or user@host:/var/www/news/"],
    ['deploy: ""', "deploy: expected where the site goes, like /var/www/news or user@host:/var/www/news/"],
  ])("names the file, the line and the setting when %s", (line, message) => {
    const folder = settingsFolder(`# The site's settings.\nname: The Dispatch\n${line}\n`);
    expect(() => readSiteSettings(folder)).toThrow(`${path.relative(process.cwd(), path.join(folder, "site.yml"))}:3: ${message}`);
  });

  it("says where npm run publish deploys the site", () => {
    expect(readSiteSettings(settingsFolder("deploy: /var/www/news\n")).deploy).toBe("/var/www/news");
    expect(readSiteSettings(settingsFolder("deploy: editor@news.example.org:/var/www/news/\n")).deploy).toBe("editor@news.example.org:/var/www/news/");
  });

  it("is overridden by the environment, for tests and CI", () => {
    const contentDir = settingsFolder("url: https://news.example.org\ntimeZone: Asia/Kabul\nfrontPageStories: 20\n");
    expect(readConfig({ CONTENT_DIR: contentDir })).toMatchObject({ siteUrl: "https://news.example.org", siteUrlIsSet: true, timeZone: "Asia/Kabul", frontPageStories: 20 });
    expect(readConfig({ CONTENT_DIR: contentDir, SITE_URL: "https://staging.example.org", TIME_ZONE: "UTC", FRONT_PAGE_STORIES: "5" })).toMatchObject({
      siteUrl: "https://staging.example.org",
      timeZone: "UTC",
      frontPageStories: 5,
    });
    expect(() => readConfig({ CONTENT_DIR: contentDir, TIME_ZONE: "Kabul" })).toThrow('TIME_ZONE: expected a time zone like Asia/Kabul or Europe/London; found "Kabul"');
  });
});

describe("a build for the web", { timeout: 60_000 }, () => {
  // No SITE_URL, and no --local: a build for the web, with no address. It stops before any work, so
  // it runs in an empty stand-in for the project, without waiting for the project's builds.
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-stand-in-"));
  const build = (contentDir: string) => runBuild({ CONTENT_DIR: contentDir, OUT_DIR: path.join(contentDir, "..", "out"), SITE_URL: undefined }, { local: false, project });

  it("refuses to run while the site's address is not set, saying where to set it", () => {
    const contentDir = settingsFolder("timeZone: Asia/Kabul\n");
    const result = build(contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The site's address is not set, so canonical links, feeds and sitemaps would point at http://localhost:3000.");
    expect(result.stderr).toContain(`Set it in ${path.relative(project, path.join(contentDir, "site.yml"))} (url: https://news.example.org), or in SITE_URL for one build.`);
    expect(result.stderr).toContain("run npm run build -- --local (npm start does)");
    expect(fs.existsSync(path.join(contentDir, "..", "out"))).toBe(false);
  });
});
