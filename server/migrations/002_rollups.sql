-- Rollups of validations and orders in the merchant's calendar days, kept
-- exact by statement-level triggers in the transaction of every INSERT,
-- UPDATE, DELETE or TRUNCATE, whatever the writer (seed, tests, a real
-- ingest). See server/README.md, "Rollups".
--
-- Day numbers: `dn = local_day - DATE '1970-01-01'`. A "span" of level L is
-- the aligned block of 2^L days `dn >> L` (floor division, also for dates
-- before 1970). Any period splits into at most two spans per level
-- (server/queries/spans.ts), so a per-customer figure over a year reads a few
-- aligned blocks (each customer at most once per block) instead of every
-- validation row. Levels 0..9: blocks of 1 to 512 days.
--
-- merchant_id leads every key, like the base tables (Citus: distribute these
-- on merchant_id, co-located with validations). No foreign keys: the rollups
-- are derived data, rebuilt by rollup_rebuild(merchant_id).

-- Validations per local day and mission: daily, missions, summary (by type),
-- missions/{id} (validations, daily series).
CREATE TABLE validation_daily (
  merchant_id  bigint NOT NULL,
  day          date NOT NULL,
  mission_id   bigint NOT NULL,
  validations  integer NOT NULL,
  PRIMARY KEY (merchant_id, day, mission_id)
);

-- Validations per customer and span, by type: engaged customers (summary),
-- impact, leaderboard, audience.
CREATE TABLE customer_span (
  merchant_id  bigint NOT NULL,
  level        smallint NOT NULL,
  span         integer NOT NULL,
  customer_id  bigint NOT NULL,
  validations  integer NOT NULL,
  classic      integer NOT NULL,
  content      integer NOT NULL,
  review       integer NOT NULL,
  engagement   integer NOT NULL,
  PRIMARY KEY (merchant_id, level, span, customer_id)
);

-- Validations per mission, customer and span: distinct customers of missions/{id}.
CREATE TABLE mission_customer_span (
  merchant_id  bigint NOT NULL,
  mission_id   bigint NOT NULL,
  level        smallint NOT NULL,
  span         integer NOT NULL,
  customer_id  bigint NOT NULL,
  validations  integer NOT NULL,
  PRIMARY KEY (merchant_id, mission_id, level, span, customer_id)
);

-- Orders and revenue per currency, customer and span: impact.
CREATE TABLE customer_order_span (
  merchant_id  bigint NOT NULL,
  currency     char(3) NOT NULL,
  level        smallint NOT NULL,
  span         integer NOT NULL,
  customer_id  bigint NOT NULL,
  orders       integer NOT NULL,
  revenue      numeric(14, 2) NOT NULL,
  PRIMARY KEY (merchant_id, currency, level, span, customer_id)
);

-- Signed validation rows (+1 inserted, -1 deleted) with their local day number and mission type.
CREATE FUNCTION rollup_validation_rows(
  merchant_ids bigint[], mission_ids bigint[], customer_ids bigint[], instants timestamptz[], signs integer[]
) RETURNS TABLE (merchant_id bigint, mission_id bigint, customer_id bigint, dn integer, type text, sign integer)
LANGUAGE sql STABLE AS $$
  SELECT d.merchant_id, d.mission_id, d.customer_id,
         (d.validated_at AT TIME ZONE me.time_zone)::date - DATE '1970-01-01', mi.type, d.sign
    FROM unnest(merchant_ids, mission_ids, customer_ids, instants, signs)
           AS d(merchant_id, mission_id, customer_id, validated_at, sign)
    JOIN merchants me ON me.id = d.merchant_id
    JOIN missions mi ON mi.merchant_id = d.merchant_id AND mi.id = d.mission_id
$$;

