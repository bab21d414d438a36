"use strict";
/**
 * Loaded into a Node process with NODE_OPTIONS=--require <this file>: every
 * way Node has to reach the network (sockets, TLS, DNS, HTTP(S), HTTP/2, UDP,
 * fetch, WebSocket) and to start another program (which could) is replaced by
 * a function that writes GEEN-NETWERK-SCHENDING to stderr and throws. A test
 * that finds the marker, or an exit code other than the expected one, fails.
 */
const MERK = "GEEN-NETWERK-SCHENDING";

function verbied(wat) {
  return function verboden() {
    process.stderr.write(`${MERK}: ${wat}\n`);
    throw new Error(`${MERK}: ${wat}`);
  };
}

function vervang(module, naam, namen) {
  for (const n of namen) if (typeof module[n] === "function") module[n] = verbied(`${naam}.${n}`);
}

const net = require("node:net");
net.Socket.prototype.connect = verbied("net.Socket.prototype.connect");
vervang(net, "net", ["connect", "createConnection"]);
vervang(require("node:tls"), "tls", ["connect"]);
const dns = require("node:dns");
const dnsNamen = [
  "lookup",
  "lookupService",
  "resolve",
  "resolve4",
  "resolve6",
  "resolveAny",
  "resolveCname",
  "resolveMx",
  "resolveNs",
  "resolveTxt",
  "resolveSrv",
  "reverse",
];
vervang(dns, "dns", dnsNamen);
vervang(dns.promises, "dns.promises", dnsNamen);
vervang(require("node:http"), "http", ["request", "get"]);
vervang(require("node:https"), "https", ["request", "get"]);
vervang(require("node:http2"), "http2", ["connect"]);
vervang(require("node:dgram"), "dgram", ["createSocket"]);
vervang(require("node:child_process"), "child_process", ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]);
for (const n of ["fetch", "WebSocket", "EventSource"]) {
  if (n in globalThis) Object.defineProperty(globalThis, n, { value: verbied(n), configurable: true, writable: true });
}
