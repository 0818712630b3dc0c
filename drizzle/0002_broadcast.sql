CREATE TABLE "post_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"room_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"result" text DEFAULT 'queued' NOT NULL,
	"manual" boolean DEFAULT false NOT NULL,
	"schedule_id" integer,
	"batch" text NOT NULL,
	"outbox_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"theme" text NOT NULL,
	"cites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"image" text,
	"special_day" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"source" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "posts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "post_log" ADD CONSTRAINT "post_log_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_log" ADD CONSTRAINT "post_log_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_log_outbox_key" ON "post_log" USING btree ("outbox_key");--> statement-breakpoint
CREATE INDEX "post_log_room_at" ON "post_log" USING btree ("room_id","at");--> statement-breakpoint
CREATE INDEX "post_log_at" ON "post_log" USING btree ("at");