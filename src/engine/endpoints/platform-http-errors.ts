/** Why the `platform-http` server could not start. Both are {@link DromedaryError}s with stable codes. */
import { DromedaryError } from '../../api/errors.js';

/** The `host:port` of a listen address, with IPv6 hosts in brackets. */
export function listenAddress(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${String(port)}`;
}

/**
 * Code `PLATFORM_HTTP_PORT_IN_USE`: another process (or server) already listens on the address. The message names
 * `host:port` and the ways to choose another port (`--port`, `camel.server.port`, `--port 0` for an ephemeral one).
 */
export class PlatformHttpPortInUseError extends DromedaryError {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(
      'PLATFORM_HTTP_PORT_IN_USE',
      `The platform-http port ${listenAddress(host, port)} is already in use: choose another with --port <port> ` +
        `(or the property camel.server.port), or use --port 0 for an ephemeral port.`,
    );
  }
}

/**
 * Code `PLATFORM_HTTP_LISTEN_FAILED`: listening failed for another reason (an address that is not local, a privileged
 * port); `cause` is Node's error.
 */
export class PlatformHttpListenError extends DromedaryError {
  constructor(
    readonly host: string,
    readonly port: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super('PLATFORM_HTTP_LISTEN_FAILED', `platform-http could not listen on ${listenAddress(host, port)}: ${reason}`);
    this.cause = cause;
  }
}

/** The listen error for Node's `error` event of a server that was asked to listen on `host:port`. */
export function listenError(host: string, port: number, cause: unknown): DromedaryError {
  const code = (cause as { code?: unknown } | null)?.code;
  return code === 'EADDRINUSE'
    ? new PlatformHttpPortInUseError(host, port)
    : new PlatformHttpListenError(host, port, cause);
}
