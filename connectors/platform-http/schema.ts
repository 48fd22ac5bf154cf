/**
 * The `platform-http` connector's declaration: serves HTTP requests on the runtime's HTTP server (consumer only).
 * Option names, types and defaults are Camel's (`camel-platform-http`); the options Dromedary does not apply yet are
 * marked `planned`, so `drom validate` warns about them and `drom run` refuses them.
 */
import { Type } from 'typebox';

import { defineConnector, type ConnectorSpec } from '../../src/api/index.js';
import { bool, common, int, oneOf, planned, text } from '../options.js';

/** Declaration of `platform-http:/path?httpMethodRestrict=…`. */
export const platformHttp: ConnectorSpec = defineConnector({
  name: 'platform-http',
  title: 'Platform HTTP',
  summary: "Serves HTTP requests on a path of the runtime's HTTP server and answers each with the exchange's result.",
  consumer: true,
  producer: false,
  pathOption: 'path',
  options: Type.Object({
    path: Type.String({
      description:
        'Path served, such as /orders/{id}; each {name} segment becomes a header with the value found there.',
    }),
    httpMethodRestrict: text(
      'Comma-separated HTTP methods served, such as GET,POST; other methods get 405. Empty: every method.',
    ),
    matchOnUriPrefix: bool(false, 'Also serves the paths below the path when no route serves them exactly.'),
    consumes: text(
      'Content type accepted, such as application/json, or text/* for every text type; another content type gets 415.',
    ),
    produces: text(
      'Content type produced, such as application/json: the Content-Type of responses that set none; a request ' +
        'whose Accept header excludes it gets 406.',
    ),
    muteException: bool(
      true,
      'Answers a failed exchange with 500 and an empty body; false puts the exception text in the body.',
    ),
    returnHttpRequestHeaders: bool(
      false,
      'Copies the request headers (and query and path parameters) still on the message into the response.',
    ),
    exchangePattern: oneOf(
      ['InOnly', 'InOut'],
      undefined,
      'Pattern of the exchanges created for requests (InOut by default); the response is sent either way.',
    ),
    bridgeErrorHandler: common.bridgeErrorHandler,
    populateBodyWithForm: planned(
      bool(true, 'Makes the body of a form request a map of its fields (Dromedary keeps the form text as the body).'),
    ),
    useBodyHandler: planned(bool(true, 'Reads and parses the request body.')),
    useStreaming: planned(bool(false, 'Streams large requests and responses.')),
    useCookieHandler: planned(bool(false, 'Enables adding, expiring and reading cookies.')),
    cookieDomain: planned(text('Which server can receive cookies.')),
    cookieHttpOnly: planned(bool(false, 'Prevents client-side scripts from reading cookies.')),
    cookieMaxAge: planned(int(undefined, 'Maximum cookie age, in seconds.')),
    cookiePath: planned(text('URL path a request must have to send a cookie.', '/')),
    cookieSameSite: planned(
      text('Whether browsers send cookies with cross-site requests: Strict, Lax or None.', 'Lax'),
    ),
    cookieSecure: planned(bool(false, 'Sends cookies over HTTPS only.')),
    handleWriteResponseError: planned(
      bool(false, 'Records a failure to write the response on the exchange, so that it counts as failed.'),
    ),
    requestTimeout: planned(int(undefined, 'Time after which a request times out, in milliseconds.')),
    fileNameExtWhitelist: planned(text('File extensions of the multipart uploads that are kept.')),
    exceptionHandler: planned(text('Bean reference of a custom consumer exception handler.')),
    headerFilterStrategy: planned(text('Bean reference of a custom header filter strategy.')),
    platformHttpEngine: planned(text('Bean reference of the HTTP server engine to use.')),
  }),
});
