/**
 * no-501-for-unsupported-method on NestJS (HTTP-SEMANTICS.md B.7). Valid cases are the traps the rule must leave alone.
 */
import rule from '../../rules/no-501-for-unsupported-method';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests('no-501-for-unsupported-method (nest)', rule, {
  valid: [
    {
      name: 'NotImplementedException in a service has no route',
      filename: 'src/items/items.service.ts',
      code: `import { Injectable, NotImplementedException } from '@nestjs/common';

@Injectable()
export class ItemsService {
  archive() {
    throw new NotImplementedException('Archiving is not wired up yet');
  }
}`,
    },
    {
      name: 'a route stub on a path that serves nothing else',
      filename: 'src/items/items.controller.ts',
      code: `import { Controller, Get, NotImplementedException, Post } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get()
  list() {
    return this.items.list();
  }

  @Post('export')
  exportAll() {
    throw new NotImplementedException('Exports are coming soon');
  }
}`,
    },
    {
      name: 'an @All() stub answers 501 to every method',
      filename: 'src/items/items.controller.ts',
      code: `import { All, Controller, Get, NotImplementedException } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get()
  list() {
    return this.items.list();
  }

  @All('legacy')
  legacy() {
    throw new NotImplementedException('The legacy API is gone');
  }
}`,
    },
    {
      name: 'a stub on another path of the same controller is not a sibling',
      filename: 'src/items/items.controller.ts',
      code: `import { Controller, Delete, Get, HttpException, HttpStatus } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get()
  list() {
    return this.items.list();
  }

  @Delete(':id')
  remove() {
    throw new HttpException('Not implemented', HttpStatus.NOT_IMPLEMENTED);
  }
}`,
    },
    {
      name: '501 for an unsupported representation, not the method',
      filename: 'src/items/items.controller.ts',
      code: `import { Controller, Get, NotImplementedException, Req } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get(':id/thumbnail')
  thumbnail(@Req() req) {
    if (req.headers.accept === 'image/avif') throw new NotImplementedException('AVIF is not supported');
    return this.items.thumbnail();
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'NotImplementedException in @Delete() next to @Get(): exception and import renamed, @Header added',
      filename: 'src/reports/reports.controller.ts',
      code: `import { Controller, Delete, Get, NotImplementedException, Param, Post } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id')
  show(@Param('id') id: string) {
    return this.reports.find(id);
  }

  @Post(':id')
  rerun(@Param('id') id: string) {
    return this.reports.rerun(id);
  }

  @Delete(':id')
  remove() {
    throw new NotImplementedException('Reports cannot be deleted');
  }
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 20,
          column: 11,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Delete, Get, MethodNotAllowedException, Param, Post, Header } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id')
  show(@Param('id') id: string) {
    return this.reports.find(id);
  }

  @Post(':id')
  rerun(@Param('id') id: string) {
    return this.reports.rerun(id);
  }

  @Delete(':id')
  @Header('Allow', 'GET, HEAD, POST')
  remove() {
    throw new MethodNotAllowedException('Reports cannot be deleted');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException(x, HttpStatus.NOT_IMPLEMENTED): the enum member is re-spelled',
      filename: 'src/reports/reports.controller.ts',
      code: `import { Controller, Get, HttpException, HttpStatus, Put } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get(':id')
  show() {
    return this.reports.find();
  }

  @Put(':id')
  replace() {
    throw new HttpException('Not implemented', HttpStatus.NOT_IMPLEMENTED);
  }
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 12,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'PUT' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Get, HttpException, HttpStatus, Put, Header } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get(':id')
  show() {
    return this.reports.find();
  }

  @Put(':id')
  @Header('Allow', 'GET, HEAD')
  replace() {
    throw new HttpException('Not implemented', HttpStatus.METHOD_NOT_ALLOWED);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'NotImplementedException still used elsewhere: its import stays',
      filename: 'src/reports/reports.controller.ts',
      code: `import { Controller, Get, NotImplementedException, Patch, Query } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get()
  list(@Query('format') format: string) {
    if (format === 'xlsx') throw new NotImplementedException('XLSX is not supported');
    return this.reports.list();
  }

  @Patch()
  patch() {
    throw new NotImplementedException();
  }
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 13,
          column: 11,
          data: { methods: 'GET, HEAD', method: 'PATCH' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { Controller, Get, NotImplementedException, Patch, Query, MethodNotAllowedException, Header } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get()
  list(@Query('format') format: string) {
    if (format === 'xlsx') throw new NotImplementedException('XLSX is not supported');
    return this.reports.list();
  }

  @Patch()
  @Header('Allow', 'GET, HEAD')
  patch() {
    throw new MethodNotAllowedException();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'req.method guard in @All() with Header already imported',
      filename: 'src/feed/feed.controller.ts',
      code: `import { All, Controller, Get, Header, NotImplementedException, Req } from '@nestjs/common';
import type { Request } from 'express';

@Controller('feed')
export class FeedController {
  @Get('latest')
  @Header('Cache-Control', 'no-store')
  latest() {
    return this.feed.latest();
  }

  @All()
  feed(@Req() req: Request) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new NotImplementedException(\`\${req.method} is not supported\`);
    }
    return this.feed.all();
  }
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 15,
          column: 13,
          data: { methods: 'GET, HEAD', method: 'the request method' },
          suggestions: [
            {
              messageId: 'useMethodNotAllowed',
              output: `import { All, Controller, Get, Header, MethodNotAllowedException, Req } from '@nestjs/common';
import type { Request } from 'express';

@Controller('feed')
export class FeedController {
  @Get('latest')
  @Header('Cache-Control', 'no-store')
  latest() {
    return this.feed.latest();
  }

  @All()
  @Header('Allow', 'GET, HEAD')
  feed(@Req() req: Request) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new MethodNotAllowedException(\`\${req.method} is not supported\`);
    }
    return this.feed.all();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import: decorator and exception spelled through it',
      filename: 'src/feed/feed.controller.ts',
      code: `import * as common from '@nestjs/common';

@common.Controller('feed')
export class FeedController {
  @common.Get()
  list() {
    return this.feed.all();
  }

  @common.Post()
  create() {
    return this.feed.add();
  }

  @common.Delete()
  clear() {
    throw new common.NotImplementedException();
  }
}`,
      errors: [
        {
          messageId: 'notImplementedForMethod',
          line: 17,
          column: 11,
          data: { methods: 'GET, HEAD, POST', method: 'DELETE' },
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

  @common.Post()
  create() {
    return this.feed.add();
  }

  @common.Delete()
  @common.Header('Allow', 'GET, HEAD, POST')
  clear() {
    throw new common.MethodNotAllowedException();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
