/**
 * hapi and @hapi/boom. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const hapiAdapter: Adapter = {
  name: 'hapi',
  applies: () => false,
  collect() {},
};
