"use client";

/**
 * Sign-in and sign-out as next-auth/react does them, without shipping next-auth/react (~10 kB):
 * a fresh CSRF token from GET /api/auth/csrf (which also sets next-auth's csrf cookie, the double
 * submit next-auth checks), then a form POST of the token with `json: true` to the credentials
 * callback or to signout. next-auth answers `{ url }`; an `error` in that URL is the refusal.
 */
const BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const res = await fetch(`${BASE}/csrf`, { headers: { "Content-Type": "application/json" }, cache: "no-store" });
  const data = (await res.json()) as { csrfToken?: string };
  if (!res.ok || !data.csrfToken) throw new Error("no csrf token");
  return data.csrfToken;
}

async function postForm(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: string | null }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" });
  const res = await fetch(`${BASE}/${path}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  return { ok: res.ok, url: data.url ?? null };
}

/** Like next-auth/react's answer: `ok` with no `error` means signed in. */
export interface SignInResult {
  ok: boolean;
  error: string | null;
}

/** Signs in with email and password; `error` is next-auth's code ("CredentialsSignin") or the app's message. */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const { ok, url } = await postForm("callback/credentials", { email, password });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "CredentialsSignin";
  return { ok: ok && !error, error: ok && !error ? null : error };
}

/** Ends this device's session (the server-side record too) and clears the session cookie. */
export async function postSignOut(): Promise<void> {
  await postForm("signout", {});
}
