// The desk's configuration for a newsroom's git host (docs/desk.md, "On the newsroom's git
// host"): the same collections and fields as the desk on this machine, made by the same code, with
// Decap's backend for GitHub, GitLab or Gitea/Forgejo instead of decap-server. Editors sign in
// with their own account on the host; the configuration holds no secret, only the public id of
// the host's OAuth application (GitLab, Gitea) or the address of the sign-in server that keeps
// GitHub's client secret.
import { z } from "zod";
import { deskConfig } from "./desk-config";

const https = (what: string) =>
  z.url({ protocol: /^https$/, error: `${what} must be an https:// address, like https://git.example.org` }).transform((url) => url.replace(/\/+$/, ""));
const appId = (what: string) => z.string({ error: `--app-id: ${what}` }).min(1, `--app-id: ${what}`);
const common = {
  repo: z.string({ error: "--repo: the repository, as owner/name" }).regex(/^[\w.-]+\/[\w.-]+$/, "--repo must be the repository as owner/name, like newsroom/site"),
  branch: z.string({ error: "--branch must be a branch name, like main" }).regex(/^[\w./-]+$/, "--branch must be a branch name, like main").default("main"),
};

/** A newsroom's git host, as `npm run desk -- --config-for <host>` is told it. */
export const gitHostSchema = z.discriminatedUnion(
  "host",
  [
    // GitHub's sign-in needs a client secret, which only a server may hold: Decap opens base_url/auth.
    z.object({ host: z.literal("github"), ...common, authServer: https("--auth-server (the OAuth server holding GitHub's client secret)") }),
    // GitLab and Gitea/Forgejo sign in from the browser with PKCE: the application's id is public.
    z.object({ host: z.literal("gitlab"), ...common, appId: appId("the GitLab application's id"), url: https("--url").default("https://gitlab.com") }),
    z.object({ host: z.literal("gitea"), ...common, appId: appId("the Gitea or Forgejo application's id"), url: https("--url (the Gitea or Forgejo server)") }),
  ],
  { error: "--config-for must be github, gitlab or gitea" },
);
export type GitHost = z.infer<typeof gitHostSchema>;

/** Decap's `backend` for `host`. */
function backend(host: GitHost) {
  const { repo, branch } = host;
  if (host.host === "github") return { name: "github", repo, branch, base_url: host.authServer };
  if (host.host === "gitlab") return { name: "gitlab", repo, branch, auth_type: "pkce", app_id: host.appId, base_url: host.url, api_root: `${host.url}/api/v4` };
  return { name: "gitea", repo, branch, app_id: host.appId, base_url: host.url, api_root: `${host.url}/api/v1` };
}

/** The desk's configuration on `host`: the repository's own folders, committed to `host.branch`. */
export function hostedDeskConfig(host: GitHost, guide?: string) {
  // decap-server's address (local_backend) has no place on a git host.
  const { local_backend: _server, backend: _local, ...forms } = deskConfig({ content: "content", images: "public/images", server: "" }, guide);
  return { ...forms, backend: backend(host) };
}

/** The git host named by the command line's `--config-for`, `--repo`, `--branch`, `--app-id`, `--url` and `--auth-server`. */
export function gitHostFromArgs(args: readonly string[]): GitHost {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at === -1 ? undefined : args[at + 1];
  };
  const given = {
    host: value("--config-for"),
    repo: value("--repo"),
    branch: value("--branch"),
    appId: value("--app-id"),
    url: value("--url"),
    authServer: value("--auth-server"),
  };
  const parsed = gitHostSchema.safeParse(Object.fromEntries(Object.entries(given).filter(([, text]) => text !== undefined)));
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data;
}
