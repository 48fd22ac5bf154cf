/**
 * The beans a compilation can reference by name (`ref: greeter`, `aggregationStrategy: myStrategy`): those declared
 * under top-level `beans:` (instances of bean modules or of Dromedary's built-in types), and inline instances of
 * built-in types (`#class:org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy`).
 */

/** A bean ready to use, with what dev mode needs to tell whether it changed. */
export interface ResolvedBean {
  readonly name: string;
  /** The instance: a class instance, a function or an object, as the bean's module or built-in type made it. */
  readonly value: unknown;
  /** Changes when the bean's definition or its module's content changes (dev mode restarts the routes using it). */
  readonly fingerprint: string;
}

/** The named beans of one compilation. */
export interface BeanLookup {
  /** The bean with this name, or undefined. */
  get(name: string): ResolvedBean | undefined;
  /** Every bean name, for "did you mean" hints. */
  names(): readonly string[];
  /** Whether a bean with this name is declared but could not be made (already reported; references stay quiet). */
  broken(name: string): boolean;
}

/** A registry with no beans. */
export const noBeans: BeanLookup = { get: () => undefined, names: () => [], broken: () => false };

/** A built-in bean type: what `#class:<name>` or a bean's `type: <name>` makes. */
export interface BuiltinBeanType {
  /** Makes an instance with the bean's `properties` (already converted from YAML); throws an Error on a bad property. */
  create(properties: Readonly<Record<string, unknown>>): unknown;
}

/** A map of beans by name. */
export class BeanRegistry implements BeanLookup {
  private readonly beans = new Map<string, ResolvedBean>();
  private readonly failed = new Set<string>();

  /** Adds a bean; a later bean with the same name replaces an earlier one, as in Camel's registry. */
  add(bean: ResolvedBean): void {
    this.beans.set(bean.name, bean);
  }

  /** Records a bean that could not be made (its problem was reported). */
  markBroken(name: string): void {
    this.failed.add(name);
  }

  broken(name: string): boolean {
    return this.failed.has(name) && !this.beans.has(name);
  }

  get(name: string): ResolvedBean | undefined {
    return this.beans.get(name);
  }

  names(): readonly string[] {
    return [...this.beans.keys()];
  }
}
