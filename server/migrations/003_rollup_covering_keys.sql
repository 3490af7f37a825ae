-- The span rollups are read by (merchant_id, level, span) ranges, a few
-- thousand to a hundred thousand rows per request. Through a plain primary key
-- each row is a random heap fetch (the rows of one span are written over its
-- whole length of days); with the counters in the key's INCLUDE list the reads
-- are index-only scans (once vacuumed: the seed runs VACUUM ANALYZE,
-- autovacuum keeps the visibility map afterwards).
ALTER TABLE customer_span DROP CONSTRAINT customer_span_pkey,
  ADD PRIMARY KEY (merchant_id, level, span, customer_id)
    INCLUDE (validations, classic, content, review, engagement);
ALTER TABLE mission_customer_span DROP CONSTRAINT mission_customer_span_pkey,
  ADD PRIMARY KEY (merchant_id, mission_id, level, span, customer_id) INCLUDE (validations);
ALTER TABLE customer_order_span DROP CONSTRAINT customer_order_span_pkey,
  ADD PRIMARY KEY (merchant_id, currency, level, span, customer_id) INCLUDE (orders, revenue);
