import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

const ROUTE = 'app/api/items/route.ts';

runRuleTests('require-allow-header (next-app)', rule, {
  valid: [
    // Allow in the init, in a Headers argument, in a tuple list, or set on the stored response.
    {
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
export async function GET() { return NextResponse.json(await list()); }
export async function DELETE() {
  return NextResponse.json({ error: 'read-only' }, { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}`,
    },
    {
      filename: ROUTE,
      code: `export async function GET() { return Response.json(await list()); }
export async function PUT() {
  return new Response(null, { status: 405, headers: new Headers([['allow', 'GET, HEAD, OPTIONS']]) });
}`,
    },
    {
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
export async function GET() { return NextResponse.json(await list()); }
export async function PUT() {
  const res = new NextResponse(null, { status: 405 });
  res.headers.set('Allow', 'GET, HEAD, OPTIONS');
  return res;
}`,
    },
    // Headers not statically known.
    {
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
import { noStore } from '@/lib/headers';
export async function GET() { return NextResponse.json(await list()); }
export async function PUT() { return NextResponse.json({}, { status: 405, headers: noStore }); }`,
    },
    // 405 only in a JSON body, dynamic status, other statuses.
    {
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
export async function GET() { return NextResponse.json({ status: 405, reason: 'documented error code' }); }
export async function POST(req: Request) { return NextResponse.json(await save(req), { status: statusFor(req) }); }
export async function PUT() { return new Response('Not Found', { status: 404 }); }`,
    },
    // Client code in the app directory.
    {
      filename: 'app/items/page.tsx',
      code: `export default async function Page() {
  const res = await fetch('/api/items', { method: 'PUT' });
  return res.status === 405 ? 'read-only' : 'saved';
}`,
    },
  ],
  invalid: [
    {
      name: 'a method stub among route exports: Allow lists the other exports, HEAD and OPTIONS',
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json(await list());
}
export async function POST(req: Request) {
  return NextResponse.json(await create(req), { status: 201 });
}
export async function DELETE() {
  return new Response(null, { status: 405 });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 10,
          data: { methods: 'GET, HEAD, POST, OPTIONS' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD, POST, OPTIONS' },
              output: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json(await list());
}
export async function POST(req: Request) {
  return NextResponse.json(await create(req), { status: 201 });
}
export async function DELETE() {
  return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD, POST, OPTIONS' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse.json: merged into a multi-line headers object',
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
export const GET = async () => NextResponse.json(await list());
export const PUT = async () =>
  NextResponse.json(
    { error: 'Items cannot be replaced' },
    {
      status: 405,
      headers: {
        'Cache-Control': 'no-store',
      },
    },
  );`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 3,
          data: { methods: 'GET, HEAD, OPTIONS' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { NextResponse } from 'next/server';
export const GET = async () => NextResponse.json(await list());
export const PUT = async () =>
  NextResponse.json(
    { error: 'Items cannot be replaced' },
    {
      status: 405,
      headers: {
        'Cache-Control': 'no-store',
        Allow: 'GET, HEAD, OPTIONS',
      },
    },
  );`,
            },
          ],
        },
      ],
    },
    {
      name: 'new NextResponse with an empty new Headers(); export aliases',
      filename: ROUTE,
      code: `import { NextResponse } from 'next/server';
const show = async () => NextResponse.json(await list());
const refuse = () => new NextResponse(null, { status: 405, headers: new Headers() });
export { show as GET, refuse as PATCH };`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 22,
          data: { methods: 'GET, HEAD, OPTIONS' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { NextResponse } from 'next/server';
const show = async () => NextResponse.json(await list());
const refuse = () => new NextResponse(null, { status: 405, headers: new Headers({ Allow: 'GET, HEAD, OPTIONS' }) });
export { show as GET, refuse as PATCH };`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextAuth-style destructured exports; a tuple list gets one more pair',
      filename: 'app/api/auth/[...nextauth]/route.ts',
      code: `import { handlers } from '@/auth';
export const { GET, POST } = handlers;
export function PUT() {
  return new Response('Method Not Allowed', { status: 405, headers: [['Content-Type', 'text/plain']] });
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 4,
          column: 10,
          data: { methods: 'GET, HEAD, POST, OPTIONS' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { handlers } from '@/auth';
export const { GET, POST } = handlers;
export function PUT() {
  return new Response('Method Not Allowed', { status: 405, headers: [['Content-Type', 'text/plain'], ['Allow', 'GET, HEAD, POST, OPTIONS']] });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a response kept in a variable whose other header writes are not Allow',
      filename: ROUTE,
      code: `export async function GET() { return Response.json(await list()); }
export async function DELETE() {
  const res = Response.json({ error: 'read-only' }, { status: 405 });
  res.headers.set('Cache-Control', 'no-store');
  return res;
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 3,
          column: 15,
          data: { methods: 'GET, HEAD, OPTIONS' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `export async function GET() { return Response.json(await list()); }
export async function DELETE() {
  const res = Response.json({ error: 'read-only' }, { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
  res.headers.set('Cache-Control', 'no-store');
  return res;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware: the methods are not known, reported without a suggestion',
      filename: 'middleware.ts',
      code: `import { NextResponse, type NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/archive') && request.method !== 'GET') {
    return new NextResponse(null, { status: 405 });
  }
  return NextResponse.next();
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 4, column: 12, suggestions: [] }],
    },
  ],
});
