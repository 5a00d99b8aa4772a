import { createRule } from './create-rule';

export default createRule({
  id: 'no-501-for-unsupported-method',
  description: 'Disallow 501 for a method that one resource does not support; use 405 with `Allow`',
  recommended: true,
  messages: {
    notImplementedForMethod:
      '501 rejects {{method}} on a resource that serves other methods; send 405 with `Allow: {{methods}}` (RFC 9110 §15.5.6), since 501 means no resource supports the method.',
    notImplementedForMethodUnknownMethods:
      '501 rejects {{method}} on a resource that serves other methods; send 405 with an `Allow` header listing them (RFC 9110 §15.5.6), since 501 means no resource supports the method.',
    useMethodNotAllowed: 'Send 405 with `Allow: {{methods}}` instead.',
  },
});
