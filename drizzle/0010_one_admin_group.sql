-- At most one admin group. A database that holds several keeps the most recently bound one (the
-- highest id, the row the broadcasts already used); the others become unbound groups.
UPDATE "rooms" SET "kind" = 'unbound'
WHERE "kind" = 'admin' AND "id" <> (SELECT max("id") FROM "rooms" WHERE "kind" = 'admin');--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_one_admin" ON "rooms" USING btree ("kind") WHERE "rooms"."kind" = 'admin';
