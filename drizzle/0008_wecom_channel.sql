ALTER TABLE "inbound_messages" ADD COLUMN "channel" text DEFAULT 'wechat' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "wecom_userid" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "wecom_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "channel" text DEFAULT 'wechat' NOT NULL;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "manual" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "members_wecom_userid" ON "members" USING btree ("wecom_userid");