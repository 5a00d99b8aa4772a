/** jscodeshift transform for the `no-403-for-missing-route` rule: `npx jscodeshift -t node_modules/eslint-plugin-http-semantics/dist/codemods/no-403-for-missing-route.js src/` */
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(['no-403-for-missing-route']);
