-- Platform prerequisites shared by Supabase and the embedded PGlite default.
-- Everything here is idempotent and skips what Supabase already provides.

create extension if not exists vector;
--> statement-breakpoint

-- Supabase's API roles. Present on Supabase; created for plain Postgres and PGlite.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;
--> statement-breakpoint

create schema if not exists auth;
--> statement-breakpoint

-- The subset of Supabase Auth's tables that the embedded GoTrue-compatible server uses.
-- Column names match Supabase's, so the app reads auth.users the same way in both.
do $$
begin
  if to_regclass('auth.users') is null then
    create table auth.users (
      id uuid primary key,
      aud varchar(255) not null default 'authenticated',
      role varchar(255) not null default 'authenticated',
      email varchar(255),
      encrypted_password varchar(255),
      email_confirmed_at timestamptz,
      last_sign_in_at timestamptz,
      raw_app_meta_data jsonb not null default '{}',
      raw_user_meta_data jsonb not null default '{}',
      is_anonymous boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_lower_key on auth.users (lower(email));
    create table auth.sessions (
      id uuid primary key,
      user_id uuid not null references auth.users (id) on delete cascade,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      not_after timestamptz
    );
    create index sessions_user_id_idx on auth.sessions (user_id);
    -- `token` holds a SHA-256 of the refresh token, never the token itself.
    create table auth.refresh_tokens (
      id bigserial primary key,
      token varchar(255) not null unique,
      user_id varchar(255) not null,
      revoked boolean not null default false,
      parent varchar(255),
      session_id uuid not null references auth.sessions (id) on delete cascade,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    grant usage on schema auth to anon, authenticated, service_role;
  end if;
end
$$;
--> statement-breakpoint

-- auth.uid() / auth.jwt() / auth.role() read the claims the API sets per transaction
-- (`request.jwt.claims`), exactly as PostgREST does on Supabase.
do $$
begin
  if to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb language sql stable as $f$
      select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
    $f$;
    grant execute on function auth.jwt() to anon, authenticated, service_role;
  end if;
  if to_regprocedure('auth.uid()') is null then
    create function auth.uid() returns uuid language sql stable as $f$
      select nullif(auth.jwt() ->> 'sub', '')::uuid
    $f$;
    grant execute on function auth.uid() to anon, authenticated, service_role;
  end if;
  if to_regprocedure('auth.role()') is null then
    create function auth.role() returns text language sql stable as $f$
      select nullif(auth.jwt() ->> 'role', '')
    $f$;
    grant execute on function auth.role() to anon, authenticated, service_role;
  end if;
end
$$;
--> statement-breakpoint

-- The caller's company and role, from their membership. SECURITY DEFINER so that RLS
-- policies can call them without recursing into company_members' own policy.
-- plpgsql because company_members is created by the next migration.
create or replace function public.current_company_id() returns uuid
language plpgsql stable security definer set search_path = '' as $$
begin
  return (select m.company_id from public.company_members m where m.user_id = auth.uid());
end
$$;
--> statement-breakpoint

create or replace function public.current_member_role() returns text
language plpgsql stable security definer set search_path = '' as $$
begin
  return (select m.role::text from public.company_members m where m.user_id = auth.uid());
end
$$;
