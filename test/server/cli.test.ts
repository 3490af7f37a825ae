/**
 * server/main.ts as a user runs it: seeds an empty PGlite directory, prints
 * its URL, serves, and exits 0 on SIGINT. Also: migrations are idempotent and
 * the seed is deterministic.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, openPglite } from '../../server/db.ts';
import { migrate } from '../../server/migrate.ts';
import { seed } from '../../server/seed.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

describe('server CLI and seed', () => {
  it('refuses a PG_PARALLELISM that is not a positive integer, naming it', () => {
    const saved = process.env.PG_PARALLELISM;
    try {
      for (const value of ['0', '-1', '1.5', 'two']) {
        process.env.PG_PARALLELISM = value;
        assert.throws(
          () => openDatabase('postgres://nobody@127.0.0.1:1/none'),
          new RegExp(`PG_PARALLELISM must be a positive integer, got ${value}`),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.PG_PARALLELISM;
      else process.env.PG_PARALLELISM = saved;
    }
  });

  it('seeds an empty PGlite, serves, and closes on SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mw-cli-'));
    const env = { ...process.env };
    delete env.DATABASE_URL; // this test is about the embedded default
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, '--customers', '300', '--validations', '2000'],
      {
        env: { ...env, PORT: '0', PGLITE_DIR: dataDir, API_TOKENS: 'cli-token:1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      let output = '';
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+\/api)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
      });
      assert.match(output, /seeded in/);
      const today = new Date().toISOString().slice(0, 10);
      const response = await fetch(`${base}/summary?from=${today}&to=${today}`, {
        headers: { Authorization: 'Bearer cli-token' },
      });
      assert.equal(response.status, 200);
      const demoToken = await fetch(`${base}/summary?from=${today}&to=${today}`, {
        headers: { Authorization: 'Bearer demo-token' },
      });
      assert.equal(demoToken.status, 401, 'API_TOKENS replaces the demo tokens');
      child.removeAllListeners('exit');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('applies migrations once and seeds deterministically', async () => {
    const options = { customers: 200, validations: 1500, days: 60, end: '2024-03-01', seed: 9 };
    const fingerprint = async () => {
      const db = await openPglite();
      try {
        assert.ok((await migrate(db)).length > 0);
        assert.deepEqual(await migrate(db), []);
        const counts = await seed(db, options);
        const [row] = await db.query<{ digest: string }>(
          `SELECT md5(string_agg(concat_ws(',', merchant_id, id, mission_id, customer_id, validated_at), ';' ORDER BY merchant_id, id)) AS digest
             FROM validations`,
        );
        return { counts, digest: row?.digest };
      } finally {
        await db.close();
      }
    };
    const [first, second] = [await fingerprint(), await fingerprint()];
    assert.deepEqual(first, second);
    assert.equal(first.counts.merchants, 2);
    assert.ok(Math.abs(first.counts.validations - 1575) < 200, JSON.stringify(first.counts));
  });
});
