// Preloaded into an app instance (NODE_OPTIONS=--require, with PRESSROOM_NETWORK_GUARD=1) by specs that
// must show the server never reaches past this machine: every TCP connection to an address other than
// loopback is written to stderr as a line starting with NETWORK_MARK (fetch, http and database clients
// all connect through net.Socket). The connection is let through: the spec reads the log, it does not
// change the app. Required without the variable (by the spec, for the marks), it changes nothing.
// Test code only.
const net = require("node:net");

const NETWORK_MARK = "pressroom-e2e outbound connection:";
// So a spec can tell the guard was in place (a preload that silently failed would prove nothing).
const GUARD_LOADED = "pressroom-e2e network guard loaded";
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|\[::1\])$/i;

if (process.env.PRESSROOM_NETWORK_GUARD === "1") {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    // net.connect passes its normalized [options, callback] array; direct calls pass (options) or (port, host).
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options =
      first !== null && typeof first === "object"
        ? first
        : { port: first, host: typeof args[1] === "string" ? args[1] : undefined };
    if (!options.path) {
      const host = options.host ?? "localhost";
      if (!LOOPBACK.test(host)) process.stderr.write(`${NETWORK_MARK} ${host}:${options.port}\n`);
    }
    return connect.apply(this, args);
  };
  process.stderr.write(`${GUARD_LOADED} (pid ${process.pid})\n`);
}

module.exports = { NETWORK_MARK, GUARD_LOADED };
