/** jscodeshift transform: add `Allow` to 405 responses. `npx jscodeshift -t <this file> src/` */
import { makeTransform } from './transform';

export { parser } from './parser';
export default makeTransform(['require-allow-header']);
