/**
 * Descriptions of the route DSL, in our own words. They become the `description`s of the generated JSON Schema,
 * which editors show on hover. Keyed by definition name (the short Camel model class name) and by top-level key.
 */

/** Descriptions of the top-level keys of a route file. */
export const topLevelDescriptions: Record<string, string> = {
  beans: 'Declares named objects, built from a class, factory or script, that routes can refer to by name.',
  dataFormats: 'Declares named data format setups that marshal and unmarshal steps can reuse by referring to their id.',
  errorHandler:
    'Sets the error handler that every route uses unless the route or its route configuration names another.',
  from: 'A route given only by its input endpoint and steps, with no other route settings; its id is generated.',
  intercept:
    'Steps to run before each step of every route, for example to log or check every message as it moves along.',
  interceptFrom:
    'Steps to run each time a message enters a route, optionally only for inputs whose URI matches a pattern.',
  interceptSendToEndpoint:
    'Steps to run each time a message is about to be sent to an endpoint matching a URI pattern; ' +
    'the real send can also be skipped.',
  onCompletion: 'Steps to run once a message has finished its route, after success, after failure, or both.',
  onException:
    'Handles the listed exception types in every route: it may retry, run its own steps, ' +
    'and mark the error handled or let routing continue.',
  routeConfiguration:
    'Error handling and interceptors bundled under an optional id; routes pick it by id, ' +
    'and one without an id applies to routes that pick none.',
  route: 'A route with an id and route-level settings (startup, error handler, configuration) around its from block.',
  routeTemplate: 'A route blueprint with parameters; it runs nothing until a templated route creates a route from it.',
  templatedRoute:
    'Creates a route from a route template, supplying values for its parameters and an optional route id.',
  sslContextParameters:
    'TLS settings (key store, trust store, protocols, cipher suites, client authentication) ' +
    'for components that open secure connections.',
  restConfiguration:
    'Settings shared by all REST services: the HTTP component that serves them, host, port, ' +
    'context path, JSON/XML binding and API docs.',
  rest: 'Declares REST services: a base path and HTTP operations, each handing its requests to a route.',
  transformers: 'Registers transformers that turn a message from one named data type into another.',
  validators: 'Registers validators that check a message matches a named data type where a route declares one.',
};

