-- Customers per merchant and local enrolment day: the customer counts of
-- summary ("enrolled on or before `to`") read a few hundred rows instead of
-- scanning every customer of the merchant (~13 ms for 100,000 customers).
-- Kept exact by statement-level triggers on customers (INSERT, UPDATE,
-- DELETE, TRUNCATE) in the same transaction; rows that fall to zero are
-- deleted; rollup_rebuild(merchant_id) (a time zone change) rebuilds it too.
CREATE TABLE enrolment_daily (
  merchant_id  bigint NOT NULL,
  day          date NOT NULL,
  customers    integer NOT NULL,
  PRIMARY KEY (merchant_id, day) INCLUDE (customers)
);

-- Applies signed customer rows (+1 inserted, -1 deleted) to enrolment_daily.
CREATE FUNCTION rollup_apply_enrolments(merchant_ids bigint[], instants timestamptz[], signs integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO enrolment_daily AS r (merchant_id, day, customers)
  SELECT d.merchant_id, (d.enrolled_at AT TIME ZONE me.time_zone)::date, sum(d.sign)
    FROM unnest(merchant_ids, instants, signs) AS d(merchant_id, enrolled_at, sign)
    JOIN merchants me ON me.id = d.merchant_id
   GROUP BY 1, 2
  ON CONFLICT (merchant_id, day) DO UPDATE SET customers = r.customers + EXCLUDED.customers;
  IF -1 = ANY (signs) THEN
    DELETE FROM enrolment_daily r
     WHERE r.customers = 0 AND r.merchant_id = ANY (merchant_ids);
  END IF;
END $$;

CREATE FUNCTION rollup_customers_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM rollup_apply_enrolments(array_agg(merchant_id), array_agg(enrolled_at), array_agg(1))
       FROM new_rows HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM rollup_apply_enrolments(array_agg(merchant_id), array_agg(enrolled_at), array_agg(-1))
       FROM old_rows HAVING count(*) > 0;
  ELSE
    PERFORM rollup_apply_enrolments(array_agg(merchant_id), array_agg(enrolled_at), array_agg(sign))
       FROM (SELECT merchant_id, enrolled_at, -1 AS sign FROM old_rows
             UNION ALL
             SELECT merchant_id, enrolled_at, 1 FROM new_rows) AS d
     HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER customers_rollup_insert AFTER INSERT ON customers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_customers_trigger();
CREATE TRIGGER customers_rollup_delete AFTER DELETE ON customers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_customers_trigger();
CREATE TRIGGER customers_rollup_update AFTER UPDATE ON customers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_customers_trigger();

CREATE FUNCTION rollup_customers_truncate_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE enrolment_daily;
  RETURN NULL;
END $$;
CREATE TRIGGER customers_rollup_truncate AFTER TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_customers_truncate_trigger();

-- rollup_rebuild (002) now also rebuilds enrolment_daily.
CREATE OR REPLACE FUNCTION rollup_rebuild(merchant bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM validation_daily WHERE merchant_id = merchant;
  DELETE FROM customer_span WHERE merchant_id = merchant;
  DELETE FROM mission_customer_span WHERE merchant_id = merchant;
  DELETE FROM customer_order_span WHERE merchant_id = merchant;
  DELETE FROM enrolment_daily WHERE merchant_id = merchant;
  PERFORM rollup_apply_validations(array_agg(merchant_id), array_agg(mission_id), array_agg(customer_id),
                                   array_agg(validated_at), array_agg(1))
     FROM validations WHERE merchant_id = merchant HAVING count(*) > 0;
  PERFORM rollup_apply_orders(array_agg(merchant_id), array_agg(customer_id), array_agg(currency::text),
                              array_agg(amount), array_agg(ordered_at), array_agg(1))
     FROM orders WHERE merchant_id = merchant HAVING count(*) > 0;
  PERFORM rollup_apply_enrolments(array_agg(merchant_id), array_agg(enrolled_at), array_agg(1))
     FROM customers WHERE merchant_id = merchant HAVING count(*) > 0;
END $$;

-- Existing customers: fill it once (the other rollups are already exact).
SELECT rollup_apply_enrolments(array_agg(merchant_id), array_agg(enrolled_at), array_agg(1))
  FROM customers HAVING count(*) > 0;
