CREATE TABLE "ai_usage_daily" (
	"company_id" uuid NOT NULL,
	"day" date NOT NULL,
	"model" text NOT NULL,
	"tier" text NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"fast_path_requests" integer DEFAULT 0 NOT NULL,
	"escalations" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"cost_usd" numeric(14, 6) DEFAULT '0' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_usage_daily_company_id_day_model_tier_pk" PRIMARY KEY("company_id","day","model","tier")
);
--> statement-breakpoint
-- Owners and admins share one persona (their difference is in the visibility matrix).
ALTER TYPE "public"."ai_persona" RENAME VALUE 'owner' TO 'owner_admin';--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD COLUMN "message_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD COLUMN "message_index" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD COLUMN "escalated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD COLUMN "uncertain" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD COLUMN "fast_path" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_usage_daily" ADD CONSTRAINT "ai_usage_daily_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_messages_position_key" ON "ai_messages" USING btree ("conversation_id","message_index");
--> statement-breakpoint

-- Usage is accounting: owners and admins of the company read it; only the post-processing
-- job (service connection) writes it.
alter table public.ai_usage_daily enable row level security;
--> statement-breakpoint
create policy managers_read_usage on public.ai_usage_daily for select to authenticated
  using (company_id = (select public.current_company_id())
         and (select public.current_member_role()) in ('owner', 'admin'));
--> statement-breakpoint
revoke insert, update, delete on public.ai_usage_daily from authenticated;
--> statement-breakpoint

-- Layer 6 defaults: the ZAFTO visibility matrix. Owners override per company in
-- companies.ai_visibility_settings; the owner column is never consulted (owners see all).
insert into public.ai_visibility_defaults (role, category, allowed)
select r.role, c.category, c.category = any (r.allowed)
from (values
  ('owner', array['pricing_intelligence', 'time_benchmarks', 'margin_data', 'bid_win_rates', 'material_costs',
                  'equipment_lifespan', 'failure_diagnostics', 'code_compliance', 'customer_payment_history',
                  'employee_performance', 'revenue_data', 'regional_comparables']),
  ('admin', array['pricing_intelligence', 'time_benchmarks', 'bid_win_rates', 'material_costs', 'equipment_lifespan',
                  'failure_diagnostics', 'code_compliance', 'customer_payment_history', 'revenue_data',
                  'regional_comparables']),
  ('office', array['bid_win_rates', 'equipment_lifespan', 'failure_diagnostics', 'code_compliance',
                   'customer_payment_history']),
  ('tech', array['equipment_lifespan', 'failure_diagnostics', 'code_compliance']),
  ('homeowner', array['equipment_lifespan', 'failure_diagnostics', 'code_compliance'])
) as r(role, allowed)
cross join unnest(array['pricing_intelligence', 'time_benchmarks', 'margin_data', 'bid_win_rates', 'material_costs',
                        'equipment_lifespan', 'failure_diagnostics', 'code_compliance', 'customer_payment_history',
                        'employee_performance', 'revenue_data', 'regional_comparables']) as c(category)
on conflict (role, category) do nothing;
