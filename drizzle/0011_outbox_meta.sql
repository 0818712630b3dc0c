ALTER TABLE "outbox" ADD COLUMN "meta" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Rows queued before this version carry what the code reads back only in their keys: read it
-- out once, here, so a reminder or an alert still in the queue is handled as before.
UPDATE "outbox" SET "meta" = "meta" || '{"owner":"outbox"}'::jsonb WHERE "idempotency_key" LIKE 'outbox:%';--> statement-breakpoint
UPDATE "outbox" SET "meta" = "meta" || jsonb_build_object(
  'owner', 'weekly-cycle',
  'week', substring("idempotency_key" from ':([0-9]{4}-W[0-9]{2}):'),
  'member', substring("idempotency_key" from ':member:([0-9]+)$')::int)
WHERE "idempotency_key" ~ '^report-(remind|chase):[0-9]{4}-W[0-9]{2}:(room:[0-9]+:)?member:[0-9]+$';--> statement-breakpoint
UPDATE "outbox" AS "o" SET "meta" = "o"."meta" || jsonb_build_object('message', regexp_replace("o"."idempotency_key", '#[0-9]+$', ''))
WHERE "o"."seq" > 0 OR EXISTS (SELECT 1 FROM "outbox" AS "p" WHERE "p"."idempotency_key" = "o"."idempotency_key" || '#2');
