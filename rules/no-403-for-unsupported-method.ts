import { createRule } from './create-rule';

export default createRule({
  id: 'no-403-for-unsupported-method',
  description: 'Disallow 403 for rejecting a request method; use 405 with `Allow`',
  recommended: true,
  messages: {
    forbiddenForMethod:
      'This 403 rejects {{method}}, not the client; send 405 with `Allow: {{methods}}` (RFC 9110 §15.5.6).',
    forbiddenForMethodUnknownMethods:
      'This 403 rejects {{method}}, not the client; send 405 with an `Allow` header listing the supported methods (RFC 9110 §15.5.6).',
    useMethodNotAllowed: 'Send 405 with `Allow: {{methods}}` instead.',
  },
});
