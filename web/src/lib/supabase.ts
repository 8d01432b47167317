import type { SupabaseClient } from '@supabase/supabase-js';

export interface PublicConfig {
  supabaseUrl: string;
  supabaseAnonKey: string;
  /** The embedded server's local mailbox, where sign-in links land when no email leaves the machine; null otherwise. */
  localMailboxUrl: string | null;
}

let client: Promise<SupabaseClient> | undefined;
let publicConfig: Promise<PublicConfig> | undefined;

/**
 * The one Supabase client of the page. Its URL and anon key come from the API at run time
 * (`GET /api/v1/config`), so the same static build works against Supabase or the embedded
 * GoTrue-compatible server.
 *
 * @example
 * const supabase = await getSupabase();
 * const { data } = await supabase.auth.getSession();
 */
export function getSupabase(): Promise<SupabaseClient> {
  client ??= loadClient().catch((error: unknown) => {
    client = undefined;
    throw error;
  });
  return client;
}

/** The server's public settings (`GET /api/v1/config`), fetched once per page. */
export function getPublicConfig(): Promise<PublicConfig> {
  publicConfig ??= loadConfig().catch((error: unknown) => {
    publicConfig = undefined;
    throw error;
  });
  return publicConfig;
}

async function loadConfig(): Promise<PublicConfig> {
  let response: Response;
  try {
    response = await fetch('/api/v1/config', { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('Could not reach the ZAFTO server. Check your connection and try again.');
  }
  if (!response.ok) {
    throw new Error(`The ZAFTO server is not available right now (HTTP ${response.status}).`);
  }
  const config = (await response.json()) as Partial<PublicConfig>;
  if (!config.supabaseUrl || !config.supabaseAnonKey) {
    throw new Error('The ZAFTO server returned an incomplete configuration.');
  }
  return { supabaseUrl: config.supabaseUrl, supabaseAnonKey: config.supabaseAnonKey, localMailboxUrl: config.localMailboxUrl ?? null };
}

async function loadClient(): Promise<SupabaseClient> {
  const config = await getPublicConfig();
  // Loaded on demand: the islands render (and the build prerenders them) without it.
  const { createClient } = await import('@supabase/supabase-js');
  return createClient(config.supabaseUrl, config.supabaseAnonKey);
}

/** The access token of the signed-in user, or null when nobody is signed in. */
export async function getAccessToken(): Promise<string | null> {
  const supabase = await getSupabase();
  const { data } = await supabase.auth.getSession();
  return data.session?.access_token ?? null;
}

/**
 * Ends the session everywhere; if the server cannot be told (offline, session already gone),
 * at least on this device. Callers then leave for their login page.
 */
export async function signOutOf(supabase: SupabaseClient | undefined): Promise<void> {
  if (!supabase) return;
  const { error } = await supabase.auth.signOut();
  if (error) await supabase.auth.signOut({ scope: 'local' });
}
