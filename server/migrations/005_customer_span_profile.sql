-- The audience resource buckets the engaged customers of a period by their
-- Instagram and TikTok followers and their age. Joining ~40,000 engaged ids
-- (30 days, benchmark data) to customers cost 25-45 ms whatever the join
-- (nested loop, merge or hash on a covering index); with the three columns
-- copied into customer_span, audience reads that rollup alone (see
-- server/README.md, "Latency"). They are included in the key so the reads
-- stay index-only.
--
-- Kept exact like the counters: the validation trigger copies them when it
-- creates a row (rollup_apply_validations below), and a statement-level
-- trigger on customers rewrites a customer's rows when one of them changes,
-- finding the rows through the customer's validations
-- (validations_customer_idx, also what a customer delete's foreign-key
-- check needs).

-- Rewritten into a new table rather than updated in place: an UPDATE of
-- every row, then the key rebuilt in the same transaction, left the heap
-- and the key twice their size (the key indexes both versions of each row)
-- until a VACUUM FULL. On a large database, run VACUUM ANALYZE customer_span
-- after this migration: index-only scans need the visibility map.
CREATE TABLE customer_span_005 (
  merchant_id          bigint NOT NULL,
  level                smallint NOT NULL,
  span                 integer NOT NULL,
  customer_id          bigint NOT NULL,
  validations          integer NOT NULL,
  classic              integer NOT NULL,
  content              integer NOT NULL,
  review               integer NOT NULL,
  engagement           integer NOT NULL,
  instagram_followers  integer NULL,
  tiktok_followers     integer NULL,
  birth_date           date NULL
);
INSERT INTO customer_span_005
SELECT s.merchant_id, s.level, s.span, s.customer_id, s.validations, s.classic, s.content, s.review,
       s.engagement, c.instagram_followers, c.tiktok_followers, c.birth_date
  FROM customer_span s
  JOIN customers c ON c.merchant_id = s.merchant_id AND c.id = s.customer_id
 ORDER BY s.merchant_id, s.level, s.span, s.customer_id;
DROP TABLE customer_span;
ALTER TABLE customer_span_005 RENAME TO customer_span;
ALTER TABLE customer_span
  ADD PRIMARY KEY (merchant_id, level, span, customer_id)
    INCLUDE (validations, classic, content, review, engagement, instagram_followers, tiktok_followers, birth_date);

CREATE INDEX validations_customer_idx ON validations (merchant_id, customer_id) INCLUDE (validated_at);

