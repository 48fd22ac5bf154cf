/**
 * Assembles a decoded event attribute by attribute, the way every decoder needs it: invalid or reserved names are
 * reported (never assigned, so `__proto__` cannot reach the object), duplicates throw, and `finish` validates.
 */
import { CloudEventError, throwIfInvalid, type CloudEventProblem, type CloudEventProblemCode } from './errors.js';
import type { CloudEvent, ExtensionTypes } from './model.js';
import { validate } from './validate.js';

const NAME = /^[a-z0-9]+$/;

/** Collects attributes, data and decoding problems of one event. */
export class EventBuilder {
  private readonly record: Record<string, unknown> = {};
  private readonly problems: CloudEventProblem[] = [];

  /** @param context how the event arrived, for messages (e.g. `HTTP binary mode`). */
  constructor(private readonly context: string) {}

  /**
   * Sets attribute `name` read from `origin` (a header or member name, for messages).
   * @throws CloudEventError `CE_DUPLICATE_ATTRIBUTE` when `name` was already set.
   */
  set(name: string, value: unknown, origin: string): void {
    if (!NAME.test(name) || name === 'data') {
      const why = name === 'data' ? 'is reserved for the payload' : 'must consist of a-z and 0-9 only';
      this.report('CE_ATTRIBUTE_NAME', name, `Attribute name "${name}" (from ${origin}) ${why}`);
      return;
    }
    if (Object.hasOwn(this.record, name)) {
      throw new CloudEventError(
        'CE_DUPLICATE_ATTRIBUTE',
        `${this.context}: attribute "${name}" appears twice (${origin})`,
        name,
      );
    }
    this.record[name] = value;
  }

  /** True when attribute `name` was set. */
  has(name: string): boolean {
    return Object.hasOwn(this.record, name);
  }

  /** The value set for `name`, if any. */
  get(name: string): unknown {
    return Object.hasOwn(this.record, name) ? this.record[name] : undefined;
  }

  /** Sets the payload. */
  setData(data: unknown): void {
    this.record['data'] = data;
  }

  /** Records a problem found while decoding (reported with the validation problems by `finish`). */
  report(code: CloudEventProblemCode, attribute: string, message: string): void {
    this.problems.push({ code, severity: 'error', attribute, message });
  }

  /**
   * Validates and returns the event.
   * @throws CloudEventError `CE_INVALID_EVENT` listing the decoding and validation problems, when there is an error.
   */
  finish(extensionTypes: ExtensionTypes | undefined): CloudEvent {
    const problems = [
      ...this.problems,
      ...validate(this.record, extensionTypes === undefined ? {} : { extensionTypes }),
    ];
    throwIfInvalid(problems, this.context);
    return this.record as CloudEvent;
  }
}
