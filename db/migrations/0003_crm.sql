CREATE TABLE "document_counters" (
	"company_id" uuid DEFAULT public.current_company_id() NOT NULL,
	"kind" text NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "document_counters_company_id_kind_pk" PRIMARY KEY("company_id","kind")
);
--> statement-breakpoint
ALTER TABLE "job_notes" ADD COLUMN "internal" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;