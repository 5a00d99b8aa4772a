import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Transform } from '../../codemods/transform';

const CODEMODS_DIR = join(__dirname, '..', '..', 'codemods');
const INTERNAL = new Set(['transform', 'parser']);

/** Codemod ids found on disk (every `codemods/<id>.ts` that is not an internal module). */
export function codemodIds(): string[] {
  return readdirSync(CODEMODS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((id) => !INTERNAL.has(id))
    .sort();
}

export async function loadCodemod(id: string): Promise<Transform & { default?: Transform }> {
  const mod = (await import(join(CODEMODS_DIR, `${id}.ts`))) as { default: Transform };
  return mod.default;
}
