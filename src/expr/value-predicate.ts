/** The rule by which a plain value is used as a predicate (Camel's `ObjectHelper.evaluateValuePredicate`). */

/**
 * Whether a value holds as a predicate: a boolean as is; a string trimmed, where empty is false, `"true"`/`"false"`
 * (any case) are themselves, and any other text is true; an empty collection (array, `Set`) is false; `null` and
 * `undefined` are false; anything else (numbers including 0, maps, bytes) is true.
 */
export function valueAsPredicate(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return false;
    const lower = text.toLowerCase();
    return lower !== 'false';
  }
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Set) return value.size > 0;
  return true;
}
