import { createRule } from './create-rule';

export default createRule<
  'forbiddenForMissingRoute' | 'forbiddenForMissingResource' | 'useNotFound',
  { checkLookups: boolean }
>({
  id: 'no-403-for-missing-route',
  description: 'Disallow 403 for routes and resources that do not exist',
  recommended: true,
  messages: {
    forbiddenForMissingRoute:
      'This 403 answers a request that matched no route; send 404, because 403 tells clients the resource exists (RFC 9110 §15.5.4).',
    forbiddenForMissingResource:
      'This 403 answers for a resource that was not found; send 404, because 403 tells clients it exists and they may not have it (RFC 9110 §15.5.5).',
    useNotFound: 'Send 404 instead of 403.',
  },
  options: {
    checkLookups: {
      type: 'boolean',
      description: 'Also report a 403 sent when a lookup by a path parameter finds nothing, or whose message says "not found".',
      default: true,
    },
  },
  keep: (finding, options) => options.checkLookups || finding.reason !== 'lookup',
});
