/**
 * The rollups (server/migrations/002_rollups.sql) are maintained by triggers:
 * after inserts, updates, deletes (of validations, orders and customers:
 * enrolment_daily, 004), a zone change and a mission type change, they equal
 * a rebuild from the raw rows. (contract.test.ts checks that the
 * resources read from them equal the oracle after inserts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dataSetArbitrary, writeDataSet } from './dataset.ts';
import { ENGINE, openTestDatabase, type TestDatabase } from './helpers.ts';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.dispose();
});

const SNAPSHOTS = [
  'SELECT merchant_id::text, day::text, mission_id::text, validations FROM validation_daily ORDER BY 1, 2, 3',
  `SELECT merchant_id::text, level, span, customer_id::text, validations, classic, content, review, engagement,
          instagram_followers, tiktok_followers, birth_date::text
     FROM customer_span ORDER BY 1, 2, 3, 4`,
  `SELECT merchant_id::text, mission_id::text, level, span, customer_id::text, validations
     FROM mission_customer_span ORDER BY 1, 2, 3, 4, 5`,
  `SELECT merchant_id::text, currency::text, level, span, customer_id::text, orders, revenue::text
     FROM customer_order_span ORDER BY 1, 2, 3, 4, 5`,
  'SELECT merchant_id::text, day::text, customers FROM enrolment_daily ORDER BY 1, 2',
];

async function snapshot(): Promise<unknown[][]> {
  return Promise.all(SNAPSHOTS.map((sql) => database.db.query(sql)));
}

/** The rollups as they are, then as a rebuild from the raw rows computes them. */
async function assertConsistent(step: string) {
  const maintained = await snapshot();
  await database.db.query('SELECT rollup_rebuild(id) FROM merchants');
  assert.deepEqual(maintained, await snapshot(), `rollups drifted after ${step}`);
}

describe(`rollups maintained by triggers (${ENGINE})`, () => {
  it('equal a rebuild after inserts, updates, deletes and setting changes', async () => {
    const samples = fc.sample(dataSetArbitrary, { numRuns: 6, seed: 17 });
    for (const data of samples) {
      const db = database.db;
      await writeDataSet(db, data);
      await assertConsistent('inserts');
      const [first] = data.validations;
      if (first) {
        await db.query(
          `UPDATE validations SET validated_at = validated_at + interval '19 hours'
            WHERE merchant_id = $1 AND id % 3 = 0`,
          [first.merchantId],
        );
        await db.query(
          `UPDATE validations SET customer_id = (SELECT min(customer_id) FROM validations WHERE merchant_id = $1)
            WHERE merchant_id = $1 AND id % 4 = 1`,
          [first.merchantId],
        );
        await assertConsistent('updates');
        await db.query('DELETE FROM validations WHERE id % 2 = 0');
        await assertConsistent('deletes');
        await db.query(
          `UPDATE missions SET type = CASE type WHEN 'classic' THEN 'review' ELSE 'classic' END
            WHERE merchant_id = $1 AND id = $2`,
          [first.merchantId, first.missionId],
        );
        await assertConsistent('a mission type change');
      }
      await db.query("UPDATE orders SET amount = amount + 1.5, currency = 'GBP' WHERE id % 3 = 0");
      await db.query("UPDATE orders SET ordered_at = ordered_at - interval '5 hours' WHERE id % 3 = 1");
      await db.query('DELETE FROM orders WHERE id % 5 = 0');
      await assertConsistent('order changes');
      await db.query("UPDATE customers SET enrolled_at = enrolled_at - interval '11 hours' WHERE id % 3 = 0");
      await db.query('UPDATE customers SET instagram_followers = 7 WHERE id % 3 = 1');
      await db.query(
        `UPDATE customers SET tiktok_followers = NULL, birth_date = coalesce(birth_date, DATE '1990-02-28') + 1
          WHERE id % 3 = 2`,
      );
      await db.query(
        `DELETE FROM customers c WHERE c.id % 4 = 2
            AND NOT EXISTS (SELECT 1 FROM validations v WHERE v.merchant_id = c.merchant_id AND v.customer_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.merchant_id = c.merchant_id AND o.customer_id = c.id)`,
      );
      await assertConsistent('customer changes');
      await db.query("UPDATE merchants SET time_zone = 'Pacific/Kiritimati' WHERE id = 1");
      await assertConsistent('a time zone change');
      await db.query('DELETE FROM validations');
      await db.query('DELETE FROM orders');
      const [left] = await db.query<{ n: number }>(
        `SELECT ((SELECT count(*) FROM validation_daily) + (SELECT count(*) FROM customer_span)
              + (SELECT count(*) FROM mission_customer_span) + (SELECT count(*) FROM customer_order_span))::int AS n`,
      );
      assert.equal(left!.n, 0, 'rollups hold rows after every raw row was deleted');
      await db.query('DELETE FROM customers');
      const [enrolments] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enrolment_daily');
      assert.equal(enrolments!.n, 0, 'enrolment_daily holds rows after every customer was deleted');
    }
  });
});
