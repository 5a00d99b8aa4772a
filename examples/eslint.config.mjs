// Three lines of config are all a project needs; the parser line is only for TypeScript files.
import httpSemantics from 'eslint-plugin-http-semantics';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser } },
  httpSemantics.configs.recommended,
];
