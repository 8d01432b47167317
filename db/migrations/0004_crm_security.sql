-- Grants and Row Level Security for the CRM modules. Tenant isolation (0002) still applies to
-- every table; the restrictive policies below narrow what a tech may reach inside their own
-- company, so the database refuses it even if an API check were ever missed.

grant select, insert, update, delete on public.document_counters to authenticated, service_role;
--> statement-breakpoint
alter default privileges in schema public grant select, insert, update, delete on tables to authenticated, service_role;
--> statement-breakpoint
alter table public.document_counters enable row level security;
--> statement-breakpoint
create policy tenant_isolation on public.document_counters for all to authenticated
  using (company_id = (select public.current_company_id()))
  with check (company_id = (select public.current_company_id()));
--> statement-breakpoint

-- True when the caller is not a tech: techs see no prices, totals or the sales pipeline.
create or replace function public.caller_is_not_tech() returns boolean
language sql stable security definer set search_path = '' as $$
  select coalesce(public.current_member_role(), '') <> 'tech'
$$;
--> statement-breakpoint
-- True when the caller is assigned to the job (security definer: reads assignments without
-- recursing through their own policies).
create or replace function public.caller_assigned_to_job(p_job_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.job_assignments a where a.job_id = p_job_id and a.user_id = auth.uid())
$$;
--> statement-breakpoint
grant execute on function public.caller_is_not_tech(), public.caller_assigned_to_job(uuid) to authenticated;
--> statement-breakpoint

-- A tech reaches only the jobs they are assigned to, and those jobs' notes, materials and crew.
create policy tech_assigned_jobs on public.jobs as restrictive for all to authenticated
  using ((select public.caller_is_not_tech()) or public.caller_assigned_to_job(id))
  with check ((select public.caller_is_not_tech()) or public.caller_assigned_to_job(id));
--> statement-breakpoint
do $$
declare t text;
begin
  foreach t in array array['job_notes', 'job_materials', 'job_assignments'] loop
    execute format(
      'create policy tech_assigned_jobs on public.%I as restrictive for all to authenticated
         using ((select public.caller_is_not_tech()) or public.caller_assigned_to_job(job_id))
         with check ((select public.caller_is_not_tech()) or public.caller_assigned_to_job(job_id))', t);
  end loop;
end
$$;
--> statement-breakpoint

-- Money documents, the sales pipeline, numbering and the outbox: not for techs at all.
do $$
declare t text;
begin
  foreach t in array array['bids', 'bid_line_items', 'invoices', 'invoice_line_items', 'payments', 'leads', 'document_counters', 'email_outbox'] loop
    execute format(
      'create policy no_techs on public.%I as restrictive for all to authenticated
         using ((select public.caller_is_not_tech()))
         with check ((select public.caller_is_not_tech()))', t);
  end loop;
end
$$;
--> statement-breakpoint

-- A tech's own time and own expenses only.
create policy tech_own_time on public.time_entries as restrictive for all to authenticated
  using ((select public.caller_is_not_tech()) or user_id = (select auth.uid()))
  with check ((select public.caller_is_not_tech()) or user_id = (select auth.uid()));
--> statement-breakpoint
create policy tech_own_expenses on public.expenses as restrictive for all to authenticated
  using ((select public.caller_is_not_tech()) or created_by = (select auth.uid()))
  with check ((select public.caller_is_not_tech()) or created_by = (select auth.uid()));
--> statement-breakpoint

-- Files: a tech sees what they uploaded, their jobs' photos and the company logo.
create policy tech_files on public.files as restrictive for all to authenticated
  using ((select public.caller_is_not_tech()) or uploaded_by = (select auth.uid())
         or entity_type = 'company' or (entity_type = 'job' and public.caller_assigned_to_job(entity_id)))
  with check ((select public.caller_is_not_tech()) or uploaded_by = (select auth.uid()));