-- As in 002, plus the customer's profile columns on the customer_span rows it creates.
CREATE OR REPLACE FUNCTION rollup_apply_validations(
  merchant_ids bigint[], mission_ids bigint[], customer_ids bigint[], instants timestamptz[], signs integer[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO validation_daily AS r (merchant_id, day, mission_id, validations)
  SELECT d.merchant_id, DATE '1970-01-01' + d.dn, d.mission_id, sum(d.sign)
    FROM rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d
   GROUP BY 1, 2, 3
  ON CONFLICT (merchant_id, day, mission_id)
    DO UPDATE SET validations = r.validations + EXCLUDED.validations;

  INSERT INTO customer_span AS r
    (merchant_id, level, span, customer_id, validations, classic, content, review, engagement,
     instagram_followers, tiktok_followers, birth_date)
  SELECT g.merchant_id, g.level, g.span, g.customer_id, g.validations, g.classic, g.content, g.review,
         g.engagement, c.instagram_followers, c.tiktok_followers, c.birth_date
    FROM (SELECT d.merchant_id, l.level, d.dn >> l.level AS span, d.customer_id, sum(d.sign) AS validations,
                 coalesce(sum(d.sign) FILTER (WHERE d.type = 'classic'), 0) AS classic,
                 coalesce(sum(d.sign) FILTER (WHERE d.type = 'content'), 0) AS content,
                 coalesce(sum(d.sign) FILTER (WHERE d.type = 'review'), 0) AS review,
                 coalesce(sum(d.sign) FILTER (WHERE d.type = 'engagement'), 0) AS engagement
            FROM rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d
           CROSS JOIN generate_series(0, 9) AS l(level)
           GROUP BY 1, 2, 3, 4) AS g
    JOIN customers c ON c.merchant_id = g.merchant_id AND c.id = g.customer_id
  ON CONFLICT (merchant_id, level, span, customer_id) DO UPDATE SET
    validations = r.validations + EXCLUDED.validations,
    classic = r.classic + EXCLUDED.classic,
    content = r.content + EXCLUDED.content,
    review = r.review + EXCLUDED.review,
    engagement = r.engagement + EXCLUDED.engagement;

  INSERT INTO mission_customer_span AS r (merchant_id, mission_id, level, span, customer_id, validations)
  SELECT d.merchant_id, d.mission_id, l.level, d.dn >> l.level, d.customer_id, sum(d.sign)
    FROM rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d
   CROSS JOIN generate_series(0, 9) AS l(level)
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (merchant_id, mission_id, level, span, customer_id)
    DO UPDATE SET validations = r.validations + EXCLUDED.validations;

  IF -1 = ANY (signs) THEN
    DELETE FROM validation_daily r
     USING rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d
     WHERE r.merchant_id = d.merchant_id AND r.day = DATE '1970-01-01' + d.dn
       AND r.mission_id = d.mission_id AND r.validations = 0;
    DELETE FROM customer_span r
     USING rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d,
           generate_series(0, 9) AS l(level)
     WHERE r.merchant_id = d.merchant_id AND r.level = l.level AND r.span = d.dn >> l.level
       AND r.customer_id = d.customer_id AND r.validations = 0;
    DELETE FROM mission_customer_span r
     USING rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d,
           generate_series(0, 9) AS l(level)
     WHERE r.merchant_id = d.merchant_id AND r.mission_id = d.mission_id AND r.level = l.level
       AND r.span = d.dn >> l.level AND r.customer_id = d.customer_id AND r.validations = 0;
  END IF;
END $$;

-- Rewrites the profile columns of the given customers' customer_span rows:
-- the blocks of each of their validation days, at every level.
CREATE FUNCTION rollup_apply_profiles(merchant_ids bigint[], customer_ids bigint[])
RETURNS void LANGUAGE sql AS $$
  UPDATE customer_span s
     SET instagram_followers = k.instagram_followers, tiktok_followers = k.tiktok_followers,
         birth_date = k.birth_date
    FROM (SELECT DISTINCT c.merchant_id, c.id AS customer_id, l.level,
                 ((v.validated_at AT TIME ZONE me.time_zone)::date - DATE '1970-01-01') >> l.level AS span,
                 c.instagram_followers, c.tiktok_followers, c.birth_date
            FROM unnest(merchant_ids, customer_ids) AS u(merchant_id, customer_id)
            JOIN customers c ON c.merchant_id = u.merchant_id AND c.id = u.customer_id
            JOIN merchants me ON me.id = c.merchant_id
            JOIN validations v ON v.merchant_id = c.merchant_id AND v.customer_id = c.id
           CROSS JOIN generate_series(0, 9) AS l(level)) AS k
   WHERE s.merchant_id = k.merchant_id AND s.level = k.level AND s.span = k.span
     AND s.customer_id = k.customer_id
$$;

-- Transition tables cannot be combined with UPDATE OF <columns>: the
-- trigger fires on every UPDATE and keeps the customers whose profile changed.
CREATE FUNCTION rollup_customer_profiles_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rollup_apply_profiles(array_agg(n.merchant_id), array_agg(n.id))
     FROM new_rows n
     JOIN old_rows o ON o.merchant_id = n.merchant_id AND o.id = n.id
    WHERE (n.instagram_followers, n.tiktok_followers, n.birth_date)
          IS DISTINCT FROM (o.instagram_followers, o.tiktok_followers, o.birth_date)
   HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER customers_rollup_profile AFTER UPDATE ON customers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_customer_profiles_trigger();
