/**
 * no-403-for-unsupported-method on NestJS (HTTP-SEMANTICS.md B.7). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-403-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-403-for-unsupported-method (nest)', rule, {
  valid: [
    {
      name: 'a guard deciding on the user, not the method alone',
      filename: 'src/auth/admin.guard.ts',
      code: `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest();
    if (req.method !== 'GET' && !req.user?.isAdmin) throw new ForbiddenException('Admins only');
    return true;
  }
}`,
    },
    {
      name: 'ownership check in a route method',
      filename: 'src/items/items.controller.ts',
      code: `import { Controller, Delete, ForbiddenException, Get, Param, Req } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get(':id')
  show(@Param('id') id: string) {
    return this.items.find(id);
  }

  @Delete(':id')
  remove(@Param('id') id: string, @Req() req) {
    if (req.user.id !== this.items.owner(id)) throw new ForbiddenException('Not your item');
    return this.items.remove(id);
  }
}`,
    },
    {
      name: 'role check with HttpException(x, HttpStatus.FORBIDDEN)',
      filename: 'src/items/items.controller.ts',
      code: `import { Controller, Get, HttpException, HttpStatus, Put, Req } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get()
  list() {
    return this.items.list();
  }

  @Put()
  replace(@Req() req) {
    if (!req.user.roles.includes('editor')) throw new HttpException('Editors only', HttpStatus.FORBIDDEN);
    return this.items.replace(req.body);
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'ForbiddenException in @Delete() next to @Get(): renamed, import swapped, @Header added',
      filename: 'src/users/users.controller.ts',
      code: `import { Controller, Delete, ForbiddenException, Get, Param } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Delete(':id')
  remove() {
    throw new ForbiddenException('Users are archived, not deleted');
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 15,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Delete, MethodNotAllowedException, Get, Param, Header } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Delete(':id')
  @Header('Allow', 'GET, HEAD')
  remove() {
    throw new MethodNotAllowedException('Users are archived, not deleted');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'ForbiddenException still used for authorization: both imports kept',
      filename: 'src/users/users.controller.ts',
      code: `import { Controller, Delete, ForbiddenException, Get, Param, Patch, Req } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Req() req) {
    if (req.user.id !== id) throw new ForbiddenException('You can only edit yourself');
    return this.users.update(id, req.body);
  }

  @Delete(':id')
  remove() {
    throw new ForbiddenException('Users are archived, not deleted');
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 18,
          column: 11,
          data: { methods: 'GET, HEAD, PATCH', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Delete, ForbiddenException, Get, Param, Patch, Req, MethodNotAllowedException, Header } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  show(@Param('id') id: string) {
    return this.users.find(id);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Req() req) {
    if (req.user.id !== id) throw new ForbiddenException('You can only edit yourself');
    return this.users.update(id, req.body);
  }

  @Delete(':id')
  @Header('Allow', 'GET, HEAD, PATCH')
  remove() {
    throw new MethodNotAllowedException('Users are archived, not deleted');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException with HttpStatus.FORBIDDEN in @Delete() next to @Get()',
      filename: 'src/users/users.controller.ts',
      code: `import { Controller, Delete, Get, HttpException, HttpStatus } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get()
  list() {
    return this.users.list();
  }

  @Delete()
  purge() {
    throw new HttpException({ error: 'Users cannot be purged' }, HttpStatus.FORBIDDEN);
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 12,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Delete, Get, HttpException, HttpStatus, Header } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get()
  list() {
    return this.users.list();
  }

  @Delete()
  @Header('Allow', 'GET, HEAD')
  purge() {
    throw new HttpException({ error: 'Users cannot be purged' }, HttpStatus.METHOD_NOT_ALLOWED);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import',
      filename: 'src/feed/feed.controller.ts',
      code: `import * as common from '@nestjs/common';

@common.Controller('feed')
export class FeedController {
  @common.Get()
  list() {
    return this.feed.all();
  }

  @common.Put()
  replace() {
    throw new common.ForbiddenException('The feed is generated');
  }
}`,
      errors: [
        {
          messageId: 'forbiddenForMethod',
          line: 12,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import * as common from '@nestjs/common';

@common.Controller('feed')
export class FeedController {
  @common.Get()
  list() {
    return this.feed.all();
  }

  @common.Put()
  @common.Header('Allow', 'GET, HEAD')
  replace() {
    throw new common.MethodNotAllowedException('The feed is generated');
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
