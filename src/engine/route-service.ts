/**
 * Work a step keeps between exchanges (an aggregator's open groups and its timeout checker): started and stopped with
 * its route, and completed early when dev mode hands the route over to a new version of it.
 */

/** A stateful part of a route. Each method is optional; the route calls what is there. */
export interface RouteService {
  /** Called when the route starts, before its consumer brings the first exchange. */
  start?(): void;
  /**
   * Called when the route stops, after its consumer stopped and its in-flight exchanges drained. Resolves once the
   * service's own work (exchanges it sent on) is done; must not reject.
   */
  stop?(): void | Promise<void>;
  /**
   * Completes the pending work now (an aggregator completes its open groups with `CamelAggregatedCompletedBy=force`)
   * because another version of the route takes over. Returns how many units were completed; the exchanges it sends on
   * are awaited by `stop`.
   */
  forceCompletion?(): number;
}
