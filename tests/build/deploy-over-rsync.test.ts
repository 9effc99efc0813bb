// `npm run deploy -- host:path`, with Debian's rsync over a real ssh server on 127.0.0.1: held to
// the rules a deploy to a folder is held to (scripts/deploy/destination-rules.ts). A destination
// holding anything else, the root or the home folder is refused before anything is copied or
// deleted; a missing or empty one gets the site and the marker, and stays exactly the site's files.
// Here, not with the unit tests: each of its 25 ssh logins takes a few tenths of a second (14 s in all).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEPLOY_MARKER, DEPLOY_MARKER_TEXT } from "@/scripts/deploy/destination-rules";
import { rsyncDestinationProblem, rsyncSite } from "@/scripts/deploy/rsync-site";
import { contents, deploy, folder, SITE } from "../host/deploy-command";
import { startSshServer, type SshServer } from "../host/ssh-server";

describe("a deploy over rsync", () => {
  let server: SshServer;
  beforeAll(async () => {
    server = await startSshServer();
    // How an operator passes ssh's options: rsync reads them from RSYNC_RSH.
    vi.stubEnv("RSYNC_RSH", server.rsh);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  it("refuses a folder that holds files it did not put there, saying so before it copies or deletes anything", () => {
    const site = folder(SITE);
    const others = { "other-site/index.html": "Another site", ".ssh/authorized_keys": "ssh-ed25519 AAAA someone" };
    const destination = folder(others, server.root);

    const run = deploy(site, `127.0.0.1:${destination}/`);
    expect(run.stderr).toBe(
      `127.0.0.1:${destination}/ already holds files this command did not put there; deploying would delete them. Deploy into an empty folder (or one deployed to before). Nothing was copied.\n`,
    );
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
    expect(contents(destination)).toEqual(others);
  }, 30_000);

  it("refuses the root and the home folder, however the path names them", () => {
    const site = folder(SITE);
    fs.mkdirSync(path.join(server.home, ".ssh"), { recursive: true });
    fs.writeFileSync(path.join(server.home, ".ssh/authorized_keys"), "ssh-ed25519 AAAA someone");
    const refusal = (where: string) => new RegExp(`^127\\.0\\.0\\.1:\\S* is ${where}, and a deploy deletes whatever its folder holds besides the site\\. Name a folder of the site's own, such as 127\\.0\\.0\\.1:/var/www/news/$`);

    for (const destination of ["127.0.0.1:", "127.0.0.1:~", "127.0.0.1:~/", "127.0.0.1:.", "127.0.0.1:~root", "127.0.0.1:www/.."]) {
      expect(rsyncDestinationProblem(site, destination), destination).toMatch(refusal("the home folder"));
    }
    for (const destination of ["127.0.0.1:/", "127.0.0.1://", "127.0.0.1:/var/..", "127.0.0.1:/.."]) {
      expect(rsyncDestinationProblem(site, destination), destination).toMatch(refusal("the root folder"));
    }
    expect(rsyncDestinationProblem(site, "127.0.0.1:..")).toMatch(refusal("above the home folder"));
    expect(rsyncDestinationProblem(site, "127.0.0.1:/var/www/*")).toBe(
      `127.0.0.1:/var/www/* has "*" in its path, which rsync and the remote shell read as patterns or commands: name the folder with letters, digits, ".", "-", "_" and "/" only`,
    );
    expect(rsyncDestinationProblem(site, "127.0.0.1:/var/www/$(reboot)")).toMatch(/ has "\$", "\(", "\)" in its path/);
    expect(rsyncDestinationProblem(site, "127.0.0.1::www")).toBe(
      "127.0.0.1::www is an rsync daemon's module; the deploy goes over ssh: name the folder as host:/var/www/news/",
    );
    // Named by its full path, the home folder is a folder of files the deploy did not put there.
    expect(rsyncDestinationProblem(site, `127.0.0.1:${server.home}`)).toMatch(/already holds files this command did not put there/);
    expect(contents(server.home)).toEqual({ ".ssh/authorized_keys": "ssh-ed25519 AAAA someone" });
  });

  it("deploys to a missing or empty folder, marks it, and brings it up to date on the next deploy", () => {
    const site = folder(SITE);
    const parent = folder({}, server.root);
    const missing = path.join(parent, "www");

    const run = deploy(site, `127.0.0.1:${missing}/`);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`Deployed ${site}/ to 127.0.0.1:${missing}/.\n`);
    expect(contents(missing)).toEqual({ ...SITE, [DEPLOY_MARKER]: DEPLOY_MARKER_TEXT });
    // Made by the deploy, readable by the web server, which runs as another user.
    expect(fs.statSync(missing).mode & 0o777).toBe(0o755);

    const empty = path.join(parent, "empty");
    fs.mkdirSync(empty);
    expect(rsyncDestinationProblem(site, `127.0.0.1:${empty}`)).toBeUndefined();
    expect(rsyncSite(site, `127.0.0.1:${empty}`)).toBe(true);
    expect(contents(empty)).toEqual({ ...SITE, [DEPLOY_MARKER]: DEPLOY_MARKER_TEXT });

    // The next build: a story unpublished, the stylesheet renamed, the front page changed.
    fs.rmSync(path.join(site, "articles/gone"), { recursive: true });
    fs.renameSync(path.join(site, "_next/static/site-1.css"), path.join(site, "_next/static/site-2.css"));
    fs.writeFileSync(path.join(site, "index.html"), "<a href=/articles/a/>A, updated</a>");
    // Changed here, it is seen to be the same file after: the deletions spared it.
    fs.writeFileSync(path.join(missing, DEPLOY_MARKER), "The first deploy's marker.\n");

    expect(rsyncDestinationProblem(site, `127.0.0.1:${missing}/`)).toBeUndefined();
    expect(rsyncSite(site, `127.0.0.1:${missing}/`)).toBe(true);
    expect(contents(missing)).toEqual({ ...contents(site), [DEPLOY_MARKER]: "The first deploy's marker.\n" });
    expect(fs.existsSync(path.join(missing, "articles/gone"))).toBe(false);
  }, 30_000);

  it("refuses a file, and a folder whose folder above is not there", () => {
    const site = folder(SITE);
    const parent = folder({ "a-file": "not a folder" }, server.root);
    expect(rsyncDestinationProblem(site, `127.0.0.1:${parent}/a-file`)).toBe(`127.0.0.1:${parent}/a-file is a file, not a folder`);
    expect(rsyncDestinationProblem(site, `127.0.0.1:${parent}/no/www/`)).toMatch(
      new RegExp(`^Neither 127\\.0\\.0\\.1:${parent}/no/www/ nor the folder above it \\(${parent}/no\\) is there or can be read: create the folder above it first \\(rsync said: .*No such file or directory`),
    );
  });
});
