/**
 * A cheap text test run before parsing or analysing a file: every status this plugin can resolve is
 * spelled with one of these tokens somewhere in the file (a literal, a constant name, an exception or
 * helper name). Files without one cannot have a finding, so rules skip analysis and codemods skip parsing.
 */
const CANDIDATE =
  /(?:\b|_)(?:40[35]|501|FORBIDDEN|METHOD_NOT_ALLOWED|NOT_IMPLEMENTED)(?:\b|_)|Forbidden|MethodNotAllowed|NotImplemented|forbidden|methodNotAllowed|notImplemented/;

export function mayHaveFindings(text: string): boolean {
  return CANDIDATE.test(text);
}
