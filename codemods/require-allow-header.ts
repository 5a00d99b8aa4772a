/** jscodeshift transform for the `require-allow-header` rule: `npx jscodeshift -t <this file> src/` */
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(['require-allow-header']);
