/**
 * Endpoint option values converted to the types the connector declares: booleans, integers and durations (`5s`,
 * `500ms`, `1m30s` or milliseconds). Values that do not fit are reported by the caller.
 */
import type { OptionSchema } from '../api/connector.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration text, or undefined. */
export function durationMs(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gi)];
  if (
    parts.length === 0 ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== t.replace(/\s/g, '')
  )
    return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[(p[2] ?? 'ms').toLowerCase()] ?? 1), 0);
}

/** The typed value of one option, or an error message. */
export function optionValue(raw: unknown, schema: OptionSchema | undefined): { value: unknown } | { error: string } {
  if (schema === undefined || typeof raw !== 'string') return { value: raw };
  if (schema['x-kind'] === 'duration') {
    const ms = durationMs(raw);
    return ms === undefined ? { error: 'a duration (milliseconds, or text such as 5s)' } : { value: ms };
  }
  if (schema.type === 'boolean') {
    if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
    return { error: 'true or false' };
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? { value: n } : { error: 'a number' };
  }
  if (schema.enum !== undefined && !schema.enum.includes(raw)) return { error: `one of ${schema.enum.join(', ')}` };
  return { value: raw };
}
