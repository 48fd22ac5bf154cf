/**
 * Validation of a CloudEvent against CloudEvents 1.0.2: required attributes, attribute names, the type system
 * (Boolean, Integer as signed 32-bit, String without control characters, noncharacters or lone surrogates, Binary,
 * URI, URI-reference, strict RFC 3339 Timestamp), non-empty constraints, `datacontenttype` syntax, and whether `data`
 * fits `datacontenttype`. Message size is checked by the codecs, where the wire size is known.
 */
import { isInteger } from './canonical.js';
import type { CloudEventProblem, CloudEventProblemCode } from './errors.js';
import { isJsonMediaType, isMediaType } from './media-type.js';
import {
  declaredType,
  REQUIRED_ATTRIBUTES,
  SPEC_VERSION,
  type AttributeType,
  type CloudEvent,
  type ExtensionTypes,
} from './model.js';
import { isRfc3339 } from './timestamp.js';
import { isAbsoluteUri, isUriReference } from './uri.js';

/** Options of `validate`. */
export interface ValidateOptions {
  /** Declared types of extensions; an extension without one is checked against the type its value has. */
  readonly extensionTypes?: ExtensionTypes;
}

const NAME = /^[a-z0-9]+$/;
const NON_EMPTY = ['specversion', 'id', 'source', 'type', 'dataschema', 'subject'];
/** Control characters (U+0000-001F, U+007F-009F), noncharacters, and (with the `u` flag) lone surrogates. */
const FORBIDDEN_IN_STRING = /[\p{Cc}\p{Noncharacter_Code_Point}]|\p{Cs}/u;

/** Recommended maximum length of an attribute name. */
export const MAX_RECOMMENDED_NAME_LENGTH = 20;

type Report = (code: CloudEventProblemCode, attribute: string | undefined, message: string) => void;

/** Printable ASCII only: the common case, checked without the Unicode-property pattern. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** True when `value` is a valid CloudEvents String (no control characters, noncharacters or lone surrogates). */
export function isValidString(value: string): boolean {
  return PRINTABLE_ASCII.test(value) || !FORBIDDEN_IN_STRING.test(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'a Date (use an RFC 3339 string)';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}

function inferType(value: unknown): AttributeType | undefined {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'Integer';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof Uint8Array) return 'Binary';
  return undefined;
}

function checkString(name: string, value: string, type: AttributeType, report: Report): void {
  if (!isValidString(value)) {
    report(
      'CE_ATTRIBUTE_VALUE',
      name,
      `Attribute "${name}" contains a control character, noncharacter or lone surrogate`,
    );
  } else if (type === 'URI' && !isAbsoluteUri(value)) {
    report(
      'CE_ATTRIBUTE_VALUE',
      name,
      `Attribute "${name}" must be an absolute URI (RFC 3986 §4.3), got ${describe(value)}`,
    );
  } else if (type === 'URI-reference' && !isUriReference(value)) {
    report(
      'CE_ATTRIBUTE_VALUE',
      name,
      `Attribute "${name}" must be a URI-reference (RFC 3986 §4.1), got ${describe(value)}`,
    );
  } else if (type === 'Timestamp' && !isRfc3339(value)) {
    report('CE_ATTRIBUTE_VALUE', name, `Attribute "${name}" must be an RFC 3339 timestamp, got ${describe(value)}`);
  } else if (name === 'datacontenttype' && !isMediaType(value)) {
    report(
      'CE_ATTRIBUTE_VALUE',
      name,
      `Attribute "datacontenttype" must be an RFC 2046 media type, got ${describe(value)}`,
    );
  }
}

