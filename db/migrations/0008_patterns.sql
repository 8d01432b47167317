CREATE TABLE "pipeline_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job" text NOT NULL,
	"status" text NOT NULL,
	"trigger" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"rows_read" bigint,
	"patterns_upserted" integer,
	"patterns_removed" integer,
	"groups_skipped" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "job_materials" ADD COLUMN "brand" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "equipment_id" uuid;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "failure_mode" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "trade" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "job_category" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "followed_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "overdue_since" date;--> statement-breakpoint
ALTER TABLE "intelligence_patterns" ADD COLUMN "source" text DEFAULT 'computed' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "pipeline_runs_one_running" ON "pipeline_runs" USING btree ("job") WHERE "pipeline_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "pipeline_runs_job_started_idx" ON "pipeline_runs" USING btree ("job","started_at");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intelligence_patterns" ADD CONSTRAINT "intelligence_patterns_source_check" CHECK ("source" in ('computed', 'baseline'));--> statement-breakpoint
ALTER TABLE "pipeline_runs" ADD CONSTRAINT "pipeline_runs_status_check" CHECK ("status" in ('running', 'succeeded', 'failed', 'skipped'));--> statement-breakpoint
-- The run log is for the pipelines and platform staff only: RLS on, no policy for tenants.
ALTER TABLE "pipeline_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- The pattern pipelines' own role (Layer 5, privacy rule 4): reads the columns of every
-- tenant's work it aggregates, writes only intelligence_patterns and the run log. Pipelines
-- switch to it with `set local role` inside their transaction, so a mistaken write to a
-- tenant table fails with "permission denied" instead of happening.
do $$
begin
  if not exists (select from pg_roles where rolname = 'zafto_pipeline') then
    create role zafto_pipeline nologin noinherit;
  end if;
  execute format('grant zafto_pipeline to %I', current_user);
end
$$;
--> statement-breakpoint
grant usage on schema public to zafto_pipeline;
--> statement-breakpoint
do $$
declare t text;
begin
  foreach t in array array['companies', 'customers', 'properties', 'equipment', 'jobs', 'job_materials', 'bids', 'bid_line_items', 'leads'] loop
    execute format('grant select on public.%I to zafto_pipeline', t);
    execute format('create policy pipeline_read on public.%I for select to zafto_pipeline using (true)', t);
  end loop;
end
$$;
--> statement-breakpoint
grant select, insert, update, delete on public.intelligence_patterns to zafto_pipeline;
--> statement-breakpoint
create policy pipeline_write on public.intelligence_patterns for all to zafto_pipeline using (true) with check (true);
--> statement-breakpoint
grant select, update on public.pipeline_runs to zafto_pipeline;
--> statement-breakpoint
create policy pipeline_log on public.pipeline_runs for all to zafto_pipeline using (true) with check (true);
