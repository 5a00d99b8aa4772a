/** jscodeshift transform for the `no-403-for-missing-route` rule: `npx jscodeshift -t <this file> src/` */
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(['no-403-for-missing-route']);