function checkValue(name: string, value: unknown, declared: AttributeType | undefined, report: Report): void {
  const type = declared ?? inferType(value);
  if (type === undefined) {
    report(
      'CE_ATTRIBUTE_TYPE',
      name,
      `Attribute "${name}" must be a Boolean, Integer, String or Binary value, got ${describe(value)}`,
    );
    return;
  }
  switch (type) {
    case 'Boolean':
      if (typeof value !== 'boolean')
        report('CE_ATTRIBUTE_TYPE', name, `Attribute "${name}" must be a Boolean, got ${describe(value)}`);
      return;
    case 'Integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        report('CE_ATTRIBUTE_TYPE', name, `Attribute "${name}" must be an Integer, got ${describe(value)}`);
      } else if (!isInteger(value)) {
        report(
          'CE_ATTRIBUTE_VALUE',
          name,
          `Attribute "${name}" is outside the signed 32-bit Integer range: ${describe(value)}`,
        );
      }
      return;
    case 'Binary':
      if (!(value instanceof Uint8Array))
        report('CE_ATTRIBUTE_TYPE', name, `Attribute "${name}" must be Binary (a Uint8Array), got ${describe(value)}`);
      return;
    case 'String':
    case 'URI':
    case 'URI-reference':
    case 'Timestamp':
      if (typeof value !== 'string') {
        report('CE_ATTRIBUTE_TYPE', name, `Attribute "${name}" must be a ${type} (a string), got ${describe(value)}`);
      } else {
        checkString(name, value, type, report);
      }
  }
}

function checkData(record: Record<string, unknown>, report: Report): void {
  const data = record['data'];
  const contentType = record['datacontenttype'];
  if (data === undefined || data instanceof Uint8Array || typeof data === 'string') return;
  if (typeof contentType !== 'string' || isJsonMediaType(contentType)) return;
  report(
    'CE_INVALID_DATA',
    'data',
    `"data" must be a string or a Uint8Array when "datacontenttype" (${contentType}) is not JSON, got ${describe(data)}`,
  );
}

function checkRequired(record: Record<string, unknown>, report: Report): void {
  for (const name of REQUIRED_ATTRIBUTES) {
    if (record[name] === undefined) report('CE_MISSING_ATTRIBUTE', name, `Required attribute "${name}" is missing`);
  }
  for (const name of NON_EMPTY) {
    if (record[name] === '') report('CE_EMPTY_ATTRIBUTE', name, `Attribute "${name}" must not be empty`);
  }
  const version = record['specversion'];
  if (typeof version === 'string' && version !== '' && version !== SPEC_VERSION) {
    report(
      'CE_SPECVERSION',
      'specversion',
      `Attribute "specversion" must be "${SPEC_VERSION}", got ${describe(version)}`,
    );
  }
}

/**
 * Checks `event` against CloudEvents 1.0.2 and returns every problem found, errors and warnings, in attribute order.
 * Never throws: anything (even `null`) can be passed. An attribute whose value is `undefined` counts as absent.
 * Extensions are checked against `options.extensionTypes` when declared there, else against the type of their value.
 * @returns an empty list when the event is valid.
 */
export function validate(event: unknown, options: ValidateOptions = {}): CloudEventProblem[] {
  const problems: CloudEventProblem[] = [];
  const report: Report = (code, attribute, message) => {
    const severity = code === 'CE_ATTRIBUTE_NAME_LENGTH' ? 'warning' : 'error';
    problems.push(attribute === undefined ? { code, severity, message } : { code, severity, attribute, message });
  };
  if (typeof event !== 'object' || event === null || Array.isArray(event) || event instanceof Uint8Array) {
    report('CE_NOT_AN_OBJECT', undefined, `A CloudEvent must be a plain object, got ${describe(event)}`);
    return problems;
  }
  const record = event as Record<string, unknown>;
  checkRequired(record, report);
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (name === 'data' || value === undefined) continue;
    if (!NAME.test(name)) {
      report(
        'CE_ATTRIBUTE_NAME',
        name,
        `Attribute name "${name}" must consist of lower-case letters a-z and digits 0-9 only`,
      );
      continue;
    }
    if (name.length > MAX_RECOMMENDED_NAME_LENGTH) {
      report(
        'CE_ATTRIBUTE_NAME_LENGTH',
        name,
        `Attribute name "${name}" is longer than ${String(MAX_RECOMMENDED_NAME_LENGTH)} characters`,
      );
    }
    checkValue(name, value, declaredType(name, options.extensionTypes), report);
  }
  checkData(record, report);
  return problems;
}

/** True when `validate(event, options)` reports no error (warnings allowed); narrows `event` to `CloudEvent`. */
export function isValid(event: unknown, options: ValidateOptions = {}): event is CloudEvent {
  return validate(event, options).every((p) => p.severity !== 'error');
}
