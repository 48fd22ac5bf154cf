/**
 * The option table of each connector's README (`connectors/<name>/README.md`), written between the markers
 * `<!-- options:start -->` and `<!-- options:end -->` from the TypeBox declaration. Prose outside the markers is kept;
 * a README that does not exist yet is created with a title and the summary.
 */
import { existsSync, readFileSync } from 'node:fs';

import { connectors } from '../../connectors/index.js';
import type { ConnectorSpec, OptionSchema } from '../../src/api/connector.js';

const START = '<!-- options:start -->';
const END = '<!-- options:end -->';

function typeOf(o: OptionSchema): string {
  if (o['x-kind'] === 'duration') return 'duration';
  if (o.enum !== undefined) return o.enum.join(' \\| ');
  return Array.isArray(o.type) ? o.type.join(' \\| ') : (o.type ?? 'string');
}

function table(c: ConnectorSpec): string {
  const options =
    (JSON.parse(JSON.stringify(c.options)) as { properties?: Record<string, OptionSchema> }).properties ?? {};
  const rows = Object.entries(options).map(([name, o]) => {
    const dflt = o.default === undefined ? '' : `\`${JSON.stringify(o.default).replace(/"/g, '')}\``;
    const role = name === c.pathOption ? ' (URI path)' : '';
    const note = o['x-status'] === 'planned' ? ' Not applied by Dromedary yet.' : '';
    return `| \`${name}\`${role} | ${typeOf(o)} | ${dflt} | ${(o.description ?? '').replace(/\|/g, '\\|')}${note} |`;
  });
  return [START, '', '| option | type | default | description |', '|---|---|---|---|', ...rows, '', END].join('\n');
}

/** The README text of every connector, by path. */
export function connectorReadmes(): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of connectors) {
    const path = `connectors/${c.name}/README.md`;
    const current = existsSync(path)
      ? readFileSync(path, 'utf8')
      : `# ${c.title} (\`${c.name}:\`)\n\n${c.summary}\n\n## Options\n\n${START}\n${END}\n`;
    const start = current.indexOf(START);
    const end = current.indexOf(END);
    const text =
      start < 0 || end < 0
        ? `${current}\n## Options\n\n${table(c)}\n`
        : `${current.slice(0, start)}${table(c)}${current.slice(end + END.length)}`;
    files.set(path, text);
  }
  return files;
}
