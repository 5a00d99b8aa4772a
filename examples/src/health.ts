// Node http: a hand-written method guard.
import { createServer } from 'node:http';

export const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain' });
    res.end('Method Not Allowed');
    return;
  }
  res.end('ok');
});
