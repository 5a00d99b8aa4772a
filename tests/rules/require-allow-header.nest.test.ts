import rule from '../../rules/require-allow-header';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('require-allow-header (nest)', rule, {
  valid: [
    // `@Header('Allow', …)` on the method survives the thrown exception.
    `import { Controller, Delete, Get, Header, MethodNotAllowedException } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get(':id') show() {}
  @Delete(':id')
  @Header('Allow', 'GET, HEAD')
  remove() { throw new MethodNotAllowedException(); }
}`,
    // Any spelling of the header name counts; so does an aliased import.
    `import { Controller, Put, Header as SetHeader, HttpException, HttpStatus } from '@nestjs/common';
@Controller('docs')
export class DocsController {
  @Put(':id') @SetHeader('allow', 'GET') update() { throw new HttpException('Read-only', HttpStatus.METHOD_NOT_ALLOWED); }
}`,
    // Header name not statically known: unsure, so not reported.
    `import { Controller, Delete, Header, MethodNotAllowedException } from '@nestjs/common';
import { HEADER_NAME } from './headers';
@Controller('users')
export class UsersController {
  @Delete(':id') @Header(HEADER_NAME, 'GET') remove() { throw new MethodNotAllowedException(); }
}`,
    // Allow set on the passthrough response before the throw.
    `import { Controller, Delete, MethodNotAllowedException, Res } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Delete(':id')
  remove(@Res({ passthrough: true }) res) {
    res.set('Allow', 'GET');
    throw new MethodNotAllowedException();
  }
}`,
    // Express-style code under @Res(), with the decorator already there.
    `import { Controller, Delete, Header, Res } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Delete(':id') @Header('Allow', 'GET') remove(@Res() res) { res.status(405).send(); }
}`,
    // Dynamic status.
    `import { Controller, Post, HttpException } from '@nestjs/common';
@Controller('jobs')
export class JobsController {
  @Post() create() { throw new HttpException('Rejected', this.status); }
}`,
    // Other statuses.
    `import { Controller, Get, HttpException, HttpStatus, NotFoundException, Param } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get(':id') async show(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundException('User not found');
    if (user.locked) throw new HttpException('Locked', HttpStatus.FORBIDDEN);
    return user;
  }
}`,
    // 405 inside a response body: the HTTP status is 200.
    `import { Controller, Get } from '@nestjs/common';
@Controller('status')
export class StatusController {
  @Get() show() { return { statusCode: 405, message: 'example' }; }
}`,
    // Test code: exceptions built for assertions and mocks are not responses.
    `import { MethodNotAllowedException } from '@nestjs/common';
it('rejects deletes', async () => {
  jest.spyOn(service, 'remove').mockRejectedValue(new MethodNotAllowedException());
  await expect(controller.remove('1')).rejects.toThrow(new MethodNotAllowedException());
  const expected = new MethodNotAllowedException('x');
  expect(error).toEqual(expected);
});`,
    // A class of the same name that is not Nest's.
    `import { Controller, Delete } from '@nestjs/common';
class HttpException extends Error { constructor(message: string, readonly code: number) { super(message); } }
@Controller('users')
export class UsersController {
  @Delete(':id') remove() { throw new HttpException('no', 405); }
}`,
  ],
  invalid: [
    {
      name: 'exception in a method-bound handler, with a sibling route on the same path',
      code: `import { Controller, Delete, Get, MethodNotAllowedException, Param } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Delete(':id')
  remove() {
    throw new MethodNotAllowedException('Users cannot be deleted');
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 12,
          column: 11,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              data: { methods: 'GET, HEAD' },
              output: `import { Controller, Delete, Get, MethodNotAllowedException, Param, Header } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Delete(':id')
  @Header('Allow', 'GET, HEAD')
  remove() {
    throw new MethodNotAllowedException('Users cannot be deleted');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException with HttpStatus under a method guard in an @All() handler',
      code: `import { All, Controller, HttpException, HttpStatus, Req } from '@nestjs/common';
import type { Request } from 'express';

@Controller('feed')
export class FeedController {
  @All()
  handle(@Req() req: Request) {
    if (req.method !== 'GET') {
      throw new HttpException('Read-only feed', HttpStatus.METHOD_NOT_ALLOWED);
    }
    return this.feed.latest();
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 9,
          column: 13,
          data: { methods: 'GET' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { All, Controller, HttpException, HttpStatus, Req, Header } from '@nestjs/common';
import type { Request } from 'express';

@Controller('feed')
export class FeedController {
  @All()
  @Header('Allow', 'GET')
  handle(@Req() req: Request) {
    if (req.method !== 'GET') {
      throw new HttpException('Read-only feed', HttpStatus.METHOD_NOT_ALLOWED);
    }
    return this.feed.latest();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import: the decorator is spelled through the namespace, no import added',
      code: `import * as common from '@nestjs/common';

@common.Controller({ path: '/reports/' })
export class ReportsController {
  @common.Get('/:id') show() {}

  @common.Put(':id') update() { throw new common.MethodNotAllowedException(); }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 7,
          column: 39,
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import * as common from '@nestjs/common';

@common.Controller({ path: '/reports/' })
export class ReportsController {
  @common.Get('/:id') show() {}

  @common.Put(':id') @common.Header('Allow', 'GET, HEAD') update() { throw new common.MethodNotAllowedException(); }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'aliased Header import, double quotes, exception raised through rxjs and through a local',
      code: `import { Controller, Delete, Get, MethodNotAllowedException, Header as SetHeader } from "@nestjs/common";
import { catchError, throwError } from "rxjs";

@Controller("files")
export class FilesController {
  @Get(":name")
  @SetHeader("Cache-Control", "no-store")
  read() {}

  @Delete(":name")
  remove() {
    return this.files.remove().pipe(catchError(() => throwError(() => new MethodNotAllowedException("Files are immutable"))));
  }

  @Delete()
  purge() {
    const error = new MethodNotAllowedException();
    throw error;
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 12,
          column: 71,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Controller, Delete, Get, MethodNotAllowedException, Header as SetHeader } from "@nestjs/common";
import { catchError, throwError } from "rxjs";

@Controller("files")
export class FilesController {
  @Get(":name")
  @SetHeader("Cache-Control", "no-store")
  read() {}

  @Delete(":name")
  @SetHeader("Allow", "GET, HEAD")
  remove() {
    return this.files.remove().pipe(catchError(() => throwError(() => new MethodNotAllowedException("Files are immutable"))));
  }

  @Delete()
  purge() {
    const error = new MethodNotAllowedException();
    throw error;
  }
}`,
            },
          ],
        },
        // `DELETE /files` has no other route: the methods are not known.
        { messageId: 'missingAllowHeaderUnknownMethods', line: 17, column: 19, suggestions: [] },
      ],
    },
    {
      name: 'Express-style response under @Res(): the Express adapter adds Allow in the chain',
      code: `import { Controller, Get, Patch, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('docs')
export class DocsController {
  @Get(':slug') show() {}

  @Patch(':slug')
  patch(@Res() res: Response) {
    res.status(405).json({ message: 'Documents are replaced, not patched' });
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 10,
          column: 5,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Controller, Get, Patch, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('docs')
export class DocsController {
  @Get(':slug') show() {}

  @Patch(':slug')
  patch(@Res() res: Response) {
    res.status(405).set('Allow', 'GET, HEAD').json({ message: 'Documents are replaced, not patched' });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'thrown from a guard: no decorator target, reported without a fix',
      filename: 'src/read-only.guard.ts',
      code: `import { CanActivate, ExecutionContext, Injectable, MethodNotAllowedException } from '@nestjs/common';

@Injectable()
export class ReadOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
    if (req.method !== 'GET') throw new MethodNotAllowedException();
    return true;
  }
}`,
      errors: [{ messageId: 'missingAllowHeader', line: 7, column: 37, data: { methods: 'GET' }, suggestions: [] }],
    },
    {
      name: 'thrown from a private helper of a controller: no route method to decorate',
      code: `import { Controller, Delete, Get, HttpException } from '@nestjs/common';

@Controller('things')
export class ThingsController {
  @Get() list() {}
  @Delete() remove() { this.reject(); }
  private reject(): never { throw new HttpException('nope', 405); }
}`,
      errors: [{ messageId: 'missingAllowHeaderUnknownMethods', line: 7, column: 35, suggestions: [] }],
    },
    {
      name: '@HttpCode(405) on a handler',
      code: `import { Controller, Get, HttpCode, Post } from '@nestjs/common';

@Controller('jobs')
export class JobsController {
  @Get() list() {}

  @Post()
  @HttpCode(405)
  create() {
    return { error: 'Jobs are created by the scheduler' };
  }
}`,
      errors: [
        {
          messageId: 'missingAllowHeader',
          line: 8,
          column: 4,
          data: { methods: 'GET, HEAD' },
          suggestions: [
            {
              messageId: 'addAllowHeader',
              output: `import { Controller, Get, HttpCode, Post, Header } from '@nestjs/common';

@Controller('jobs')
export class JobsController {
  @Get() list() {}

  @Post()
  @HttpCode(405)
  @Header('Allow', 'GET, HEAD')
  create() {
    return { error: 'Jobs are created by the scheduler' };
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
