-- An Idempotency-Key belongs to the account that sent it: the same key from another account is a
-- new key for that account, and one account's stored response is never replayed to another.
-- Rows written before this have no known sender; they keep the empty principal, which no
-- authenticated account has, so they stay valid but are never replayed again.
ALTER TABLE idempotency_key ADD COLUMN principal TEXT NOT NULL DEFAULT '';
ALTER TABLE idempotency_key ALTER COLUMN principal DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (principal, scope, idempotency_key);
