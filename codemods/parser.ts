/**
 * The codemods' parser: @babel/parser with the `estree` plugin, so the core sees the same node types and
 * ranges as with @typescript-eslint/parser. Exported in jscodeshift's parser shape too.
 */
import { parse as babelParse, type ParserPlugin } from '@babel/parser';
import type { TSESTree } from '@typescript-eslint/types';

/** Syntax plugins for a file name (no AST-shape plugins). */
export function syntaxPluginsFor(filename: string): ParserPlugin[] {
  const plugins: ParserPlugin[] = ['decorators-legacy'];
  if (/\.[cm]?tsx?$/i.test(filename)) {
    plugins.push('typescript');
    if (/\.tsx$/i.test(filename)) plugins.push('jsx');
  } else {
    plugins.push('jsx');
  }
  return plugins;
}

export function pluginsFor(filename: string): ParserPlugin[] {
  return [['estree', { classFeatures: true }], ...syntaxPluginsFor(filename)];
}

const BASE_OPTIONS = {
  sourceType: 'unambiguous',
  allowReturnOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowAwaitOutsideFunction: true,
  allowUndeclaredExports: true,
  errorRecovery: false,
} as const;

/** Does the text parse? Used to check a rewrite before it is returned; builds no ESTree. */
export function checkSyntax(text: string, filename: string): void {
  babelParse(text, { ...BASE_OPTIONS, plugins: syntaxPluginsFor(filename) });
}

export function parseSource(text: string, filename: string): TSESTree.Program {
  const file = babelParse(text, { ...BASE_OPTIONS, ranges: true, plugins: pluginsFor(filename) });
  return (file as unknown as { program: TSESTree.Program }).program;
}

/** jscodeshift parser object (`module.exports.parser`); parses as TSX-capable TypeScript. */
export const parser = {
  parse(source: string): unknown {
    return babelParse(source, {
      sourceType: 'unambiguous',
      allowReturnOutsideFunction: true,
      ranges: true,
      tokens: true,
      plugins: pluginsFor('file.tsx'),
    });
  },
};
