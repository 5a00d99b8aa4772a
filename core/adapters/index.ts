/**
 * The adapters, most specific first: a node claimed by one adapter is not reported again by a later one.
 */
import { expressAdapter } from './express';
import { headersAdapter } from './headers';
import { nodeAdapter } from './node';
import { routesAdapter } from './routes';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = [routesAdapter, headersAdapter, expressAdapter, nodeAdapter];
