// The desk's configuration for a newsroom's git host (`npm run desk -- --config-for <host>`): the
// host's Decap backend with the repository and branch given, the same forms as the desk on this
// machine, no address of decap-server, and nothing that looks like a secret.
import { describe, expect, it } from "vitest";
import { deskConfig } from "@/scripts/desk/desk-config";
import { gitHostFromArgs, hostedDeskConfig } from "@/scripts/desk/hosted-config";

const local = deskConfig({ content: "content", images: "public/images", server: "http://127.0.0.1:1/api/v1" });

/** Every key at any depth of `value`, with its path. */
function keys(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keys(item, `${at}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${at}.${key}`, ...keys(inner, `${at}.${key}`)]);
}

describe("the desk on a git host", () => {
  it.each([
    [
      ["--config-for", "github", "--repo", "newsroom/site", "--auth-server", "https://auth.example.org/"],
      { name: "github", repo: "newsroom/site", branch: "main", base_url: "https://auth.example.org" },
    ],
    [
      ["--config-for", "gitlab", "--repo", "newsroom/site", "--branch", "live", "--app-id", "a1b2"],
      { name: "gitlab", repo: "newsroom/site", branch: "live", auth_type: "pkce", app_id: "a1b2", base_url: "https://gitlab.com", api_root: "https://gitlab.com/api/v4" },
    ],
    [
      ["--config-for", "gitea", "--repo", "newsroom/site", "--app-id", "c3d4", "--url", "https://git.example.org"],
      { name: "gitea", repo: "newsroom/site", branch: "main", app_id: "c3d4", base_url: "https://git.example.org", api_root: "https://git.example.org/api/v1" },
    ],
  ])("%j: the host's backend, the same forms, no secret", (args, backend) => {
    const config = hostedDeskConfig(gitHostFromArgs(args));
    expect(config.backend).toEqual(backend);
    expect(config.collections).toEqual(local.collections);
    expect([config.media_folder, config.public_folder, config.slug]).toEqual([local.media_folder, local.public_folder, local.slug]);
    // Nothing of the desk on this machine: a page on the web must not write through 127.0.0.1.
    expect(JSON.stringify(config)).not.toContain("127.0.0.1");
    expect(keys(config).filter((key) => /secret|token|password|private|credential/i.test(key))).toEqual([]);
  });

  it("says what is missing or wrong, in the command line's words", () => {
    expect(() => gitHostFromArgs(["--config-for", "bitbucket", "--repo", "a/b"])).toThrow("--config-for must be github, gitlab or gitea");
    expect(() => gitHostFromArgs(["--config-for", "github", "--auth-server", "https://auth.example.org"])).toThrow("--repo: the repository, as owner/name");
    expect(() => gitHostFromArgs(["--config-for", "github", "--repo", "site"])).toThrow("--repo must be the repository as owner/name");
    expect(() => gitHostFromArgs(["--config-for", "github", "--repo", "a/b"])).toThrow("--auth-server (the OAuth server holding GitHub's client secret) must be an https:// address");
    expect(() => gitHostFromArgs(["--config-for", "gitlab", "--repo", "a/b"])).toThrow("--app-id: the GitLab application's id");
    expect(() => gitHostFromArgs(["--config-for", "gitea", "--repo", "a/b", "--app-id", "x", "--url", "http://git.example.org"])).toThrow("must be an https:// address");
  });
});
