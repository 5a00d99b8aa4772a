import rule from '../../rules/no-403-for-missing-route';
import { runRuleTests } from '../helpers/rule-tester';

// NestJS: @All('*') catch-alls and @Param lookups; ForbiddenException becomes NotFoundException, import included.

runRuleTests('no-403-for-missing-route (nest)', rule, {
  valid: [
    {
      name: 'role check in a controller method',
      filename: 'src/app.controller.ts',
      code: `import { Controller, ForbiddenException, Get, Req } from '@nestjs/common';

@Controller('admin')
export class AdminController {
  @Get()
  stats(@Req() req) {
    if (!req.user?.roles.includes('admin')) throw new ForbiddenException('Admins only');
    return this.service.stats();
  }
}`,
    },
    {
      name: 'ownership check on a loaded resource',
      filename: 'src/app.controller.ts',
      code: `import { Controller, Delete, ForbiddenException, Param, Req } from '@nestjs/common';

@Controller('posts')
export class PostsController {
  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    const post = await this.posts.findOne(id);
    if (post.authorId !== req.user.id) throw new ForbiddenException();
    return this.posts.remove(id);
  }
}`,
    },
    {
      name: 'scope check in a guard',
      filename: 'src/scope.guard.ts',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

@Injectable()
export class ScopeGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest();
    if (!req.user?.scopes.includes('books:write')) throw new ForbiddenException('Missing scope');
    return true;
  }
}`,
    },
    {
      name: 'membership lookup by a @Param is a permission check',
      filename: 'src/app.controller.ts',
      code: `import { Controller, ForbiddenException, Get, Param, Req } from '@nestjs/common';

@Controller('orgs')
export class OrgsController {
  @Get(':orgId')
  async show(@Param('orgId') orgId: string, @Req() req) {
    const membership = await this.members.find(orgId, req.user.id);
    if (!membership) throw new ForbiddenException();
    return this.orgs.findOne(orgId);
  }
}`,
    },
    {
      name: 'feature flag',
      filename: 'src/app.controller.ts',
      code: `import { Controller, ForbiddenException, Param, Post } from '@nestjs/common';

@Controller('exports')
export class ExportsController {
  @Post(':id')
  async run(@Param('id') id: string) {
    if (!this.flags.enabled('exports')) throw new ForbiddenException('Exports are disabled');
    return this.exports.run(id);
  }
}`,
    },
    {
      name: "@All('*') that answers 403 only under another condition",
      filename: 'src/app.controller.ts',
      code: `import { All, Controller, ForbiddenException, NotFoundException, Req } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  fallback(@Req() req) {
    if (req.path.startsWith('/admin')) throw new ForbiddenException();
    throw new NotFoundException();
  }
}`,
    },
    {
      name: 'converting ForbiddenException to 404 (hiding) is allowed',
      filename: 'src/app.controller.ts',
      code: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book || book.hidden) throw new NotFoundException();
    return book;
  }
}`,
    },
  ],
  invalid: [
    {
      name: "@All('*') catch-all throwing ForbiddenException: the import is swapped",
      filename: 'src/app.controller.ts',
      code: `import { All, Controller, ForbiddenException } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  fallback() {
    throw new ForbiddenException();
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { All, Controller, NotFoundException } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  fallback() {
    throw new NotFoundException();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@All('*path') while ForbiddenException is still used elsewhere: NotFoundException is added",
      filename: 'src/app.controller.ts',
      code: `import { All, Controller, ForbiddenException, Get } from '@nestjs/common';

@Controller()
export class AppController {
  @Get('admin')
  admin() {
    if (!this.isAdmin()) throw new ForbiddenException('Admins only');
    return 'ok';
  }

  @All('*path')
  fallback() {
    throw new ForbiddenException();
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 13,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { All, Controller, ForbiddenException, Get, NotFoundException } from '@nestjs/common';

@Controller()
export class AppController {
  @Get('admin')
  admin() {
    if (!this.isAdmin()) throw new ForbiddenException('Admins only');
    return 'ok';
  }

  @All('*path')
  fallback() {
    throw new NotFoundException();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@All('*') with HttpException and a numeric status",
      filename: 'src/app.controller.ts',
      code: `import { All, Controller, HttpException } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  fallback() {
    throw new HttpException('Forbidden', 403);
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { All, Controller, HttpException } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  fallback() {
    throw new HttpException('Forbidden', 404);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@All('*') with @HttpCode(403)",
      filename: 'src/app.controller.ts',
      code: `import { All, Controller, HttpCode } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  @HttpCode(403)
  fallback() {
    return { error: 'Forbidden' };
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingRoute',
          line: 6,
          column: 4,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { All, Controller, HttpCode } from '@nestjs/common';

@Controller()
export class FallbackController {
  @All('*')
  @HttpCode(404)
  fallback() {
    return { error: 'Forbidden' };
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: '@Param lookup miss: ForbiddenException becomes NotFoundException in the import too',
      filename: 'src/users/users.controller.ts',
      code: `import { Controller, ForbiddenException, Get, Param } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async show(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new ForbiddenException();
    return user;
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 11,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Controller, NotFoundException, Get, Param } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async show(@Param('id') id: string) {
    const user = await this.users.find(id);
    if (!user) throw new NotFoundException();
    return user;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'NotFoundException already imported: the ForbiddenException specifier goes',
      filename: 'src/app.controller.ts',
      code: `import { Controller, ForbiddenException, Get, NotFoundException, Param } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new ForbiddenException();
    if (book.archived) throw new NotFoundException();
    return book;
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 8,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new NotFoundException();
    if (book.archived) throw new NotFoundException();
    return book;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'ForbiddenException still used by another method: NotFoundException is added',
      filename: 'src/app.controller.ts',
      code: `import { Controller, Delete, ForbiddenException, Get, Param, Req } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new ForbiddenException();
    return book;
  }

  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    if (!req.user.isAdmin) throw new ForbiddenException();
    return this.books.remove(id);
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 8,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Controller, Delete, ForbiddenException, Get, Param, Req, NotFoundException } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new NotFoundException();
    return book;
  }

  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    if (!req.user.isAdmin) throw new ForbiddenException();
    return this.books.remove(id);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: '@Param() params object and HttpStatus.FORBIDDEN',
      filename: 'src/app.controller.ts',
      code: `import { Controller, Get, HttpException, HttpStatus, Param } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param() params: { id: string }) {
    const book = await this.books.findOne(params.id);
    if (!book) throw new HttpException('Forbidden', HttpStatus.FORBIDDEN);
    return book;
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 8,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import { Controller, Get, HttpException, HttpStatus, Param } from '@nestjs/common';

@Controller('books')
export class BooksController {
  @Get(':id')
  async show(@Param() params: { id: string }) {
    const book = await this.books.findOne(params.id);
    if (!book) throw new HttpException('Forbidden', HttpStatus.NOT_FOUND);
    return book;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import: the member name is swapped',
      filename: 'src/app.controller.ts',
      code: `import * as common from '@nestjs/common';

@common.Controller('books')
export class BooksController {
  @common.Get(':id')
  async show(@common.Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new common.ForbiddenException();
    return book;
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMissingResource',
          line: 8,
          column: 22,
          suggestions: [
            {
              messageId: 'useNotFound',
              output: `import * as common from '@nestjs/common';

@common.Controller('books')
export class BooksController {
  @common.Get(':id')
  async show(@common.Param('id') id: string) {
    const book = await this.books.findOne(id);
    if (!book) throw new common.NotFoundException();
    return book;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
