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
  ])('keeps files that may set a status: %s', (text) => {
    expect(mayHaveFindings(text)).toBe(true);
  });

  it.each(['export const Button = () => <button>Save</button>;', 'const x = 4050 + 1405;', 'res.status(404)', '// HTTP 200 OK', ''])(
    'skips files that cannot have a finding: %s',
    (text) => {
      expect(mayHaveFindings(text)).toBe(false);
    },
  );
});
