// A real OpenSSH server on a free port of 127.0.0.1, for the deploy over rsync: Debian's sshd, run
// as the current user in the foreground, with a throwaway host key and client key in a temporary
// folder, which only that key logs in to. Every command it runs starts in a home folder of its
// own inside that folder, and one naming a path outside it is refused: a deploy gone wrong (the
// bug under test deletes a destination's files) reaches only the test's files, never the machine's.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const SSHD = "/usr/sbin/sshd";

export interface SshServer {
  /** The folder every command is held to; the test's folders go here. */
  root: string;
  /** The home folder logins start in (inside `root`). */
  home: string;
  /** The ssh command for RSYNC_RSH: port, key, and no questions about the host key. */
  rsh: string;
  close(): Promise<void>;
}

const INSTALL = "install Debian's openssh-server and rsync (apt-get install -y openssh-server rsync)";

/** A port the system has just given out, and so free. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port given"))));
    });
  });

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("data", () => resolve(true)).once("error", () => resolve(false));
    socket.once("close", () => resolve(false));
    setTimeout(() => socket.destroy(), 1_000);
  });

function keygen(file: string): void {
  const made = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", file], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`ssh-keygen could not make ${file} (${made.error?.message ?? made.stderr}): ${INSTALL}`);
}

// Run for every login instead of its own command: runs that command in the home folder, after
// refusing any path in it outside `root`. The paths rsync passes are plain: no quoting to undo.
const onlyInside = (root: string, home: string) => `#!/bin/sh
export HOME='${home}'
cd "$HOME" || exit 1
eval "set -- $SSH_ORIGINAL_COMMAND"
for arg do
  case "$arg" in
    -*) ;;
    /*) case "$arg/" in '${root}'/*) ;; *) echo "this test server serves only ${root}, not $arg" >&2; exit 1 ;; esac ;;
    *..*) echo "this test server serves only ${root}, not $arg" >&2; exit 1 ;;
  esac
done
exec "$@"
`;

export async function startSshServer(): Promise<SshServer> {
  if (!fs.existsSync(SSHD)) throw new Error(`The deploy tests need an ssh server (${SSHD} is missing): ${INSTALL}`);
  if (spawnSync("rsync", ["--version"]).error) throw new Error(`The deploy tests need rsync: ${INSTALL}`);
  // sshd refuses to start without its privilege separation folder, which the package's service makes.
  if (process.getuid?.() === 0) fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });

  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-ssh-")));
  const keys = path.join(root, "keys");
  const home = path.join(root, "home");
  fs.mkdirSync(keys, { mode: 0o700 });
  fs.mkdirSync(home);
  keygen(path.join(keys, "host"));
  keygen(path.join(keys, "client"));
  fs.copyFileSync(path.join(keys, "client.pub"), path.join(keys, "authorized_keys"));
  fs.writeFileSync(path.join(keys, "only-inside"), onlyInside(root, home), { mode: 0o755 });

  const port = await freePort();
  const config = path.join(keys, "sshd_config");
  fs.writeFileSync(
    config,
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${path.join(keys, "host")}`,
      `PidFile ${path.join(keys, "sshd.pid")}`,
      `AuthorizedKeysFile ${path.join(keys, "authorized_keys")}`,
      `AllowUsers ${os.userInfo().username}`,
      "PermitRootLogin prohibit-password",
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      // The keys are in a folder under /tmp, which anyone may write to: sshd's strict modes would refuse them.
      "StrictModes no",
      `ForceCommand ${path.join(keys, "only-inside")}`,
      "LogLevel ERROR",
      "",
    ].join("\n"),
  );
  // -D: in the foreground, ended with the test; -e: what it says goes to stderr, shown if it stops.
  const sshd = spawn(SSHD, ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
  let said = "";
  sshd.stderr.on("data", (chunk) => (said += chunk));
  const exited = new Promise<number | null>((resolve) => sshd.on("close", resolve));
  let ended = false;
  void exited.then(() => (ended = true));
  for (let tries = 0; !(await answers(port)); tries++) {
    if (ended || tries === 100) {
      sshd.kill();
      await exited;
      fs.rmSync(root, { recursive: true, force: true });
      throw new Error(`sshd did not start:\n${said}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const rsh = [
    "ssh -F /dev/null",
    `-p ${port} -i ${path.join(keys, "client")}`,
    "-o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR",
  ].join(" ");
  return {
    root,
    home,
    rsh,
    async close() {
      sshd.kill();
      await exited;
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
