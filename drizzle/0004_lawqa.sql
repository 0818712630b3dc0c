CREATE TABLE "law_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"law_id" integer NOT NULL,
	"article" integer NOT NULL,
	"sub" integer,
	"chapter" text DEFAULT '' NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "laws" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"effective_date" text,
	"imported_at" timestamp with time zone NOT NULL,
	"article_count" integer NOT NULL,
	"content_hash" text NOT NULL,
	CONSTRAINT "laws_title_unique" UNIQUE("title")
);
--> statement-breakpoint
CREATE TABLE "qa_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"message_id" integer,
	"at" timestamp with time zone NOT NULL,
	"category" text,
	"out_of_scope" boolean NOT NULL,
	"urgent" boolean NOT NULL,
	"own_dispute" boolean DEFAULT false NOT NULL,
	"mode" text NOT NULL,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"helpful" boolean,
	"dispute_id" integer
);
--> statement-breakpoint
ALTER TABLE "law_articles" ADD CONSTRAINT "law_articles_law_id_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_log" ADD CONSTRAINT "qa_log_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_log" ADD CONSTRAINT "qa_log_message_id_inbound_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."inbound_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_log" ADD CONSTRAINT "qa_log_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "law_articles_law" ON "law_articles" USING btree ("law_id");--> statement-breakpoint
CREATE INDEX "qa_log_member_at" ON "qa_log" USING btree ("member_id","at");--> statement-breakpoint
CREATE INDEX "qa_log_at" ON "qa_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_log_message" ON "qa_log" USING btree ("message_id");