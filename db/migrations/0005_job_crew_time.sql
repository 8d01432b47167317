-- A job's clocked time for everyone who can see the job. RLS shows a tech only their own
-- time entries (a colleague's hours are theirs), but the crew's total on a job the tech is
-- assigned to is what "estimated vs actual" means, so this returns totals, never entries.
create or replace function public.job_crew_time(p_job_ids uuid[])
returns table (job_id uuid, seconds float8, open_entries int)
language sql stable security definer set search_path = '' as $$
  select t.job_id,
         sum(greatest(0, extract(epoch from (coalesce(t.clock_out, now()) - t.clock_in))))::float8,
         (count(*) filter (where t.clock_out is null))::int
  from public.time_entries t
  join public.jobs j on j.id = t.job_id
  where t.job_id = any(p_job_ids)
    and j.company_id = public.current_company_id()
    and (public.caller_is_not_tech() or public.caller_assigned_to_job(j.id))
  group by t.job_id
$$;
--> statement-breakpoint
revoke execute on function public.job_crew_time(uuid[]) from public;
--> statement-breakpoint
grant execute on function public.job_crew_time(uuid[]) to authenticated;
