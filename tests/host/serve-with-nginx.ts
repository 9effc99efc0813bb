// The built site served by Debian's nginx with the configuration the build wrote beside it
// (<out>.nginx.conf), the way production serves it: same interface as serveWithHeaders, so a spec
// runs against both. nginx runs as the current user, in the foreground, with every file it
// writes in a temporary folder, on a free port of 127.0.0.1.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { nginxConfigPath, quoted } from "../../scripts/build/nginx-config";
import type { Host } from "./serve-with-headers";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

/** The first free port from `from` (NGINX_PORT, else 5350): E2E_PORT's neighbours are Playwright's. */
async function freePort(from = Number(process.env.NGINX_PORT ?? 5350)): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await isFree(port)) return port;
  throw new Error(`no free port from ${from} to ${from + 49} for nginx`);
}

/** A whole nginx.conf around the site's include file: no root, no daemon, nothing outside `temp`. */
export function nginxMainConfig(out: string, port: number, temp: string): string {
  const paths = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${quoted(path.join(temp, kind))};`);
  // Run by root (as in CI's container), nginx's workers would be "nobody", who cannot read a private temporary folder.
  const user = process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : "";
  return `${user}daemon off;
pid ${quoted(path.join(temp, "nginx.pid"))};
error_log ${quoted(path.join(temp, "error.log"))} warn;
events {}
http {
  access_log off;
${paths.join("\n")}
  server {
    listen 127.0.0.1:${port};
    include ${quoted(nginxConfigPath(out))};
  }
}
`;
}

/** Runs nginx's own check of the configuration for the site in `out`: its output, or an Error with it. */
export async function testNginxConfig(out: string): Promise<string> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nginx-"));
  try {
    const conf = path.join(temp, "nginx.conf");
    fs.writeFileSync(conf, nginxMainConfig(out, await freePort(), temp));
    const nginx = spawn(NGINX, ["-t", "-q", "-p", temp, "-c", conf, "-e", path.join(temp, "error.log")]);
    let output = "";
    nginx.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => nginx.on("close", resolve));
    if (code !== 0) throw new Error(`nginx -t failed:\n${output}`);
    return output;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** Serves `out` with nginx and the configuration the build wrote for it. */
export async function serveWithNginx(out: string): Promise<Host> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nginx-"));
  const port = await freePort();
  const conf = path.join(temp, "nginx.conf");
  fs.writeFileSync(conf, nginxMainConfig(out, port, temp));
  const nginx = spawn(NGINX, ["-p", temp, "-c", conf, "-e", path.join(temp, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  nginx.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => nginx.on("close", resolve));
  const origin = `http://127.0.0.1:${port}`;
  // Ready when it answers; if it exits first, its own words say why.
  for (let tries = 0; ; tries++) {
    if (tries === 200) nginx.kill("SIGQUIT");
    const ended = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 50))]);
    if (ended) {
      const log = fs.existsSync(path.join(temp, "error.log")) ? fs.readFileSync(path.join(temp, "error.log"), "utf8") : "";
      fs.rmSync(temp, { recursive: true, force: true });
      throw new Error(`nginx stopped before serving:\n${output}${log}`);
    }
    if (await fetch(`${origin}/`).then(() => true, () => false)) break;
  }
  return {
    origin,
    async close() {
      nginx.kill("SIGQUIT");
      await exited;
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}
