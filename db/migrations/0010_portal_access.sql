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
--> statement-breakpoint

-- How each session was signed in (the `amr` claim of its access tokens), kept across refreshes
-- as GoTrue keeps it. Supabase has this table; the embedded auth creates it here.
do $$
begin
  if not exists (select from information_schema.tables where table_schema = 'auth' and table_name = 'mfa_amr_claims') then
    create table auth.mfa_amr_claims (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references auth.sessions (id) on delete cascade,
      authentication_method text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (session_id, authentication_method)
    );
  end if;
end
$$;
--> statement-breakpoint

-- Whoever signs in with an email link (magic link or its 6-digit code) has just proved they
-- read that mailbox, which is all an invitation link proves: their pending, unexpired portal
-- invitations are claimed as if they had opened each link. A password sign-in proves nothing
-- about the mailbox (sign-ups are not confirmed), so it still needs the link. Returns how many.
create or replace function public.claim_portal_invitations_by_email_link() returns integer
language plpgsql security definer set search_path = '' as $$
declare caller_email text := lower(coalesce((select auth.jwt()) ->> 'email', ''));
declare proven boolean := exists (
  select 1 from jsonb_array_elements(coalesce((select auth.jwt()) -> 'amr', '[]'::jsonb)) as m(claim)
  where m.claim ->> 'method' in ('otp', 'magiclink'));
declare invitation public.portal_invitations%rowtype;
declare claimed integer := 0;
begin
  if not proven or caller_email = '' or auth.uid() is null then
    return 0;
  end if;
  for invitation in
    select * from public.portal_invitations i
    where lower(i.email) = caller_email and i.claimed_at is null and i.revoked_at is null and i.expires_at >= now()
    order by i.created_at
    for update
  loop
    update public.portal_invitations set claimed_at = now(), claimed_by = auth.uid() where id = invitation.id;
    update public.customers set portal_user_id = auth.uid(), updated_at = now() where id = invitation.customer_id;
    insert into public.audit_log (company_id, actor_user_id, action, entity_type, entity_id, changes)
    values (invitation.company_id, auth.uid(), 'portal.invitation_claimed', 'customer', invitation.customer_id,
            jsonb_build_object('invitationId', invitation.id, 'by', 'email_link'));
    claimed := claimed + 1;
  end loop;
  return claimed;
end
$$;
--> statement-breakpoint
-- What it looks for on every portal visit after an email-link sign-in: invitations still pending for an address.
create index if not exists portal_invitations_pending_email_idx on public.portal_invitations (lower(email))
  where claimed_at is null and revoked_at is null;
--> statement-breakpoint
revoke execute on function public.claim_portal_invitations_by_email_link() from public;
--> statement-breakpoint
grant execute on function public.claim_portal_invitations_by_email_link() to authenticated;
