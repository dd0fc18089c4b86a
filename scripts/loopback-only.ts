/**
 * Preloaded into the Agents Playground (`node --import`): every server it starts without naming a host
 * listens on 127.0.0.1 instead of all interfaces. The Playground's CLI has no host option and called
 * `listen(port)`, which bound `*:56150`; the README promised loopback only.
 */
import net from 'node:net';

const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function loopbackListen(this: net.Server, ...args: unknown[]) {
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port), listen(port, callback), listen(port, backlog, callback): put the host in.
    if (typeof second !== 'string') args.splice(1, 0, '127.0.0.1');
  } else if (typeof first === 'object' && first !== null && !('path' in first) && !('host' in first)) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return (listen as (...rest: unknown[]) => net.Server).apply(this, args);
} as typeof net.Server.prototype.listen;
