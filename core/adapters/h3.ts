/**
 * h3 v1/v2, Nitro and Nuxt. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const h3Adapter: Adapter = {
  name: 'h3',
  applies: () => false,
  collect() {},
};
