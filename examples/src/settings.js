// Express: a read-mostly settings API, invoices with a stubbed method, and a catch-all for the rest.
const express = require('express');

const app = express();

app.get('/settings', (req, res) => res.json(req.app.locals.settings));
app.patch('/settings', (req, res) => res.json(Object.assign(req.app.locals.settings, req.body)));
app.delete('/settings', (req, res) => res.status(403).send('Settings cannot be deleted'));

app.get('/invoices/:id', (req, res) => res.json({ id: req.params.id }));
app.put('/invoices/:id', (req, res) => res.json(req.body));
app.delete('/invoices/:id', (req, res) => res.sendStatus(501));

// A real 403: the answer depends on who asks, so it stays.
app.post('/admin/reindex', (req, res) => {
  if (!req.user || !req.user.isAdmin) return res.sendStatus(403);
  res.sendStatus(202);
});

// Everything else: nothing is here.
app.use((req, res) => {
  res.status(403).json({ error: 'Forbidden' });
});

module.exports = app;
