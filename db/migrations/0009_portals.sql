CREATE TABLE "portal_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid DEFAULT public.current_company_id() NOT NULL,
	"customer_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"claimed_by" uuid,
	"revoked_at" timestamp with time zone,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_staff" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "platform_staff" CASCADE;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "signed_name" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "signed_ip" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "signed_user_agent" text;--> statement-breakpoint
ALTER TABLE "bids" ADD COLUMN "signed_content_hash" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "request_type" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "request_description" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "property_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "equipment_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "requested_by" uuid;--> statement-breakpoint
ALTER TABLE "ai_corrections" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "ai_corrections" ADD COLUMN "for_corpus" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "code_references" ADD COLUMN "link_status" text DEFAULT 'unchecked' NOT NULL;--> statement-breakpoint
ALTER TABLE "code_references" ADD COLUMN "link_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "code_references" ADD COLUMN "link_detail" text;--> statement-breakpoint
ALTER TABLE "portal_invitations" ADD CONSTRAINT "portal_invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_invitations" ADD CONSTRAINT "portal_invitations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_invitations" ADD CONSTRAINT "portal_invitations_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "auth"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_invitations" ADD CONSTRAINT "portal_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "auth"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_invitations_token_key" ON "portal_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "portal_invitations_customer_idx" ON "portal_invitations" USING btree ("customer_id");--> statement-breakpoint
ALTER TABLE "bids" ADD CONSTRAINT "bids_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "auth"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "auth"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_request_type_check" CHECK ("leads"."request_type" in ('problem', 'schedule_service', 'equipment_question'));--> statement-breakpoint

-- ── Platform staff ────────────────────────────────────────────────────────────────────────
-- Staff are marked in the auth user's app_metadata (role `ops`), which only the service role
-- can set (Supabase dashboard or admin API; `npm start` seeds one account). The table that
-- used to list them is gone: one source of truth.
create or replace function public.is_platform_ops() returns boolean
language sql stable set search_path = '' as $$
  select coalesce((select auth.jwt()) -> 'app_metadata' ->> 'role', '') = 'ops'
$$;
--> statement-breakpoint
grant execute on function public.is_platform_ops() to authenticated;
--> statement-breakpoint

-- ── Client portal ─────────────────────────────────────────────────────────────────────────
-- A homeowner has no company: the tenant policies give them nothing. These permissive
-- policies add exactly what contractors share with the customers linked to them
-- (customers.portal_user_id): never drafts, internal notes, materials, time, expenses or
-- other customers. Helper functions are security definer so the policies do not recurse.
create or replace function public.portal_customer_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select c.id from public.customers c where c.portal_user_id = auth.uid()
$$;
--> statement-breakpoint
create or replace function public.portal_company_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select distinct c.company_id from public.customers c where c.portal_user_id = auth.uid()
$$;
--> statement-breakpoint
create or replace function public.portal_job_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select j.id from public.jobs j join public.customers c on c.id = j.customer_id where c.portal_user_id = auth.uid()
$$;
--> statement-breakpoint
create or replace function public.portal_bid_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select b.id from public.bids b join public.customers c on c.id = b.customer_id
  where c.portal_user_id = auth.uid() and b.status <> 'draft'
$$;
--> statement-breakpoint
create or replace function public.portal_invoice_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select i.id from public.invoices i join public.customers c on c.id = i.customer_id
  where c.portal_user_id = auth.uid() and i.status <> 'draft'
$$;
--> statement-breakpoint
create or replace function public.portal_thread_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select t.id from public.message_threads t join public.customers c on c.id = t.customer_id where c.portal_user_id = auth.uid()
$$;
--> statement-breakpoint
grant execute on function public.portal_customer_ids(), public.portal_company_ids(), public.portal_job_ids(),
  public.portal_bid_ids(), public.portal_invoice_ids(), public.portal_thread_ids() to authenticated;
--> statement-breakpoint
create policy portal_own on public.customers for select to authenticated
  using (portal_user_id = (select auth.uid()));
--> statement-breakpoint
create policy portal_companies on public.companies for select to authenticated
  using (id in (select public.portal_company_ids()));
