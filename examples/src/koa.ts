// Koa + @koa/router: an articles API that rejects the other methods by hand.
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.get('/articles', async (ctx) => {
  ctx.body = [];
});
router.post('/articles', async (ctx) => {
  ctx.status = 201;
});
router.all('/articles', async (ctx) => {
  ctx.status = 405;
  ctx.body = { error: 'Method Not Allowed' };
});

app.use(router.routes());

export default app;
