ALTER TABLE "dispute_events" ADD COLUMN "source_message_id" integer;--> statement-breakpoint
ALTER TABLE "dispute_events" ADD CONSTRAINT "dispute_events_source_message_id_inbound_messages_id_fk" FOREIGN KEY ("source_message_id") REFERENCES "public"."inbound_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_events_source_message" ON "dispute_events" USING btree ("source_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_inbound_message" ON "reports" USING btree ("inbound_message_id");