// Hono: a catch-all that rejects other methods, and a not-found handler that answers 403.
import { Hono } from 'hono';

const app = new Hono();

app.get('/authors', (c) => c.json([]));
app.post('/authors', async (c) => c.json(await c.req.json(), 201));
app.all('/authors', (c) => c.json({ error: 'Method Not Allowed' }, 405));

app.notFound((c) => c.text('Forbidden', 403));

export default app;
