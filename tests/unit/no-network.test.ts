// The preload that keeps the fixture sites' builds off the network (tests/host/no-network.cjs):
// each way a process could reach another machine is refused and reported, and this machine is
// still reachable (Next.js's workers, a test's server).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { noNetworkEnv } from "../host/no-network";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-no-network-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in a Node process with the preload, as the fixture builds run; what it printed, and what the report holds. */
function withPreload(script: string) {
  const report = path.join(dir, "attempts.log");
  const run = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, ...noNetworkEnv(report) }, encoding: "utf8", timeout: 30_000 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status, report: fs.existsSync(report) ? fs.readFileSync(report, "utf8") : "" };
}

// 192.0.2.1 is TEST-NET-1 (RFC 5737): routed nowhere, so nothing is reached even without the preload.
const ATTEMPTS = `
const net = require("node:net"), tls = require("node:tls"), http = require("node:http"), dns = require("node:dns");
const tried = async (name, attempt) => {
  try { await attempt(); console.log(name + ": connected"); } catch (error) { console.log(name + ": " + (error.message.startsWith("no network during a build") ? "refused" : "other error " + error.message)); }
};
(async () => {
  await tried("net.connect", () => new Promise((resolve, reject) => net.connect(80, "192.0.2.1").once("connect", resolve).once("error", reject)));
  await tried("tls.connect", () => new Promise((resolve, reject) => tls.connect(443, "192.0.2.1").once("secureConnect", resolve).once("error", reject)));
  await tried("http.get", () => new Promise((resolve, reject) => http.get("http://192.0.2.1/").once("response", resolve).once("error", reject)));
  await tried("fetch", () => fetch("https://fonts.googleapis.com/css2?family=Noto+Sans+Arabic"));
  await tried("dns.lookup", () => new Promise((resolve, reject) => dns.lookup("example.org", (error) => (error ? reject(error) : resolve()))));
  await tried("dns.promises.resolve", () => dns.promises.resolve4("example.org"));
  const server = http.createServer((_, response) => response.end("here")).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  await tried("loopback fetch", async () => { if ((await (await fetch("http://127.0.0.1:" + port + "/")).text()) !== "here") throw new Error("wrong answer"); });
  await tried("localhost http", () => new Promise((resolve, reject) => http.get("http://localhost:" + port + "/", resolve).once("error", reject)));
  server.close();
})();
`;

describe("the no-network preload", () => {
  it("refuses TCP, TLS, HTTP, fetch and name lookups beyond this machine, and reports each", () => {
    const { stdout, report, status } = withPreload(ATTEMPTS);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "net.connect: refused",
      "tls.connect: refused",
      "http.get: refused",
      "fetch: refused",
      "dns.lookup: refused",
      "dns.promises.resolve: refused",
      "loopback fetch: connected",
      "localhost http: connected",
    ]);
    expect(report).toContain("refused a connection to 192.0.2.1:80");
    expect(report).toContain("refused fetch(https://fonts.googleapis.com/css2?family=Noto+Sans+Arabic)");
    expect(report).toContain("refused a lookup of example.org");
    expect(report.trim().split("\n")).toHaveLength(6);
  });

  it("is inherited by the processes a build starts, through NODE_OPTIONS", () => {
    const { stdout, report } = withPreload(`
      const { execFileSync } = require("node:child_process");
      process.stdout.write(execFileSync(process.execPath, ["-e", "fetch('https://example.org/').then(() => console.log('connected'), (error) => console.log(error.message))"], { encoding: "utf8" }));
    `);
    expect(stdout).toMatch(/^no network during a build: refused fetch\(https:\/\/example\.org\/\)/);
    expect(report).toContain("refused fetch(https://example.org/)");
  });
});
