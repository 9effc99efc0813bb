// Loaded into a build with NODE_OPTIONS=--require (tests/host/fixture-sites.ts), and so into every
// Node process the build starts: refuses any connection beyond this machine, and any name lookup
// but localhost's, so that a build that reaches the internet (a font downloaded for a card) fails
// its tests rather than drawing something else where there is no network. Each attempt is also
// written to NO_NETWORK_REPORT, for code that catches the error and goes on (next/og did).
// CommonJS, plain JavaScript: a --require preload runs before any loader could compile TypeScript.
"use strict";
const dns = require("node:dns");
const fs = require("node:fs");
const net = require("node:net");

const LOOPBACK_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

function isLoopback(host) {
  if (host === undefined || host === null || host === "") return true; // Node's default host is localhost
  const name = String(host).toLowerCase().replace(/^\[|\]$/g, "");
  if (LOOPBACK_NAMES.has(name) || name.endsWith(".localhost")) return true;
  if (net.isIPv4(name)) return name.startsWith("127.");
  if (net.isIPv6(name)) return name === "::1" || /^::ffff:127\./.test(name);
  return false;
}

function refuse(what) {
  const message = `no network during a build: refused ${what} (process ${process.pid}: ${process.argv.slice(1, 3).join(" ")})`;
  const report = process.env.NO_NETWORK_REPORT;
  if (report) fs.appendFileSync(report, `${message}\n`);
  process.stderr.write(`${message}\n`);
  const error = new Error(message);
  error.code = "ENETUNREACH";
  return error;
}

// Every TCP and TLS connection (http, https, undici's fetch, tls.connect) goes through a socket's
// connect: a path (a Unix socket, a pipe) stays on this machine.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === "object" && first !== null ? first : { port: first, host: typeof args[1] === "string" ? args[1] : undefined };
  if (!options.path && !isLoopback(options.host)) throw refuse(`a connection to ${options.host}:${options.port}`);
  return connect.apply(this, args);
};

// fetch, refused before undici resolves the name, with a message naming the address.
const originalFetch = globalThis.fetch;
if (originalFetch) {
  globalThis.fetch = function (input, init) {
    const address = typeof input === "string" || input instanceof URL ? String(input) : input && input.url;
    let host;
    try {
      host = new URL(address).hostname;
    } catch {
      host = undefined;
    }
    if (host && !isLoopback(host)) return Promise.reject(refuse(`fetch(${address})`));
    return originalFetch.call(this, input, init);
  };
}

// Name lookups: a lookup is itself traffic (to the resolver), and the first sign of a connection.
for (const [owner, names] of [
  [dns, ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveTxt", "resolveSrv", "resolveNs"]],
  [dns.promises, ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveTxt", "resolveSrv", "resolveNs"]],
]) {
  for (const name of names) {
    const original = owner[name];
    if (typeof original !== "function") continue;
    owner[name] = function (host, ...rest) {
      if (!isLoopback(host)) throw refuse(`a lookup of ${host}`);
      return original.call(this, host, ...rest);
    };
  }
}
