-- Missions analytics schema (SPEC §4). Every table carries merchant_id and it
-- leads every primary key, foreign key and index: each query filters on one
-- merchant, and the tables can be distributed by merchant_id (Citus) with all
-- joins co-located. See server/README.md.

CREATE TABLE merchants (
  id          bigint PRIMARY KEY,
  name        text NOT NULL,
  -- IANA zone: a "day" of every metric is a calendar day in this zone.
  time_zone   text NOT NULL DEFAULT 'UTC',
  -- ISO 4217 code of the revenue figures (orders in another currency are not converted).
  currency    char(3) NOT NULL DEFAULT 'EUR'
);

CREATE TABLE customers (
  merchant_id          bigint NOT NULL REFERENCES merchants (id),
  id                   bigint NOT NULL,
  name                 text NOT NULL,
  enrolled_at          timestamptz NOT NULL,
  birth_date           date NULL,
  instagram_followers  integer NULL CHECK (instagram_followers >= 0),
  tiktok_followers     integer NULL CHECK (tiktok_followers >= 0),
  avatar_url           text NULL,
  PRIMARY KEY (merchant_id, id)
);
-- "customers enrolled on or before `to`" (summary, impact baseline).
CREATE INDEX customers_enrolled_idx ON customers (merchant_id, enrolled_at);

CREATE TABLE missions (
  merchant_id  bigint NOT NULL REFERENCES merchants (id),
  id           bigint NOT NULL,
  type         text NOT NULL CHECK (type IN ('classic', 'content', 'review', 'engagement')),
  title        text NOT NULL,
  description  text NOT NULL DEFAULT '',
  active       boolean NOT NULL DEFAULT true,
  PRIMARY KEY (merchant_id, id)
);

CREATE TABLE validations (
  merchant_id   bigint NOT NULL,
  id            bigint NOT NULL,
  mission_id    bigint NOT NULL,
  customer_id   bigint NOT NULL,
  validated_at  timestamptz NOT NULL,
  PRIMARY KEY (merchant_id, id),
  FOREIGN KEY (merchant_id, mission_id) REFERENCES missions (merchant_id, id),
  FOREIGN KEY (merchant_id, customer_id) REFERENCES customers (merchant_id, id)
);
-- Period scans (summary, daily, impact, leaderboard, audience): a range on
-- validated_at; the INCLUDE columns make them index-only scans.
CREATE INDEX validations_period_idx
  ON validations (merchant_id, validated_at) INCLUDE (mission_id, customer_id);
-- One mission's statistics (missions/{id}).
CREATE INDEX validations_mission_idx
  ON validations (merchant_id, mission_id, validated_at) INCLUDE (customer_id);

CREATE TABLE orders (
  merchant_id  bigint NOT NULL,
  id           bigint NOT NULL,
  customer_id  bigint NOT NULL,
  amount       numeric(12, 2) NOT NULL CHECK (amount >= 0),
  currency     char(3) NOT NULL,
  ordered_at   timestamptz NOT NULL,
  PRIMARY KEY (merchant_id, id),
  FOREIGN KEY (merchant_id, customer_id) REFERENCES customers (merchant_id, id)
);
-- Orders of the period grouped by customer (impact).
CREATE INDEX orders_period_idx
  ON orders (merchant_id, ordered_at) INCLUDE (customer_id, amount, currency);
