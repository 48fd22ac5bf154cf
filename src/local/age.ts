/** Durations as Camel JBang prints ages: the two largest units, `2d3h`, `1h5m`, `5m3s`, `46s`. */

/**
 * Formats `ms` (rounded down to whole seconds; negative counts as 0) with at most two units out of d, h, m, s,
 * dropping a zero second unit: `0s`, `46s`, `5m3s`, `5m`, `1h2m`, `2d3h`.
 */
export function formatAge(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const units: [number, string][] = [
    [Math.floor(total / 86_400), 'd'],
    [Math.floor(total / 3600) % 24, 'h'],
    [Math.floor(total / 60) % 60, 'm'],
    [total % 60, 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first === -1) return '0s';
  return units
    .slice(first, first + 2)
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, unit]) => `${String(n)}${unit}`)
    .join('');
}
