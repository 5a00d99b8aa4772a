/**
 * NestJS. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const nestAdapter: Adapter = {
  name: 'nest',
  applies: () => false,
  collect() {},
};
