/**
 * Shared by the EIP test files (not a test itself, and no dependency of the EIPs): YAML for a route read from
 * `direct:in`, so each test writes only its steps. The first step is on line 6 of `kit.camel.yaml`, which is what the
 * log EIP's default logger name (`kit.camel.yaml:<line>`) counts from.
 */

/** Removes the blank first and last lines of a template literal and the indentation its lines share. */
function dedent(text: string): string[] {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const common = Math.min(...indents);
  return lines.map((l) => l.slice(common));
}

/**
 * A route `id` (default `r`) from `from` (default `direct:in`) whose steps are `steps`: a YAML list written at any
 * indentation (`- setBody: …` lines), placed under `steps:`.
 */
export function route(steps: string, id = 'r', from = 'direct:in'): string {
  const body = dedent(steps)
    .map((l) => (l === '' ? l : `        ${l}`))
    .join('\n');
  return `- route:\n    id: ${id}\n    from:\n      uri: ${from}\n      steps:\n${body}\n`;
}
