import type { Facts } from '../adapters/types';
import type { FileContext } from '../context';
import type { Finding } from '../model';
import { requireAllowHeader } from './require-allow-header';

export type Check = (ctx: FileContext, facts: Facts) => Finding[];

export const CHECKS: Check[] = [requireAllowHeader];
