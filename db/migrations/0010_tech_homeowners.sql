-- A contractor's tech may also be a homeowner with another contractor. The restrictive tech
-- policies (0004, 0009) narrow what a tech reaches inside their own company, but as written
-- they held for every row, so such a person saw none of their own quotes, invoices or jobs in
-- the client portal. Rows of another company reach anyone only through the portal's policies
-- (what that contractor shares with the customer they are linked to), so the restriction now
-- stops at the tech's own company. Inside it, nothing changes.
alter policy tech_assigned_jobs on public.jobs
  using ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()) or public.caller_assigned_to_job(id))
  with check ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()) or public.caller_assigned_to_job(id));
--> statement-breakpoint
do $$
declare t text;
begin
  foreach t in array array['job_notes', 'job_materials', 'job_assignments'] loop
    execute format(
      'alter policy tech_assigned_jobs on public.%I
         using ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()) or public.caller_assigned_to_job(job_id))
         with check ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()) or public.caller_assigned_to_job(job_id))', t);
  end loop;
  foreach t in array array['bids', 'bid_line_items', 'invoices', 'invoice_line_items', 'payments', 'leads', 'document_counters', 'email_outbox', 'portal_invitations'] loop
    execute format(
      'alter policy no_techs on public.%I
         using ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()))
         with check ((select public.caller_is_not_tech()) or company_id is distinct from (select public.current_company_id()))', t);
  end loop;
end
$$;
