/**
 * Shape checks for Camel K `Pipe` (and the older `KameletBinding`) manifests: a source and a sink are required, and
 * every endpoint of the pipe names either a `ref` (a Kamelet, a Broker …) or a `uri`.
 */
import type { Diagnostic } from '../api/diagnostic.js';
import { diagnosticAt } from './located.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function problem(source: YamlSource, path: PathSegment[], message: string): Diagnostic {
  return diagnosticAt(source, { path }, { severity: 'error', code: 'MANIFEST_INVALID', message });
}

function checkEndpoint(source: YamlSource, value: unknown, path: PathSegment[], out: Diagnostic[]): void {
  const name = path.join('.');
  if (!isRecord(value)) {
    out.push(problem(source, path, `${name} must be a map with a ref or a uri`));
    return;
  }
  const ref = value['ref'];
  const uri = value['uri'];
  if (ref === undefined && uri === undefined) {
    out.push(problem(source, path, `${name} needs a ref or a uri`));
  } else if (ref !== undefined && uri !== undefined) {
    out.push(problem(source, path, `${name} has both a ref and a uri; give one`));
  } else if (
    ref !== undefined &&
    (!isRecord(ref) || typeof ref['name'] !== 'string' || typeof ref['kind'] !== 'string')
  ) {
    out.push(problem(source, [...path, 'ref'], `${name}.ref needs a kind and a name`));
  } else if (uri !== undefined && typeof uri !== 'string') {
    out.push(problem(source, [...path, 'uri'], `${name}.uri must be a string`));
  }
  const props = value['properties'];
  if (props !== undefined && !isRecord(props)) {
    out.push(problem(source, [...path, 'properties'], `${name}.properties must be a map`));
  }
}

/** The diagnostics of a Pipe's spec; empty when its shape is right. */
export function checkPipe(source: YamlSource, spec: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isRecord(spec)) return [problem(source, [], 'a Pipe needs a spec with a source and a sink')];
  for (const end of ['source', 'sink'] as const) {
    if (spec[end] === undefined) out.push(problem(source, ['spec'], `a Pipe needs spec.${end}`));
    else checkEndpoint(source, spec[end], ['spec', end], out);
  }
  const steps = spec['steps'];
  if (steps !== undefined) {
    if (!Array.isArray(steps)) out.push(problem(source, ['spec', 'steps'], 'spec.steps must be a list'));
    else
      steps.forEach((s: unknown, i) => {
        checkEndpoint(source, s, ['spec', 'steps', i], out);
      });
  }
  return out;
}