-- Applies signed validation rows to the three validation rollups; rows that
-- fall to zero are deleted, so the rollups hold exactly what a scan would find.
CREATE FUNCTION rollup_apply_validations(
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
    (merchant_id, level, span, customer_id, validations, classic, content, review, engagement)
  SELECT d.merchant_id, l.level, d.dn >> l.level, d.customer_id, sum(d.sign),
         coalesce(sum(d.sign) FILTER (WHERE d.type = 'classic'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.type = 'content'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.type = 'review'), 0),
         coalesce(sum(d.sign) FILTER (WHERE d.type = 'engagement'), 0)
    FROM rollup_validation_rows(merchant_ids, mission_ids, customer_ids, instants, signs) AS d
   CROSS JOIN generate_series(0, 9) AS l(level)
   GROUP BY 1, 2, 3, 4
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

-- Signed order rows with their local day number.
CREATE FUNCTION rollup_order_rows(
  merchant_ids bigint[], customer_ids bigint[], currencies text[], amounts numeric[], instants timestamptz[],
  signs integer[]
) RETURNS TABLE (merchant_id bigint, customer_id bigint, currency text, amount numeric, dn integer, sign integer)
LANGUAGE sql STABLE AS $$
  SELECT d.merchant_id, d.customer_id, d.currency, d.amount,
         (d.ordered_at AT TIME ZONE me.time_zone)::date - DATE '1970-01-01', d.sign
    FROM unnest(merchant_ids, customer_ids, currencies, amounts, instants, signs)
           AS d(merchant_id, customer_id, currency, amount, ordered_at, sign)
    JOIN merchants me ON me.id = d.merchant_id
$$;

-- Applies signed order rows to customer_order_span.
CREATE FUNCTION rollup_apply_orders(
  merchant_ids bigint[], customer_ids bigint[], currencies text[], amounts numeric[], instants timestamptz[],
  signs integer[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_order_span AS r (merchant_id, currency, level, span, customer_id, orders, revenue)
  SELECT d.merchant_id, d.currency, l.level, d.dn >> l.level, d.customer_id, sum(d.sign), sum(d.sign * d.amount)
    FROM rollup_order_rows(merchant_ids, customer_ids, currencies, amounts, instants, signs) AS d
   CROSS JOIN generate_series(0, 9) AS l(level)
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (merchant_id, currency, level, span, customer_id)
    DO UPDATE SET orders = r.orders + EXCLUDED.orders, revenue = r.revenue + EXCLUDED.revenue;
  IF -1 = ANY (signs) THEN
    DELETE FROM customer_order_span r
     USING rollup_order_rows(merchant_ids, customer_ids, currencies, amounts, instants, signs) AS d,
           generate_series(0, 9) AS l(level)
     WHERE r.merchant_id = d.merchant_id AND r.currency = d.currency AND r.level = l.level
       AND r.span = d.dn >> l.level AND r.customer_id = d.customer_id AND r.orders = 0;
  END IF;
END $$;

CREATE FUNCTION rollup_validations_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM rollup_apply_validations(array_agg(merchant_id), array_agg(mission_id), array_agg(customer_id),
                                     array_agg(validated_at), array_agg(1))
       FROM new_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM rollup_apply_validations(array_agg(merchant_id), array_agg(mission_id), array_agg(customer_id),
                                     array_agg(validated_at), array_agg(-1))
       FROM old_rows HAVING count(*) > 0;
  ELSE
    PERFORM rollup_apply_validations(array_agg(merchant_id), array_agg(mission_id), array_agg(customer_id),
                                     array_agg(validated_at), array_agg(sign))
       FROM (SELECT merchant_id, mission_id, customer_id, validated_at, -1 AS sign FROM old_rows
             UNION ALL
             SELECT merchant_id, mission_id, customer_id, validated_at, 1 FROM new_rows) AS d
     HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION rollup_orders_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM rollup_apply_orders(array_agg(merchant_id), array_agg(customer_id), array_agg(currency::text),
                                array_agg(amount), array_agg(ordered_at), array_agg(1))
       FROM new_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM rollup_apply_orders(array_agg(merchant_id), array_agg(customer_id), array_agg(currency::text),
                                array_agg(amount), array_agg(ordered_at), array_agg(-1))
       FROM old_rows HAVING count(*) > 0;
  ELSE
    PERFORM rollup_apply_orders(array_agg(merchant_id), array_agg(customer_id), array_agg(currency),
                                array_agg(amount), array_agg(ordered_at), array_agg(sign))
       FROM (SELECT merchant_id, customer_id, currency::text, amount, ordered_at, -1 AS sign FROM old_rows
             UNION ALL
             SELECT merchant_id, customer_id, currency::text, amount, ordered_at, 1 FROM new_rows) AS d
     HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER validations_rollup_insert AFTER INSERT ON validations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_validations_trigger();
CREATE TRIGGER validations_rollup_delete AFTER DELETE ON validations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_validations_trigger();
CREATE TRIGGER validations_rollup_update AFTER UPDATE ON validations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_validations_trigger();
CREATE TRIGGER orders_rollup_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_orders_trigger();
CREATE TRIGGER orders_rollup_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_orders_trigger();
CREATE TRIGGER orders_rollup_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_orders_trigger();

CREATE FUNCTION rollup_truncate_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'validations' THEN
    TRUNCATE validation_daily, customer_span, mission_customer_span;
  ELSE
    TRUNCATE customer_order_span;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER validations_rollup_truncate AFTER TRUNCATE ON validations
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_truncate_trigger();
CREATE TRIGGER orders_rollup_truncate AFTER TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_truncate_trigger();

-- Recomputes one merchant's rollups from its raw rows.
CREATE FUNCTION rollup_rebuild(merchant bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM validation_daily WHERE merchant_id = merchant;
  DELETE FROM customer_span WHERE merchant_id = merchant;
  DELETE FROM mission_customer_span WHERE merchant_id = merchant;
  DELETE FROM customer_order_span WHERE merchant_id = merchant;
  PERFORM rollup_apply_validations(array_agg(merchant_id), array_agg(mission_id), array_agg(customer_id),
                                   array_agg(validated_at), array_agg(1))
     FROM validations WHERE merchant_id = merchant HAVING count(*) > 0;
  PERFORM rollup_apply_orders(array_agg(merchant_id), array_agg(customer_id), array_agg(currency::text),
                              array_agg(amount), array_agg(ordered_at), array_agg(1))
     FROM orders WHERE merchant_id = merchant HAVING count(*) > 0;
END $$;

-- A merchant's zone decides its days, a mission's type its per-type counts:
-- changing either rebuilds that merchant's rollups in the same transaction.
CREATE FUNCTION rollup_settings_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'merchants' THEN
    PERFORM rollup_rebuild(NEW.id);
  ELSE
    PERFORM rollup_rebuild(NEW.merchant_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER merchants_rollup_zone AFTER UPDATE OF time_zone ON merchants
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION rollup_settings_trigger();
CREATE TRIGGER missions_rollup_type AFTER UPDATE OF type ON missions
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type)
  EXECUTE FUNCTION rollup_settings_trigger();

-- Existing data (a database migrated from 001): fill the rollups once.
SELECT rollup_rebuild(id) FROM merchants;
