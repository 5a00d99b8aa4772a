/**
 * jscodeshift transform that applies the four rules' plans in one pass per file:
 * `npx jscodeshift -t node_modules/eslint-plugin-http-semantics/dist/codemods/all.js src/`
 */
import { RULE_IDS } from '../core/model';
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(RULE_IDS);
