/**
 * A cheap text test run before parsing or analysing a file: every status this plugin can resolve is
 * spelled with one of these tokens somewhere in the file (a literal, a constant name, an exception or
 * helper name). Files without one cannot have a finding, so rules skip analysis and codemods skip parsing.
 * A token that only ever appears right after a comparison (`response.status === 403`, client code) or a
 * `case` label cannot set a status either.
 */
const CANDIDATE = new RegExp(
  [
    // literals and constant names: 405, '403', METHOD_NOT_ALLOWED, HTTP_STATUS_FORBIDDEN
    String.raw`(?:\b|_)(?:40[35]|501|FORBIDDEN|METHOD_NOT_ALLOWED|NOT_IMPLEMENTED)(?:\b|_)`,
    // members, classes and constructors: HttpStatusCode.Forbidden, ForbiddenException, new MethodNotAllowed()
    String.raw`\.(?:Forbidden|MethodNotAllowed|NotImplemented)\b`,
    String.raw`\b(?:Forbidden|MethodNotAllowed|NotImplemented)(?:Exception|Error|\s*\()`,
    // helpers: Boom.forbidden(), reply.methodNotAllowed(), fastify.httpErrors.notImplemented()
    String.raw`\b(?:forbidden|methodNotAllowed|notImplemented)\s*\(`,
  ].join('|'),
  'g',
);
/** What stands right before a token that is only being compared: `=== `, `!= `, `case `, with an object path. */
const COMPARED = /(?:[=!]==?|\bcase)\s*(?:[\w$]+\s*\.\s*)*$/;

export function mayHaveFindings(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!COMPARED.test(before)) return true;
  }
  return false;
}
