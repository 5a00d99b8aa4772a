/**
 * Web Response (Workers, Deno, Bun), Next.js app router, SvelteKit, Remix/React Router. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const fetchAdapter: Adapter = {
  name: 'fetch',
  applies: () => false,
  collect() {},
};
