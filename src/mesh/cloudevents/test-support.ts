/** Shared fixtures of the binding tests: a base event, bytes, and helpers that decode one event or catch the error. */
import { expect } from 'vitest';

import { CloudEventError } from './errors.js';
import { fromHttp } from './http.js';
import type { HttpMessageInput } from './http-message.js';
import type { CloudEvent, DecodeOptions } from './model.js';

/** A valid event with only the required attributes. */
export const base: CloudEvent = {
  specversion: '1.0',
  id: 'A234-1234-1234',
  source: '/mycontext',
  type: 'com.example.someevent',
};

/** Bytes that are not valid UTF-8. */
export const bin = new Uint8Array([0, 1, 2, 253, 254, 255]);

/** The CloudEventError `fn` throws (fails the test when it throws nothing or something else). */
export function error(fn: () => unknown): CloudEventError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CloudEventError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

/** The one event a message decodes to. */
export function one(message: HttpMessageInput, options: DecodeOptions = {}): CloudEvent {
  const events = fromHttp(message, options);
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event === undefined) throw new Error('no event');
  return event;
}

/** The required attributes as binary-mode headers. */
export const binaryHeaders = { 'ce-specversion': '1.0', 'ce-id': '1', 'ce-source': '/s', 'ce-type': 't' };