/** Descriptions of definitions, keyed by definition name. */
export const definitionDescriptions: Record<string, string> = {
  // Steps
  A2ASubTaskDefinition:
    'Runs its nested steps as a sub-task of the current agent-to-agent task, ' +
    'optionally emitting status updates before, after or on error.',
  AggregateDefinition:
    'Collects messages that share a correlation key and merges them with an aggregation strategy; ' +
    'once a group completes, the merged message runs through the nested steps.',
  BeanDefinition:
    'Calls a method on a bean, looked up by name or created from a type; any value it returns becomes the body.',
  ChoiceDefinition:
    'Sends the message down the first when-branch whose predicate holds, or the otherwise branch if none does; ' +
    'with no match and no otherwise, it continues unchanged.',
  CircuitBreakerDefinition:
    'Guards its nested steps: after too many failures the breaker opens and skips them for a while, ' +
    'running the fallback steps instead if there are any.',
  ClaimCheckDefinition:
    'Stores message data under a key for later (set, push) or brings it back into the message (get, pop), ' +
    'so bulky content need not travel with every step.',
  ConvertBodyDefinition: 'Converts the message body to the given type, failing the message if that is not possible.',
  ConvertHeaderDefinition: 'Converts a header value to the given type, in place or into another header.',
  ConvertVariableDefinition: 'Converts a variable value to the given type, in place or into another variable.',
  DelayDefinition: 'Holds the message for the number of milliseconds the expression returns, then lets it go on.',
  CatchDefinition:
    'Part of a doTry: runs its steps when the try block throws one of the listed exception types ' +
    '(and its onWhen holds); catches are tried in order.',
  FinallyDefinition:
    'Part of a doTry: steps that always run after the try block and any catch, whether or not it failed.',
  TryDefinition:
    'Runs its nested steps and deals with failures itself through its doCatch and doFinally blocks, ' +
    "instead of the route's error handler.",
  DynamicRouterDefinition:
    'Routes the message step by step: after each hop the expression picks the next endpoint(s), ' +
    'until it returns nothing.',
  EnrichDefinition:
    'Sends the message to another endpoint and merges the reply back in; ' +
    'without an aggregation strategy the reply simply replaces the message.',
  FilterDefinition:
    'Passes the message on to its nested steps only when the predicate holds; ' +
    'otherwise the message skips them and continues after the filter.',
  IdempotentConsumerDefinition:
    'Lets each message through once: its key is checked against a repository and repeats are dropped ' +
    '(or only flagged when duplicates are not skipped).',
  KameletDefinition:
    'Runs a Kamelet, a reusable route snippet with parameters, as one step; the message carries on with its result.',
  LoadBalanceDefinition:
    'Sends each message to one of its nested outputs, picked by the chosen strategy ' +
    '(round robin, random, failover, weighted, sticky, topic or custom).',
  LogDefinition:
    'Writes a message, usually a Simple template, to the log at the chosen level; the message is unchanged.',
  LoopDefinition: 'Repeats its nested steps a given number of times, or while a predicate holds when doWhile is set.',
  MarshalDefinition:
    'Turns the message body into a wire format (JSON, CSV, XML and so on) with the chosen data format.',
  MulticastDefinition:
    'Sends a copy of the message to each nested output, one by one or in parallel, then combines the replies; ' +
    'by default the last reply wins.',
  PausableDefinition:
    'Pauses consumption at the route input while a check reports that messages cannot be handled, ' +
    'and resumes once it passes.',
  PipelineDefinition:
    'Runs its nested steps in sequence as one unit, each step working on the result of the previous one.',
  PolicyDefinition:
    'Wraps its nested steps in a policy bean, named by ref, which can add behaviour such as security checks.',
  PollDefinition:
    'Consumes one message from an endpoint and makes it the current message, ' +
    'waiting up to the timeout (20 seconds by default).',
  PollEnrichDefinition:
    'Consumes a message from an endpoint (a file, a queue) and merges it into the current one; ' +
    'by default it replaces the message and waits until one arrives.',
  ProcessDefinition: 'Hands the message to a custom processor bean, named by ref, which may read or change it.',
  RecipientListDefinition:
    'Sends a copy of the message to every endpoint the expression names at run time, ' +
    'then combines the replies as a multicast does.',
  RemoveHeaderDefinition: 'Removes one header from the message.',
  RemoveHeadersDefinition:
    'Removes every header whose name matches a pattern, except those matching an exclude pattern.',
  RemovePropertiesDefinition:
    'Removes every exchange property whose name matches a pattern, except those matching an exclude pattern.',
  RemovePropertyDefinition: 'Removes one exchange property.',
  RemoveVariableDefinition: 'Removes one variable.',
  ResequenceDefinition:
    'Puts messages back in order by the value of the expression, in batches or as a continuous stream, ' +
    'before passing them to the nested steps.',
  ResumableDefinition:
    "Records the route input's progress with a resume strategy, so that after a restart consumption " +
    'carries on where it left off.',
  RollbackDefinition:
    'Rolls back the current transaction: it fails the message with a rollback error, ' +
    'or with markRollbackOnly just flags the rollback quietly.',
  RoutingSlipDefinition:
    'Sends the message through the endpoints the expression lists, one after another, ' +
    'each getting the previous reply.',
  SagaDefinition:
    'Runs its nested steps as part of a saga, a long-running transaction without locks: ' +
    'on failure a compensation endpoint undoes the work.',
  SamplingDefinition:
    'Lets through only one message per sampling period (one second by default), or one in every N messages, ' +
    'dropping the rest.',
  ScriptDefinition:
    'Runs a script in the chosen language for its side effects; ' +
    'its result is discarded, so the message only changes if the script changes it.',
  SetBodyDefinition: 'Replaces the message body with the value of the expression.',
  SetExchangePatternDefinition:
    'Switches the message between one-way (InOnly) and request-reply (InOut) for the steps that follow.',
  SetHeaderDefinition: 'Sets a header to the value of the expression, adding it or replacing the old value.',
  SetHeadersDefinition: 'Sets several headers in one step, each from its own expression.',
  SetPropertyDefinition: 'Sets an exchange property to the value of the expression; properties stay off the wire.',
  SetVariableDefinition: 'Sets a variable to the value of the expression.',
  SetVariablesDefinition: 'Sets several variables in one step, each from its own expression.',
  SortDefinition:
    'Sorts the items the expression returns, optionally with a custom comparator, and makes the sorted list the body.',
  SplitDefinition:
    'Breaks the message into parts with the expression and runs each part through the nested steps; ' +
    'afterwards the original message continues unless a strategy merges the parts.',
  StepDefinition: 'Groups its nested steps under one name so they show up as a single unit in monitoring.',
  StopDefinition: 'Stops routing the current message; it is treated as done, not as a failure.',
  ThreadsDefinition: 'Hands the rest of the route over to a thread pool, so the caller does not wait for it.',
  ThrottleDefinition:
    'Limits how many messages pass, either per time period or at the same time; ' +
    'extra messages wait, or are rejected when rejectExecution is set.',
  ThrowExceptionDefinition: 'Fails the message with an exception of the given type and text, starting error handling.',
  ToDefinition: 'Sends the message to a fixed endpoint; for request-reply endpoints the reply becomes the message.',
  ToDynamicDefinition:
    'Sends the message to an endpoint whose URI is computed for each message, typically from a Simple template.',
  TokenizerDefinition:
    'Cuts text into chunks with a LangChain4j tokenizer (by character, line, paragraph, sentence or word), ' +
    'for example to prepare input for an AI model.',
  TransactedDefinition:
    'Runs its nested steps inside a transaction, using the transaction policy named by ref or a default.',
  TransformDefinition: 'Reshapes the message by making the value of the expression the new body.',
  TransformDataTypeDefinition:
    'Converts the message to the named target data type using a registered transformer, optionally from a stated type.',
  UnmarshalDefinition:
    'Reads the message body from a wire format (JSON, CSV, XML and so on) with the chosen data format.',
  ValidateDefinition:
    'Checks the message against a predicate and fails it with a validation error when it does not hold.',
  WireTapDefinition:
    'Sends a copy of the message to an endpoint in the background, while the original carries on unchanged.',

  // Step building blocks and expressions
  ProcessorDefinition: 'One step of a route: a map with a single key naming what the step does.',
  WhenDefinition: 'A branch of a choice: its steps run when its predicate is the first to hold.',
  OtherwiseDefinition: 'The last branch of a choice: its steps run when no when-branch matched.',
  OnWhenDefinition:
    'An extra predicate that must also hold for the surrounding catch, handler or interceptor to apply.',
  OnFallbackDefinition: 'Steps a circuit breaker runs instead when its guarded steps fail or the breaker is open.',
  Resilience4jConfigurationDefinition:
    'Tuning of a Resilience4j circuit breaker: failure thresholds, window size, open-state wait, timeouts, bulkhead.',
  FaultToleranceConfigurationDefinition:
    'Tuning of a MicroProfile Fault Tolerance circuit breaker: thresholds, delays, timeouts, bulkhead.',
  ExpressionDefinition: 'An expression: exactly one language key (simple, constant, jsonpath, ...) holding its text.',
  ExpressionSubElementDefinition:
    'An expression or predicate used as an option of another construct, given as a single language key.',
  SimpleExpression:
    'The built-in Simple language: text with ${...} placeholders for body, headers, variables and functions; ' +
    'as a predicate it also has comparison and logic operators.',
  ConstantExpression: 'A fixed value, the same for every message.',
  HeaderExpression: 'The value of the named message header, or nothing if it is not set.',
  ExchangePropertyExpression: 'The value of the named exchange property, or nothing if it is not set.',
  VariableExpression: 'The value of the named variable, or nothing if it is not set.',
  JsonPathExpression:
    'A JsonPath query over the JSON body (or another source) that picks out values or tests conditions.',
  TokenizerExpression:
    'Cuts text into pieces at a token (plain or a regular expression), or between start and end tokens; ' +
    'mostly used to drive a split.',
  LanguageExpression: 'An expression in a language named explicitly, for languages that have no key of their own.',
  MethodCallExpression: 'The result of calling a method on a bean, used as the value or predicate.',
  XPathExpression: 'An XPath query over the XML body that picks out values or tests conditions.',

  // Routes and templates
  RouteDefinition:
    'A route with an id and route-level settings (startup, error handler, configuration) around its input.',
  FromDefinition: 'The input of a route: the endpoint it consumes from and the steps that handle each message it gets.',
  RouteFromDefinitionDeserializer:
    'A route given only by its input endpoint and steps, with no other route settings; its id is generated.',
  OutputAwareFromDefinition: 'The input of a route together with the steps that handle each message it gets.',
  RouteTemplateDefinition: 'A route blueprint with named parameters; it runs nothing until a route is created from it.',
  RouteTemplateParameterDefinition:
    'A parameter of a route template: its name, whether it is required and its default.',
  TemplatedRouteDefinition: 'Creates a route from a route template, supplying values for its parameters.',
  TemplatedRouteParameterDefinition: 'A value for one parameter of the route template being used.',
  RouteConfigurationDefinition:
    'Error handling and interceptors shared by routes that pick this configuration by id ' +
    '(or by all routes that pick none, when it has no id).',
  BeanFactoryDefinition:
    'A bean to create and register under a name: its type, and how to build it ' +
    '(constructor arguments, properties, factory, builder or script).',

  // Error handling and interception
  OnExceptionDefinition:
    'Handles the listed exception types (closest match wins): it may retry, run its own steps, ' +
    'and mark the error handled or let routing continue.',
  OnCompletionDefinition:
    'Steps to run once a message has finished its route, after success, failure or both; handy for cleanup.',
  InterceptDefinition: 'Steps to run before each step of the routes it applies to.',
  InterceptFromDefinition: 'Steps to run each time a message enters a route, optionally only for matching input URIs.',
  InterceptSendToEndpointDefinition:
    'Steps to run when a message is about to be sent to an endpoint matching the URI pattern; ' +
    'the real send can be skipped.',
  ErrorHandlerDefinition:
    'Picks the error handler for a route or route configuration: dead letter channel, default, none, ' +
    'a reference or a transactional one.',
  ErrorHandlerDeserializer:
    'Picks the error handler for all routes that do not set their own: dead letter channel, default, none, ' +
    'a reference or a transactional one.',
  DeadLetterChannelDefinition:
    'After any retries, sends the failed message to a dead letter endpoint and marks the error handled, ' +
    'so the caller sees success.',
  DefaultErrorHandlerDefinition:
    'The standard error handler: retries as its redelivery policy says (none by default), ' +
    'then logs the failure and passes the error back to the caller.',
  NoErrorHandlerDefinition: 'Turns error handling off: failures are not retried and go straight back to the caller.',
  RefErrorHandlerDefinition: 'Uses an error handler defined elsewhere, looked up by name.',
  JtaTransactionErrorHandlerDefinition:
    'An error handler for transacted routes that rolls back a JTA transaction on failure.',
  SpringTransactionErrorHandlerDefinition:
    'An error handler for transacted routes that rolls back a Spring-managed transaction on failure.',
  RedeliveryPolicyDefinition:
    'How failed messages are retried: how many times, the delay between tries (optionally growing each time), ' +
    'and what gets logged.',

  // REST
  RestDefinition: 'A group of REST operations under a common base path, each handing its requests to a route.',
  RestConfigurationDefinition:
    'Settings shared by all REST services: the HTTP component that serves them, host, port, ' +
    'context path, JSON/XML binding and API docs.',
  GetDefinition: 'A REST operation that answers HTTP GET requests on its path by passing them to its target endpoint.',
  PostDefinition:
    'A REST operation that answers HTTP POST requests on its path by passing them to its target endpoint.',
  PutDefinition: 'A REST operation that answers HTTP PUT requests on its path by passing them to its target endpoint.',
  DeleteDefinition:
    'A REST operation that answers HTTP DELETE requests on its path by passing them to its target endpoint.',
  PatchDefinition:
    'A REST operation that answers HTTP PATCH requests on its path by passing them to its target endpoint.',
  HeadDefinition:
    'A REST operation that answers HTTP HEAD requests on its path by passing them to its target endpoint.',
  ParamDefinition:
    'Describes one parameter of a REST operation: where it is carried (path, query, header, form, body) and its type.',
  ResponseMessageDefinition:
    'Describes one possible response of a REST operation: its status code, message, headers and content type.',

  // Other top-level definitions
  SSLContextParametersDefinition:
    'TLS settings (key store, trust store, protocols, cipher suites, client authentication) ' +
    'for components that open secure connections.',
  TransformersDefinition: 'Registers transformers that turn a message from one named data type into another.',
  ValidatorsDefinition: 'Registers validators that check a message matches a named data type.',
};
