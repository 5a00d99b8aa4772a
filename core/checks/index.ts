import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding } from '../model';
import { no403ForMissingRoute } from './no-403-for-missing-route';
import { no403ForUnsupportedMethod } from './no-403-for-unsupported-method';
import { no501ForUnsupportedMethod } from './no-501-for-unsupported-method';
import { requireAllowHeader } from './require-allow-header';

export type Check = (ctx: FileContext, facts: Facts) => Finding[];

export const CHECKS: Check[] = [requireAllowHeader, no403ForMissingRoute, no501ForUnsupportedMethod, no403ForUnsupportedMethod];
