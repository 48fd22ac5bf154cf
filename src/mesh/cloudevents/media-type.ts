/**
 * Media types (RFC 2046, with the RFC 9110 §8.3.1 grammar): `type "/" subtype *( OWS ";" OWS [ parameter ] )`,
 * tokens per RFC 9110 §5.6.2, parameter values as tokens or quoted strings of printable ASCII. Plus the
 * classifications the codecs need: JSON (`*\/json`, `*\/*+json`), textual, charset.
 */

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[\\t !#-\\[\\]-~]|\\\\[\\t -~])*"';
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:[ \\t]*;(?:[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED}))?)*$`);
const PARAMETER = new RegExp(`;[ \\t]*(${TOKEN})=(${TOKEN}|${QUOTED})`, 'g');

/** True when `value` is a syntactically valid media type with optional parameters. */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value);
}

/** `type/subtype` in lower case, parameters and whitespace removed. */
export function mediaTypeEssence(value: string): string {
  const semi = value.indexOf(';');
  return (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase();
}

/** The `charset` parameter, unquoted and in lower case, or `undefined`. */
export function charsetOf(value: string): string | undefined {
  if (!value.includes(';')) return undefined;
  for (const m of value.matchAll(PARAMETER)) {
    const [, name, raw] = m;
    if (name?.toLowerCase() !== 'charset' || raw === undefined) continue;
    const unquoted = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    return unquoted.toLowerCase();
  }
  return undefined;
}

/** True when the media type declares JSON content: subtype `json` or a `+json` suffix (JSON format §3.1.1). */
export function isJsonMediaType(value: string): boolean {
  const essence = mediaTypeEssence(value);
  const slash = essence.indexOf('/');
  if (slash <= 0) return false;
  const subtype = essence.slice(slash + 1);
  return subtype === 'json' || subtype.endsWith('+json');
}

/** True when data of this type is text: `text/*`, `*\/xml`, `*\/*+xml`, or any type with a `charset` parameter. */
export function isTextualMediaType(value: string): boolean {
  const essence = mediaTypeEssence(value);
  if (essence.startsWith('text/') || essence.endsWith('/xml') || essence.endsWith('+xml')) return true;
  return charsetOf(value) !== undefined;
}

/** True when the charset (absent, `utf-8` or `utf8`) lets text be carried as UTF-8. */
export function isUtf8Charset(charset: string | undefined): boolean {
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}
