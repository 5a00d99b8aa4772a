/**
 * no-403-for-unsupported-method on Next.js app router route handlers (HTTP-SEMANTICS.md B.3b). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (next-app)', rule, {
  valid: [
    {
      name: 'session check in an exported handler',
      filename: 'app/api/items/route.ts',
      code: `import { auth } from '@/auth';

export async function GET() {
  return Response.json(await listItems());
}

export async function DELETE() {
  const session = await auth();
  if (!session?.user) return Response.json({ error: 'Sign in first' }, { status: 403 });
  return Response.json(await removeItems());
}`,
    },
    {
      name: 'role check in an exported handler',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function PUT(request: Request) {
  const session = await auth();
  if (session?.user.role !== 'editor') return new NextResponse(null, { status: 403 });
  return NextResponse.json(await replaceItems(await request.json()));
}`,
    },
    {
      name: 'CSRF check in middleware',
      filename: 'middleware.ts',
      code: `import { NextResponse, type NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  if (request.method !== 'GET' && request.headers.get('x-csrf-token') !== request.cookies.get('csrf')?.value) {
    return NextResponse.json({ error: 'Invalid CSRF token' }, { status: 403 });
  }
  return NextResponse.next();
}`,
    },
  ],
  invalid: [
    {
      name: 'an exported DELETE stub answering 403 next to GET and OPTIONS',
      filename: 'app/api/items/[id]/route.ts',
      code: `export async function GET() {
  return Response.json(await findItem());
}

export async function DELETE() {
  return Response.json({ error: 'Items cannot be deleted' }, { status: 403 });
}

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 6,
          column: 10,
          data: { methods: 'GET, HEAD, OPTIONS', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export async function GET() {
  return Response.json(await findItem());
}

export async function DELETE() {
  return Response.json({ error: 'Items cannot be deleted' }, { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse(null, { status: 403 }) exported as PUT next to GET and POST',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function POST(request: Request) {
  return NextResponse.json(await createItem(await request.json()), { status: 201 });
}

export const PUT = () => new NextResponse(null, { status: 403 });`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 11,
          column: 26,
          data: { methods: 'GET, HEAD, POST, OPTIONS', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function POST(request: Request) {
  return NextResponse.json(await createItem(await request.json()), { status: 201 });
}

export const PUT = () => new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD, POST, OPTIONS' } });`,
            },
          ],
        },
      ],
    },
  ],
});
