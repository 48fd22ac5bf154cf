/** Why the management server could not start. Both are {@link DromedaryError}s with stable codes. */
import { DromedaryError } from '../api/errors.js';

/** The `host:port` of a listen address, with IPv6 hosts in brackets. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${String(port)}`;
}

/**
 * Code `MANAGEMENT_PORT_IN_USE`: another process (or server) already listens on the address. The message names
 * `host:port` and suggests `--management-port 0` (an ephemeral port).
 */
export class ManagementPortInUseError extends DromedaryError {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(
      'MANAGEMENT_PORT_IN_USE',
      `The management port ${hostPort(host, port)} is already in use: choose another with --management-port <port>, ` +
        `or use --management-port 0 for an ephemeral port.`,
    );
  }
}

/**
 * Code `MANAGEMENT_LISTEN_FAILED`: listening failed for another reason (a host that is not local, a privileged
 * port); `cause` is Node's error.
 */
export class ManagementListenError extends DromedaryError {
  constructor(
    readonly host: string,
    readonly port: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super('MANAGEMENT_LISTEN_FAILED', `The management server could not listen on ${hostPort(host, port)}: ${reason}`);
    this.cause = cause;
  }
}
