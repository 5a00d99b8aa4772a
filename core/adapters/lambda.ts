/**
 * AWS Lambda results. (Not written yet: registered so the adapter order is fixed.)
 */
import type { Adapter } from './types';

export const lambdaAdapter: Adapter = {
  name: 'lambda',
  applies: () => false,
  collect() {},
};
