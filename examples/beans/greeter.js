// A bean module for examples/bean-module.camel.yaml: a class whose instance the route calls.
export class Greeter {
  greeting = 'Hello';
  count = 0;

  /** Called by the bean step with the message body; what it returns becomes the body. */
  hello(name) {
    this.count += 1;
    return `${this.greeting} ${name} (${this.count})`;
  }
}

/** A processor: changes the exchange in place. */
export function stamp(exchange) {
  exchange.headers.set('stampedBy', 'examples/beans/greeter.js');
}
