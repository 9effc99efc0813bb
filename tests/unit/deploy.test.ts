// `npm run deploy -- <folder>`: the destination ends up with exactly the site's files, assets
// before the pages that use them and stale files removed last, and nothing outside it is touched.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copySite, destinationProblem } from "@/scripts/deploy/copy-site";
import { BUILD_RECORD } from "@/scripts/build/build-record";
import { DEPLOY_MARKER } from "@/scripts/deploy/destination-rules";
import { contents, deploy, folder, SITE } from "../host/deploy-command";

/** A page, or what tells browsers how to take one: copied after the assets pages use. */
const PAGE = /\.(html|xml|json)$|_headers/;

describe("a deploy to a folder", () => {
  it("copies assets first, then pages, and removes what the site no longer has last", () => {
    const site = folder(SITE);
    const destination = path.join(folder(), "www");

    const first = copySite(site, destination);
    expect(contents(destination)).toEqual({ ...SITE, [DEPLOY_MARKER]: expect.any(String) });
    const firstPage = first.written.findIndex((file) => PAGE.test(file));
    expect(first.written.slice(0, firstPage).sort()).toEqual(["_next/static/site-1.css", "images/photo.jpg"]);
    expect(first.written.slice(firstPage).every((file) => PAGE.test(file))).toBe(true);

    // The next build: a story unpublished, the stylesheet renamed, the front page changed.
    fs.rmSync(path.join(site, "articles/gone"), { recursive: true });
    fs.renameSync(path.join(site, "_next/static/site-1.css"), path.join(site, "_next/static/site-2.css"));
    fs.writeFileSync(path.join(site, "index.html"), "<a href=/articles/a/>A, updated</a>");

    const second = copySite(site, destination);
    expect(second.written).toEqual(["_next/static/site-2.css", "index.html"]);
    expect(second).toMatchObject({ assets: 1, pages: 1, removed: 2, unchanged: 5 });
    expect(fs.existsSync(path.join(destination, "articles/gone"))).toBe(false);
    expect(fs.existsSync(path.join(destination, "_next/static/site-1.css"))).toBe(false);
  });

  it("refuses a folder that holds files it did not put there, and copies nothing", () => {
    const site = folder(SITE);
    const destination = folder({ "notes.txt": "someone's notes" });

    expect(destinationProblem(site, destination)).toBe(
      `${destination} already holds files this command did not put there; deploying would delete them. Deploy into an empty folder (or one deployed to before)`,
    );
    expect(destinationProblem(site, "/")).toBe(
      "/ is the root folder, and a deploy deletes whatever its folder holds besides the site. Name a folder of the site's own, such as /var/www/news",
    );
    expect(destinationProblem(site, `${os.homedir()}/`)).toMatch(/ is the home folder, and a deploy deletes whatever its folder holds besides the site\./);
    expect(destinationProblem(site, path.join(site, "copy"))).toMatch(/overlap: deploy into a folder of its own$/);
    expect(destinationProblem(folder(), destination)).toMatch(/holds no built site \(no index.html\): run npm run build first$/);
  });

  it("removes a symbolic link in the destination as a link, never what it points at", () => {
    const site = folder(SITE);
    const outside = folder({ "precious.txt": "keep me" });
    const destination = path.join(folder(), "www");
    copySite(site, destination);
    fs.symlinkSync(outside, path.join(destination, "stray-link"));
    fs.rmSync(path.join(destination, "images"), { recursive: true });
    fs.symlinkSync(outside, path.join(destination, "images"));

    copySite(site, destination);
    expect(contents(outside)).toEqual({ "precious.txt": "keep me" });
    expect(fs.lstatSync(path.join(destination, "images")).isDirectory()).toBe(true);
    expect(fs.existsSync(path.join(destination, "stray-link"))).toBe(false);
  });

  it("writes every file under a name of its own, never through a link planted at the destination", () => {
    const site = folder({ ...SITE, "robots.txt": "User-agent: *" });
    const outside = folder({ "precious.txt": "keep me", "also.txt": "and me" });
    const destination = path.join(folder(), "www");
    fs.mkdirSync(destination);
    fs.symlinkSync(path.join(outside, "precious.txt"), path.join(destination, "robots.txt.deploying"));
    fs.symlinkSync(path.join(outside, "also.txt"), path.join(destination, DEPLOY_MARKER));

    copySite(site, destination);
    expect(contents(outside)).toEqual({ "precious.txt": "keep me", "also.txt": "and me" });
    expect(fs.lstatSync(path.join(destination, "robots.txt")).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(destination, "robots.txt"), "utf8")).toBe("User-agent: *");
    expect(fs.lstatSync(path.join(destination, DEPLOY_MARKER)).isFile()).toBe(true);
    expect(contents(destination)).toEqual({ ...SITE, "robots.txt": "User-agent: *", [DEPLOY_MARKER]: expect.any(String) });
    expect(fs.readdirSync(destination).filter((name) => name.includes(".deploying"))).toEqual([]);
  });

  it("finishes, when run again, a first deploy that stopped halfway", () => {
    const site = folder(SITE);
    // A file that cannot be read stops the deploy after the folder has some of the site.
    fs.symlinkSync(path.join(site, "nowhere.png"), path.join(site, "images/unreadable.png"));
    const destination = path.join(folder(), "www");
    expect(() => copySite(site, destination)).toThrow();
    expect(fs.readdirSync(destination).length).toBeGreaterThan(0);

    fs.unlinkSync(path.join(site, "images/unreadable.png"));
    expect(destinationProblem(site, destination)).toBeUndefined();
    copySite(site, destination);
    expect(contents(destination)).toEqual({ ...SITE, [DEPLOY_MARKER]: expect.any(String) });
  });

  it("is one command, saying what it did", () => {
    const site = folder(SITE);
    const destination = path.join(folder(), "www");
    const run = deploy(site, destination);
    expect(run.stdout).toBe(
      `Deployed ${site}/ to ${destination}: 2 new or changed assets, then 6 pages, then 0 files the site no longer has removed (0 unchanged).\n`,
    );
    expect(run.status).toBe(0);
  }, 30_000);

  it("refuses a site built for this machine only, or for another address, saying how to build for the web, and copies nothing", () => {
    const destination = path.join(folder(), "www");
    const built = (record: object) => folder({ ...SITE, [BUILD_RECORD]: JSON.stringify(record) });

    const local = built({ builtFor: "http://localhost:3000", forTheWeb: false });
    expect(deploy(local, destination).stderr).toBe(
      `${local} was built for this machine only (npm start, or npm run build -- --local): its links, feeds and sitemaps point at http://localhost:3000. Build it for the web with npm run build, then deploy again. Nothing was copied.\n`,
    );
    const elsewhere = built({ builtFor: "https://staging.example.org", forTheWeb: true });
    expect(deploy(elsewhere, destination).stderr).toBe(
      `${elsewhere} was built for https://staging.example.org, but the site's address is https://news.example.org (content/site.yml). Build it for the web with npm run build, then deploy again. Nothing was copied.\n`,
    );
    const { [BUILD_RECORD]: _, ...unrecorded } = SITE;
    const older = folder(unrecorded);
    expect(deploy(older, destination).stderr).toBe(`${older} does not say what address it was built for (an older build): run npm run build again. Nothing was copied.\n`);
    const noAddress = deploy(folder(SITE), destination, null);
    expect(noAddress.stderr).toMatch(/^The site's address is not set, so no build is for the web yet: set it in content\/site.yml \(url: https:\/\/news.example.org\), then run npm run build\. Nothing was copied\.\n$/);
    expect(noAddress.status).toBe(1);
    expect(fs.existsSync(destination)).toBe(false);
  }, 60_000);
});
