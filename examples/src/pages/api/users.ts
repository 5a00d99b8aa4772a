// Next.js pages API route: a method switch.
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.status(200).json([]);
    case 'PUT':
      return res.status(204).end();
    default:
      res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
