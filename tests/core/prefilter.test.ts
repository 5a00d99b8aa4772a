import { mayHaveFindings } from '../../core/prefilter';

describe('prefilter', () => {
  it.each([
    'res.status(405)',
    "res.status('403')",
    'c.text(x, 501)',
    'StatusCodes.METHOD_NOT_ALLOWED',
    'HttpStatus.FORBIDDEN',
    'constants.HTTP_STATUS_NOT_IMPLEMENTED',
    'const { HTTP_STATUS_FORBIDDEN } = constants',
    'HttpStatusCode.MethodNotAllowed',
    'throw new ForbiddenException()',
    'Boom.methodNotAllowed()',
    'Boom.notImplemented()',
    'new createError.Forbidden()',
    'reply.forbidden()',
    "import { Forbidden } from 'http-errors'; next(new Forbidden());",
    'throw new NotImplementedError()',
    'throw fastify.httpErrors.methodNotAllowed()',
    'STATUS_CODE.MethodNotAllowed',
    'if (response.status === 403) retry(); else res.status(405);',
    'const handled = code === 200; res.writeHead(501);',
  ])('keeps files that may set a status: %s', (text) => {
    expect(mayHaveFindings(text)).toBe(true);
  });

  it.each([
    'export const Button = () => <button>Save</button>;',
    'const x = 4050 + 1405;',
    'res.status(404)',
    '// HTTP 200 OK',
    '',
    'if (response.status === 403) throw new Error();',
    'if (res.statusCode !== 405 && r.status == StatusCodes.FORBIDDEN) retry();',
    'switch (status) { case 501: return null; }',
    "throw new Error('forbidden: method not allowed');",
    "res.status(200).send('Forbidden words are not implemented');",
  ])(
    'skips files that cannot have a finding: %s',
    (text) => {
      expect(mayHaveFindings(text)).toBe(false);
    },
  );
});
