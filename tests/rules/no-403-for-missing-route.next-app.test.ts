import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// Next.js app router: lookups by params in app/**/route.ts, and the fall-through of middleware.ts.

runRuleTests('no-403-for-missing-route (next-app)', rule, {
  valid: [
    {
      name: 'role check and a feature flag in a route handler',
      filename: 'app/api/admin/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET() {
  const session = await auth();
  if (session?.user.role !== 'admin') return NextResponse.json({ error: 'Admins only' }, { status: 403 });
  if (!process.env.ADMIN_API_ENABLED) return NextResponse.json({ error: 'Disabled' }, { status: 403 });
  return NextResponse.json(await stats());
}`,
    },
    {
      name: 'membership lookup with the session user is a permission check',
      filename: 'app/api/orgs/[orgId]/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function GET(_req: Request, { params }: { params: { orgId: string } }) {
  const session = await auth();
  const membership = await db.membership.findFirst({ where: { orgId: params.orgId, userId: session?.user.id } });
  if (!membership) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  return NextResponse.json(await db.org.findUnique({ where: { id: params.orgId } }));
}`,
    },
    {
      name: 'path traversal guard in a catch-all segment',
      filename: 'app/api/files/[...path]/route.ts',
      code: `import { NextResponse } from 'next/server';

export async function GET(_req: Request, { params }: { params: { path: string[] } }) {
  if (params.path.includes('..')) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  return serveFile(params.path.join('/'));
}`,
    },
    {
      name: 'ownership check on a loaded resource',
      filename: 'app/api/posts/[id]/route.ts',
      code: `import { NextResponse } from 'next/server';
import { auth } from '@/auth';

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await auth();
  const post = await db.post.findUnique({ where: { id: params.id } });
  if (!post) return new NextResponse(null, { status: 404 });
  if (post.authorId !== session?.user.id) return new NextResponse(null, { status: 403 });
  await db.post.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
}`,
    },
    {
      name: 'middleware that lets known paths through and refuses the rest only when signed out',
      filename: 'middleware.ts',
      code: `import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname === '/login') return NextResponse.next();
  if (!request.cookies.has('session')) return new NextResponse('Forbidden', { status: 403 });
  return NextResponse.next();
}`,
    },
  ],
  invalid: [
    {
      name: 'lookup miss by context.params in route.ts',
      filename: 'app/api/posts/[slug]/route.ts',
      code: `import { getPost } from '@/lib/posts';

export async function GET(request: Request, context: { params: { slug: string } }) {
  const post = await getPost(context.params.slug);
  if (!post) return new Response(null, { status: 403 });
  return Response.json(post);
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { getPost } from '@/lib/posts';

export async function GET(request: Request, context: { params: { slug: string } }) {
  const post = await getPost(context.params.slug);
  if (!post) return new Response(null, { status: 404 });
  return Response.json(post);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss by destructured params, == null, new NextResponse',
      filename: 'app/api/teams/[id]/route.ts',
      code: `import { NextRequest, NextResponse } from 'next/server';

export async function DELETE(req: NextRequest, { params }: { params: { id: string } }) {
  const team = await prisma.team.findFirst({ where: { id: params.id } });
  if (team == null) return new NextResponse('Forbidden', { status: 403 });
  await prisma.team.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 5,
          column: 28,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { NextRequest, NextResponse } from 'next/server';

export async function DELETE(req: NextRequest, { params }: { params: { id: string } }) {
  const team = await prisma.team.findFirst({ where: { id: params.id } });
  if (team == null) return new NextResponse('Forbidden', { status: 404 });
  await prisma.team.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'lookup miss with NextResponse.json and a status constant',
      filename: 'src/app/api/books/[id]/route.ts',
      code: `import { NextResponse } from 'next/server';
import { StatusCodes } from 'http-status-codes';

export const GET = async (_req: Request, { params }: { params: { id: string } }) => {
  const book = await db.book.findUnique({ where: { id: params.id } });
  if (!book) {
    return NextResponse.json({ error: 'Forbidden' }, { status: StatusCodes.FORBIDDEN });
  }
  return NextResponse.json(book);
};`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { NextResponse } from 'next/server';
import { StatusCodes } from 'http-status-codes';

export const GET = async (_req: Request, { params }: { params: { id: string } }) => {
  const book = await db.book.findUnique({ where: { id: params.id } });
  if (!book) {
    return NextResponse.json({ error: 'Forbidden' }, { status: StatusCodes.NOT_FOUND });
  }
  return NextResponse.json(book);
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware.ts fall-through after the known paths',
      filename: 'src/middleware.ts',
      code: `import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/' || pathname.startsWith('/api/')) return NextResponse.next();
  return new NextResponse('Forbidden', { status: 403 });
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 10,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/' || pathname.startsWith('/api/')) return NextResponse.next();
  return new NextResponse('Forbidden', { status: 404 });
}`,
            },
          ],
        },
      ],
    },
  ],
});
