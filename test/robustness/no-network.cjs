// Preloaded with `node --require` in the privacy tests: every way Node opens a connection throws,
// and each attempt is written to stderr, so a test sees any network use even if the code catches it.
"use strict";
const blocked = (name) =>
  function () {
    process.stderr.write(`NETWORK ATTEMPT: ${name}\n`);
    throw new Error(`network access is blocked in this test: ${name}`);
  };
const stub = (moduleName, functions) => {
  const mod = require(moduleName);
  for (const fn of functions) if (typeof mod[fn] === "function") mod[fn] = blocked(`${moduleName}.${fn}`);
};
stub("net", ["connect", "createConnection"]);
stub("tls", ["connect"]);
stub("http", ["request", "get"]);
stub("https", ["request", "get"]);
stub("http2", ["connect"]);
stub("dgram", ["createSocket"]);
stub("dns", ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]);
require("net").Socket.prototype.connect = blocked("net.Socket.connect");
for (const name of ["fetch", "WebSocket", "EventSource"]) if (name in globalThis) globalThis[name] = blocked(name);
