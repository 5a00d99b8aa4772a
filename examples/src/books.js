// Express: sibling routes on /books, and a catch-all that rejects every other method.
const express = require('express');

const app = express();

app.get('/books', (req, res) => res.json([]));
app.post('/books', (req, res) => res.status(201).json(req.body));
app.all('/books', (req, res) => {
  res.status(405).json({ error: 'Method Not Allowed' });
});

module.exports = app;
