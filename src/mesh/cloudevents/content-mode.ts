/**
 * Content-mode detection shared by the bindings: a content type starting with `application/cloudevents-batch` means
 * batched mode, one starting with `application/cloudevents` structured mode (both matched case-insensitively, as the
 * 1.0.3 text makes explicit), anything else (or none) binary mode. Only the JSON formats are supported, in UTF-8.
 */
import { JSON_BATCH_MEDIA_TYPE, JSON_FORMAT_MEDIA_TYPE } from './json-format.js';
import { CloudEventError } from './errors.js';
import { charsetOf, isUtf8Charset, mediaTypeEssence } from './media-type.js';

/** The three content modes. */
export type ContentMode = 'binary' | 'structured' | 'batch';

function requireFormat(contentType: string, expected: string, context: string): void {
  if (mediaTypeEssence(contentType) !== expected) {
    throw new CloudEventError(
      'CE_UNSUPPORTED_FORMAT',
      `${context}: event format "${contentType}" is not supported (only ${expected})`,
      'content-type',
    );
  }
  if (!isUtf8Charset(charsetOf(contentType))) {
    throw new CloudEventError(
      'CE_UNSUPPORTED_FORMAT',
      `${context}: charset of "${contentType}" is not UTF-8`,
      'content-type',
    );
  }
}

/**
 * The content mode a message's content type selects.
 * @param batchAllowed false for bindings without a batched mode (Kafka, AMQP).
 * @throws CloudEventError `CE_UNSUPPORTED_FORMAT` for a CloudEvents media type other than the JSON (batch) format,
 *   a charset other than UTF-8, or a batch where the binding has none.
 */
export function detectContentMode(
  contentType: string | undefined,
  batchAllowed: boolean,
  context: string,
): ContentMode {
  if (contentType === undefined) return 'binary';
  const lower = contentType.trimStart().toLowerCase();
  if (lower.startsWith('application/cloudevents-batch')) {
    if (!batchAllowed) {
      throw new CloudEventError(
        'CE_UNSUPPORTED_FORMAT',
        `${context}: this binding has no batched mode ("${contentType}")`,
        'content-type',
      );
    }
    requireFormat(contentType, JSON_BATCH_MEDIA_TYPE, context);
    return 'batch';
  }
  if (lower.startsWith('application/cloudevents')) {
    requireFormat(contentType, JSON_FORMAT_MEDIA_TYPE, context);
    return 'structured';
  }
  return 'binary';
}
