import { describe, expect, it } from 'vitest';

import { valueAsPredicate } from './value-predicate.js';

describe('valueAsPredicate', () => {
  it('keeps booleans', () => {
    expect(valueAsPredicate(true)).toBe(true);
    expect(valueAsPredicate(false)).toBe(false);
  });

  it('reads strings trimmed: empty is false, true/false in any case, other text true', () => {
    expect(valueAsPredicate('')).toBe(false);
    expect(valueAsPredicate('   ')).toBe(false);
    expect(valueAsPredicate('true')).toBe(true);
    expect(valueAsPredicate(' TRUE ')).toBe(true);
    expect(valueAsPredicate('False')).toBe(false);
    expect(valueAsPredicate('no')).toBe(true);
    expect(valueAsPredicate('0')).toBe(true);
  });

  it('is false for null and empty collections, true for everything else', () => {
    expect(valueAsPredicate(null)).toBe(false);
    expect(valueAsPredicate(undefined)).toBe(false);
    expect(valueAsPredicate([])).toBe(false);
    expect(valueAsPredicate(new Set())).toBe(false);
    expect(valueAsPredicate([0])).toBe(true);
    expect(valueAsPredicate({})).toBe(true);
    expect(valueAsPredicate(0)).toBe(true);
    expect(valueAsPredicate(new Uint8Array(0))).toBe(true);
  });
});
