/** jscodeshift transform for the `require-allow-header` rule: `npx jscodeshift -t node_modules/eslint-plugin-http-semantics/dist/codemods/require-allow-header.js src/` */
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(['require-allow-header']);
