/**
 * RFC 3986 syntax checks for the CloudEvents URI types: `URI` is an `absolute-URI` (§4.3: a scheme, no fragment) and
 * `URI-reference` is a `URI-reference` (§4.1: a URI with optional fragment, or a relative reference). Only ASCII is
 * allowed (IRIs are not URIs); `%` must start a `%XX` escape; IPv6 literals are checked with `node:net`.
 */
import { isIPv6 } from 'node:net';

const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const SEGMENT = `${PCHAR}*`;
const SEGMENT_NZ = `${PCHAR}+`;
const SEGMENT_NZ_NC = `(?:[${UNRESERVED}${SUB_DELIMS}@]|${PCT})+`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*`;
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*`;
const IP_FUTURE = `v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`;
const IP_LITERAL = `\\[(?:(?<ipv6>[0-9A-Fa-f:.]+)|${IP_FUTURE})\\]`;
const AUTHORITY = `(?:${USERINFO}@)?(?:${IP_LITERAL}|${REG_NAME})(?::[0-9]*)?`;
const PATH_ABEMPTY = `(?:/${SEGMENT})*`;
const PATH_ABSOLUTE = `/(?:${SEGMENT_NZ}(?:/${SEGMENT})*)?`;
const PATH_ROOTLESS = `${SEGMENT_NZ}(?:/${SEGMENT})*`;
const PATH_NOSCHEME = `${SEGMENT_NZ_NC}(?:/${SEGMENT})*`;
const SCHEME = '[A-Za-z][A-Za-z0-9+\\-.]*';

const ABSOLUTE_URI = new RegExp(
  `^${SCHEME}:(?://${AUTHORITY}${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${PATH_ROOTLESS})?(?:\\?${QUERY})?$`,
);
const URI_WITH_FRAGMENT = new RegExp(
  `^${SCHEME}:(?://${AUTHORITY}${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${PATH_ROOTLESS})?(?:\\?${QUERY})?(?:#${QUERY})?$`,
);
const RELATIVE_REF = new RegExp(
  `^(?://${AUTHORITY}${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${PATH_NOSCHEME})?(?:\\?${QUERY})?(?:#${QUERY})?$`,
);

function matches(re: RegExp, value: string): boolean {
  const m = re.exec(value);
  if (m === null) return false;
  const ipv6 = m.groups?.['ipv6'];
  return ipv6 === undefined || isIPv6(ipv6);
}

/** True when `value` is an RFC 3986 `absolute-URI` (scheme required, fragment not allowed). */
export function isAbsoluteUri(value: string): boolean {
  return matches(ABSOLUTE_URI, value);
}

/** True when `value` is an RFC 3986 `URI-reference` (the empty string included; callers check emptiness). */
export function isUriReference(value: string): boolean {
  return matches(URI_WITH_FRAGMENT, value) || matches(RELATIVE_REF, value);
}