--> statement-breakpoint
do $$
declare t text;
begin
  foreach t in array array['properties', 'equipment', 'jobs', 'message_threads'] loop
    execute format('create policy portal_shared on public.%I for select to authenticated
                      using (customer_id in (select public.portal_customer_ids()))', t);
  end loop;
end
$$;
--> statement-breakpoint
create policy portal_shared on public.bids for select to authenticated using (id in (select public.portal_bid_ids()));
--> statement-breakpoint
create policy portal_shared on public.bid_line_items for select to authenticated using (bid_id in (select public.portal_bid_ids()));
--> statement-breakpoint
create policy portal_shared on public.invoices for select to authenticated using (id in (select public.portal_invoice_ids()));
--> statement-breakpoint
create policy portal_shared on public.invoice_line_items for select to authenticated using (invoice_id in (select public.portal_invoice_ids()));
--> statement-breakpoint
create policy portal_shared on public.payments for select to authenticated using (invoice_id in (select public.portal_invoice_ids()));
--> statement-breakpoint
create policy portal_shared on public.job_notes for select to authenticated
  using (not internal and job_id in (select public.portal_job_ids()));
--> statement-breakpoint
create policy portal_shared on public.messages for select to authenticated using (thread_id in (select public.portal_thread_ids()));
--> statement-breakpoint
-- The contractor's logo on their documents.
create policy portal_logos on public.files for select to authenticated
  using (entity_type = 'company' and entity_id in (select public.portal_company_ids()));
--> statement-breakpoint

-- What a homeowner may write: a thread and messages of their own, service requests (leads)
-- of their own, and audit rows naming themself in a company they are a customer of.
create policy portal_start_thread on public.message_threads for insert to authenticated
  with check (customer_id in (select public.portal_customer_ids())
              and company_id = (select c.company_id from public.customers c where c.id = customer_id));
--> statement-breakpoint
create policy portal_send on public.messages for insert to authenticated
  with check (sender = 'homeowner' and sender_user_id = (select auth.uid()) and read_at is null
              and thread_id in (select public.portal_thread_ids())
              and company_id = (select t.company_id from public.message_threads t where t.id = thread_id));
--> statement-breakpoint
create policy portal_requests on public.leads for select to authenticated
  using (requested_by = (select auth.uid()) and customer_id in (select public.portal_customer_ids()));
--> statement-breakpoint
create policy portal_request on public.leads for insert to authenticated
  with check (requested_by = (select auth.uid()) and source = 'client_portal' and stage = 'new' and request_type is not null
              and customer_id in (select public.portal_customer_ids())
              and company_id = (select c.company_id from public.customers c where c.id = customer_id));
--> statement-breakpoint
-- Z's pending actions for a homeowner (a service request proposed in chat) belong to the
-- contractor the request is for; only the homeowner sees and confirms them.
create policy portal_actions on public.ai_actions for all to authenticated
  using (user_id = (select auth.uid()) and company_id in (select public.portal_company_ids()))
  with check (user_id = (select auth.uid()) and company_id in (select public.portal_company_ids()));
--> statement-breakpoint
create policy portal_audit on public.audit_log for insert to authenticated
  with check (actor_user_id = (select auth.uid()) and company_id in (select public.portal_company_ids()));
--> statement-breakpoint

-- A thread's last activity follows its messages, whoever sends them.
create or replace function public.touch_message_thread() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.message_threads set last_message_at = new.created_at, updated_at = now()
    where id = new.thread_id and (last_message_at is null or last_message_at < new.created_at);
  return new;
end
$$;
--> statement-breakpoint
create trigger messages_touch_thread after insert on public.messages
  for each row execute function public.touch_message_thread();
--> statement-breakpoint

-- Marks the other side's messages in a thread read. Homeowners cannot update messages
-- (that would let them edit the contractor's words), so this is their only way to.
create or replace function public.portal_mark_thread_read(p_thread_id uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare marked integer;
begin
  if p_thread_id not in (select public.portal_thread_ids()) then
    raise exception 'thread not found' using errcode = 'ZP404';
  end if;
  update public.messages set read_at = now()
    where thread_id = p_thread_id and sender <> 'homeowner' and read_at is null;
  get diagnostics marked = row_count;
  return marked;
end
$$;
--> statement-breakpoint

-- What a quote says, as a hash: the homeowner approves exactly the version they read.
create or replace function public.bid_content_hash(p_bid_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select md5(jsonb_build_array(
           b.number, b.title, b.notes, b.valid_until, b.subtotal_cents, b.discount_cents, b.tax_rate_bps, b.tax_cents, b.total_cents,
           (select coalesce(jsonb_agg(jsonb_build_array(l.description, l.quantity::text, l.unit, l.unit_price_cents, l.total_cents)
                                      order by l.position, l.id), '[]'::jsonb)
              from public.bid_line_items l where l.bid_id = b.id))::text)
  from public.bids b where b.id = p_bid_id and (b.id in (select public.portal_bid_ids()) or b.company_id = public.current_company_id())
$$;
--> statement-breakpoint

-- A homeowner accepts (typed-name signature) or declines a sent quote. Refuses drafts and
-- other customers' quotes (not found), a decided quote, an expired one, and a quote that
-- changed since the homeowner read it; records who, when, from where, on which content.
create or replace function public.portal_decide_bid(
  p_bid_id uuid, p_accept boolean, p_content_hash text, p_signed_name text, p_reason text, p_ip text, p_user_agent text
) returns text
language plpgsql security definer set search_path = '' as $$
declare bid public.bids%rowtype;
begin
  select * into bid from public.bids b where b.id = p_bid_id and b.id in (select public.portal_bid_ids()) for update;
  if not found then
    raise exception 'quote not found' using errcode = 'ZP404';
  end if;
  if bid.status in ('accepted', 'declined') then
    raise exception 'quote already %', bid.status using errcode = 'ZP409';
  end if;
  if bid.status = 'expired' or (bid.valid_until is not null and bid.valid_until < current_date) then
    raise exception 'quote expired' using errcode = 'ZP410';
  end if;
  if public.bid_content_hash(p_bid_id) is distinct from p_content_hash then
    raise exception 'quote changed' using errcode = 'ZP412';
  end if;
  update public.bids set
    status = case when p_accept then 'accepted'::public.bid_status else 'declined'::public.bid_status end,
    accepted_at = case when p_accept then now() end,
    declined_at = case when p_accept then null else now() end,
    decline_reason = case when p_accept then null else p_reason end,
    decided_by = auth.uid(),
    signed_name = case when p_accept then p_signed_name end,
    signed_ip = p_ip, signed_user_agent = p_user_agent, signed_content_hash = p_content_hash,
    updated_at = now()
  where id = p_bid_id;
  insert into public.audit_log (company_id, actor_user_id, action, entity_type, entity_id, changes)
  values (bid.company_id, auth.uid(), case when p_accept then 'bid.accepted' else 'bid.declined' end, 'bid', p_bid_id,
          jsonb_build_object('via', 'client_portal', 'signedName', case when p_accept then p_signed_name end,
                             'reason', case when p_accept then null else p_reason end, 'ip', p_ip, 'contentHash', p_content_hash));
  return case when p_accept then 'accepted' else 'declined' end;
end
$$;
--> statement-breakpoint

-- Claims a portal invitation: the signed-in person's email must be the invited one, the link
-- unused (or used by this same person), unrevoked and unexpired. Links the customer.
create or replace function public.claim_portal_invitation(p_token_hash text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare invitation public.portal_invitations%rowtype;
declare caller_email text := lower(coalesce((select auth.jwt()) ->> 'email', ''));
begin
  select * into invitation from public.portal_invitations i where i.token_hash = p_token_hash for update;
  if not found then
    raise exception 'invitation not found' using errcode = 'ZP404';
  end if;
  if invitation.claimed_at is not null then
    if invitation.claimed_by = auth.uid() then
      return invitation.customer_id;
    end if;
    raise exception 'invitation already used' using errcode = 'ZP409';
  end if;
  if invitation.revoked_at is not null or invitation.expires_at < now() then
    raise exception 'invitation expired' using errcode = 'ZP410';
  end if;
  if lower(invitation.email) <> caller_email then
    raise exception 'invitation is for another email' using errcode = 'ZP403', detail = invitation.email;
  end if;
  update public.portal_invitations set claimed_at = now(), claimed_by = auth.uid() where id = invitation.id;
  update public.customers set portal_user_id = auth.uid(), updated_at = now() where id = invitation.customer_id;
  insert into public.audit_log (company_id, actor_user_id, action, entity_type, entity_id, changes)
  values (invitation.company_id, auth.uid(), 'portal.invitation_claimed', 'customer', invitation.customer_id,
          jsonb_build_object('invitationId', invitation.id));
  return invitation.customer_id;
end
$$;
--> statement-breakpoint
revoke execute on function public.portal_mark_thread_read(uuid), public.bid_content_hash(uuid),
  public.portal_decide_bid(uuid, boolean, text, text, text, text, text), public.claim_portal_invitation(text) from public;
--> statement-breakpoint
grant execute on function public.portal_mark_thread_read(uuid), public.bid_content_hash(uuid),
  public.portal_decide_bid(uuid, boolean, text, text, text, text, text), public.claim_portal_invitation(text) to authenticated;
--> statement-breakpoint

-- Invitations are the contractor's (not a tech's) records.
alter table public.portal_invitations enable row level security;
--> statement-breakpoint
create policy tenant_isolation on public.portal_invitations for all to authenticated
  using (company_id = (select public.current_company_id()))
  with check (company_id = (select public.current_company_id()));
--> statement-breakpoint
create policy no_techs on public.portal_invitations as restrictive for all to authenticated
  using ((select public.caller_is_not_tech())) with check ((select public.caller_is_not_tech()));
--> statement-breakpoint

-- ── Ops portal ────────────────────────────────────────────────────────────────────────────
-- Ops requests run as `zafto_ops` (with the caller's claims, so auth.uid() names them): it
-- reads every table for cross-tenant aggregates and writes only the audit log, correction
-- reviews and the emails telling people their outcome. The API reads aggregates only and
-- audits every request; a tenant's single rows are read only by a support action with a reason.
do $$
begin
  if not exists (select from pg_roles where rolname = 'zafto_ops') then
    create role zafto_ops nologin noinherit;
  end if;
  execute format('grant zafto_ops to %I', current_user);
end
$$;
--> statement-breakpoint
grant usage on schema public to zafto_ops;
--> statement-breakpoint
grant select on all tables in schema public to zafto_ops;
--> statement-breakpoint
-- Tables added later are readable too; each later migration adds its table's ops_read policy.
alter default privileges in schema public grant select on tables to zafto_ops;
--> statement-breakpoint
grant execute on all functions in schema public to zafto_ops;
--> statement-breakpoint
grant usage on schema auth to zafto_ops;
--> statement-breakpoint
grant execute on function auth.uid(), auth.jwt() to zafto_ops;
--> statement-breakpoint
do $$
declare t text;
begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('create policy ops_read on public.%I for select to zafto_ops using ((select public.is_platform_ops()))', t);
  end loop;
end
$$;
--> statement-breakpoint
grant insert on public.audit_log, public.email_outbox to zafto_ops;
--> statement-breakpoint
create policy ops_audit on public.audit_log for insert to zafto_ops
  with check ((select public.is_platform_ops()) and actor_user_id = (select auth.uid()));
--> statement-breakpoint
create policy ops_notify on public.email_outbox for insert to zafto_ops with check ((select public.is_platform_ops()));
--> statement-breakpoint
grant update (validated, validated_by, validated_at, review_note, for_corpus) on public.ai_corrections to zafto_ops;
--> statement-breakpoint
create policy ops_review on public.ai_corrections for update to zafto_ops
  using ((select public.is_platform_ops())) with check ((select public.is_platform_ops()));
--> statement-breakpoint
-- Sign-ups and sign-ins live in auth.users, which no API role reads; ops gets counts only.
create or replace function public.ops_user_counts(p_since timestamptz)
returns table (total_users bigint, new_users bigint, signed_in_users bigint)
language sql stable security definer set search_path = '' as $$
  select count(*), count(*) filter (where u.created_at >= p_since), count(*) filter (where u.last_sign_in_at >= p_since)
  from auth.users u where public.is_platform_ops()
$$;
--> statement-breakpoint
create or replace function public.ops_signups_by_week(p_since timestamptz)
returns table (week date, users bigint)
language sql stable security definer set search_path = '' as $$
  select date_trunc('week', u.created_at at time zone 'UTC')::date, count(*) from auth.users u
  where public.is_platform_ops() and u.created_at >= p_since group by 1 order by 1
$$;
--> statement-breakpoint
revoke execute on function public.ops_user_counts(timestamptz), public.ops_signups_by_week(timestamptz) from public, authenticated;
--> statement-breakpoint
grant execute on function public.ops_user_counts(timestamptz), public.ops_signups_by_week(timestamptz) to zafto_ops;
--> statement-breakpoint
-- Magic links and their sign-in emails for the embedded GoTrue-compatible server (Supabase
-- Auth keeps its own: auth.identities marks a real Supabase project, where this is skipped).
do $$
begin
  if to_regclass('auth.identities') is null and to_regclass('auth.magic_links') is null then
    -- `token_hash` and `code_hash` hold SHA-256s of the link token and the 6-digit code.
    create table auth.magic_links (
      token_hash text primary key,
      code_hash text not null,
      user_id uuid not null references auth.users (id) on delete cascade,
      redirect_to text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      attempts integer not null default 0
    );
    create index magic_links_user_idx on auth.magic_links (user_id, created_at);
    -- What the embedded auth would have emailed (the local mailbox at /auth/v1/mailbox).
    create table auth.mail_log (
      id bigserial primary key,
      to_address text not null,
      subject text not null,
      body_text text not null,
      created_at timestamptz not null default now()
    );
  end if;
end
$$;
--> statement-breakpoint
-- The ops AI page reads answers by time across all tenants.
create index if not exists ai_messages_answers_created_idx on public.ai_messages (created_at) where role = 'assistant';
