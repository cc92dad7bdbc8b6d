/**
 * Seeds of replications: N, N+1, …, wrapping within the seed's range. Both sides of a comparison
 * and every point of a sweep use the same seeds, so their differences are the lever's, not luck's.
 */
export const replicationSeeds = (first: number, replications: number): number[] => Array.from({ length: replications }, (_, r) => (first + r) % 2 ** 32);
