import { createRule } from './create-rule';

export default createRule({
  id: 'require-allow-header',
  description: 'Require an `Allow` header on 405 responses',
  recommended: true,
  messages: {
    missingAllowHeader: '405 response has no `Allow` header; list the methods this route supports ({{methods}}).',
    missingAllowHeaderUnknownMethods:
      '405 response has no `Allow` header; add one that lists the methods this route supports (RFC 9110 §15.5.6).',
    allowHeaderDiscarded:
      '405 is thrown after `Allow` was set on the response, and the framework drops those headers on errors (Koa `ctx.throw`, h3 v2 `HTTPError`); pass `Allow` in the error\'s `headers`.',
    addAllowHeader: 'Add `Allow: {{methods}}` to this 405 response.',
  },
});
