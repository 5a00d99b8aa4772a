/**
 * no-501-for-unsupported-method on Next.js app router route handlers (HTTP-SEMANTICS.md B.3b). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (next-app)', rule, {
  valid: [
    {
      name: 'a route module whose only export is a stub',
      filename: 'app/api/exports/route.ts',
      code: `export async function POST() {
  return new Response('Exports are coming soon', { status: 501 });
}`,
    },
    {
      name: '501 behind a feature flag, not the method',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function POST(request: Request) {
  if (!process.env.ITEMS_WRITABLE) return NextResponse.json({ error: 'Writes are not enabled' }, { status: 501 });
  return NextResponse.json(await createItem(await request.json()), { status: 201 });
}`,
    },
    {
      name: 'middleware guarding methods nothing implements (no path context)',
      filename: 'middleware.ts',
      code: `import { NextResponse, type NextRequest } from 'next/server';
const IMPLEMENTED = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'];
export function middleware(request: NextRequest) {
  if (!IMPLEMENTED.includes(request.method)) {
    return new NextResponse(null, { status: 501 });
  }
  return NextResponse.next();
}`,
    },
  ],
  invalid: [
    {
      name: 'an exported DELETE stub next to GET and POST: Allow lists OPTIONS, which Next answers',
      filename: 'app/api/items/route.ts',
      code: `import { NextResponse } from 'next/server';
import { createItem, listItems } from '@/lib/items';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function POST(request: Request) {
  return NextResponse.json(await createItem(await request.json()), { status: 201 });
}

export async function DELETE() {
  return NextResponse.json({ error: 'Not implemented' }, { status: 501 });
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 13,
          column: 10,
          data: { methods: 'GET, HEAD, POST, OPTIONS', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { NextResponse } from 'next/server';
import { createItem, listItems } from '@/lib/items';

export async function GET() {
  return NextResponse.json(await listItems());
}

export async function POST(request: Request) {
  return NextResponse.json(await createItem(await request.json()), { status: 201 });
}

export async function DELETE() {
  return NextResponse.json({ error: 'Not implemented' }, { status: 405, headers: { Allow: 'GET, HEAD, POST, OPTIONS' } });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'arrow export with a headers object: Allow merged into it',
      filename: 'app/api/items/route.ts',
      code: `export async function GET() {
  return Response.json(await listItems());
}

export const PUT = async () => new Response('Not implemented', { status: 501, headers: { 'Content-Type': 'text/plain' } });`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 5,
          column: 32,
          data: { methods: 'GET, HEAD, OPTIONS', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export async function GET() {
  return Response.json(await listItems());
}

export const PUT = async () => new Response('Not implemented', { status: 405, headers: { 'Content-Type': 'text/plain', Allow: 'GET, HEAD, OPTIONS' } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'new Response(null, { status: 501 }) with an explicit OPTIONS export',
      filename: 'app/api/items/[id]/route.ts',
      code: `export async function GET() {
  return Response.json(await findItem());
}

export async function PATCH(request: Request) {
  return Response.json(await updateItem(await request.json()));
}

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, PATCH, OPTIONS' } });
}

export async function DELETE() {
  return new Response(null, { status: 501 });
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 14,
          column: 10,
          data: { methods: 'GET, HEAD, PATCH, OPTIONS', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `export async function GET() {
  return Response.json(await findItem());
}

export async function PATCH(request: Request) {
  return Response.json(await updateItem(await request.json()));
}

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, PATCH, OPTIONS' } });
}

export async function DELETE() {
  return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD, PATCH, OPTIONS' } });
}`,
            },
          ],
        },
      ],
    },
  ],
});
