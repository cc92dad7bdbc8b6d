/**
 * Which runs the workbench splits over the page's worker threads (src/engine/slicedSimulation.ts): big ones only.
 * Below SPLIT_MIN_CUSTOMERS a month takes too little time for the messages between threads (an
 * accumulator each way per slice and month) to pay off. Apart from the engine so the page can
 * decide without loading the engine.
 */

/** Runs this big (starting customers) are split over the pool; the default scenario's 200,000 starts at once on one thread. */
export const SPLIT_MIN_CUSTOMERS = 250_000;

/** How many slices a run of `customers` gets with a pool of `poolSize` threads. */
export function sliceCount(customers: number, poolSize: number): number {
  return customers >= SPLIT_MIN_CUSTOMERS ? Math.max(1, Math.floor(poolSize)) : 1;
}
