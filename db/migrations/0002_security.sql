-- Grants and Row Level Security. The API runs every request as `authenticated` with the
-- caller's JWT claims set, so these policies hold even when a query forgets a filter.

grant usage on schema public to anon, authenticated, service_role;
--> statement-breakpoint
grant select, insert, update, delete on all tables in schema public to authenticated, service_role;
--> statement-breakpoint
grant usage, select on all sequences in schema public to authenticated, service_role;
--> statement-breakpoint
grant execute on function public.current_company_id(), public.current_member_role() to authenticated;
--> statement-breakpoint

-- Default deny: RLS on every table in public, then a policy per kind of table.
do $$
declare t text;
begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('alter table public.%I enable row level security', t);
  end loop;
end
$$;
--> statement-breakpoint

-- Tenant tables: every table with a company_id that the loop below does not treat specially.
do $$
declare t text;
begin
  for t in
    select c.table_name from information_schema.columns c
    join pg_tables p on p.schemaname = c.table_schema and p.tablename = c.table_name
    where c.table_schema = 'public' and c.column_name = 'company_id'
      and c.table_name not like 'ai\_%'
  loop
    execute format(
      'create policy tenant_isolation on public.%I for all to authenticated
         using (company_id = (select public.current_company_id()))
         with check (company_id = (select public.current_company_id()))', t);
  end loop;
end
$$;
--> statement-breakpoint

-- Companies: members see and edit their own; a user with no company may create one.
create policy company_member_read on public.companies for select to authenticated
  using (id = (select public.current_company_id()) or created_by = (select auth.uid()));
--> statement-breakpoint
create policy company_create on public.companies for insert to authenticated
  with check (created_by = (select auth.uid()) and (select public.current_company_id()) is null);
--> statement-breakpoint
create policy company_member_update on public.companies for update to authenticated
  using (id = (select public.current_company_id()))
  with check (id = (select public.current_company_id()));
--> statement-breakpoint

-- The creator of a company with no members yet may make themself its owner (and only that).
create or replace function public.company_awaits_owner(p_company_id uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
begin
  return exists (
    select 1 from public.companies c
    where c.id = p_company_id and c.created_by = auth.uid()
      and not exists (select 1 from public.company_members m where m.company_id = c.id)
  );
end
$$;
--> statement-breakpoint
grant execute on function public.company_awaits_owner(uuid) to authenticated;
--> statement-breakpoint
create policy company_owner_bootstrap on public.company_members for insert to authenticated
  with check (user_id = (select auth.uid()) and role = 'owner' and public.company_awaits_owner(company_id));
--> statement-breakpoint

-- Adding a member by email needs to find an account the caller cannot read (auth.users).
-- Only members of a company may ask; who may add members is decided by the API's permissions.
create or replace function public.user_id_by_email(p_email text) returns uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  if public.current_company_id() is null then
    return null;
  end if;
  return (select u.id from auth.users u where lower(u.email) = lower(p_email));
end
$$;
--> statement-breakpoint
revoke execute on function public.user_id_by_email(text) from public;
--> statement-breakpoint
grant execute on function public.user_id_by_email(text) to authenticated;
--> statement-breakpoint

-- An invitation left for an email without an account is claimed when that email signs up
-- (Supabase's own sign-up inserts into auth.users too, so this works in both).
create or replace function public.claim_company_invitation() returns trigger
language plpgsql security definer set search_path = '' as $$
declare invitation public.company_invitations%rowtype;
begin
  if new.email is null or exists (select 1 from public.company_members m where m.user_id = new.id) then
    return new;
  end if;
  select * into invitation from public.company_invitations i
    where lower(i.email) = lower(new.email) and i.claimed_at is null
    order by i.created_at limit 1;
  if found then
    insert into public.company_members (company_id, user_id, role, email)
      values (invitation.company_id, new.id, invitation.role, new.email);
    update public.company_invitations set claimed_by = new.id, claimed_at = now()
      where id = invitation.id;
  end if;
  return new;
end
$$;
--> statement-breakpoint
drop trigger if exists on_auth_user_created_claim_invitation on auth.users;
--> statement-breakpoint
create trigger on_auth_user_created_claim_invitation after insert on auth.users
  for each row execute function public.claim_company_invitation();
--> statement-breakpoint

-- Staff rows are visible to the staff member only.
create policy platform_staff_self on public.platform_staff for select to authenticated
  using (user_id = (select auth.uid()));
--> statement-breakpoint

-- Z's per-person tables: each person sees and writes only their own rows.
do $$
declare t text;
begin
  foreach t in array array['ai_conversations', 'ai_messages', 'ai_user_memory', 'ai_feedback', 'ai_corrections'] loop
    execute format(
      'create policy own_rows on public.%I for all to authenticated
         using (user_id = (select auth.uid()))
         with check (user_id = (select auth.uid())
                     and (company_id is null or company_id = (select public.current_company_id())))', t);
  end loop;
end
$$;
--> statement-breakpoint
create policy own_actions on public.ai_actions for all to authenticated
  using (user_id = (select auth.uid()) and company_id = (select public.current_company_id()))
  with check (user_id = (select auth.uid()) and company_id = (select public.current_company_id()));
--> statement-breakpoint

-- Shared reference data: readable by every signed-in user, written only by trusted jobs.
do $$
declare t text;
begin
  foreach t in array array['intelligence_patterns', 'code_references', 'knowledge_documents', 'knowledge_chunks', 'ai_visibility_defaults'] loop
    execute format('create policy shared_read on public.%I for select to authenticated using (true)', t);
  end loop;
end
$$;
