/**
 * The fired responses the time charts mark (ResponseMarks.svelte in every TimePanel). Set by the
 * chart area; charts drawn elsewhere (without it) mark nothing.
 */
import { getContext, setContext } from 'svelte';
import type { RunMeta } from '../../engine/api.ts';
import type { ResponseRecord } from '../../engine/reactor.ts';

export interface ResponseMarksContext {
  readonly responses: readonly ResponseRecord[];
  readonly meta: RunMeta | null;
}

const KEY = Symbol('response-marks');
export const setResponseMarks = (value: ResponseMarksContext) => setContext(KEY, value);
export const getResponseMarks = (): ResponseMarksContext | undefined => getContext<ResponseMarksContext | undefined>(KEY);
