import "server-only";
import { appUrl, env } from "../env";
import { currentRequest } from "../operations/next-request";
import { API_BASE } from "./routes";

/** The API's address as a phone should call it: APP_URL when set, else the address this page was opened at. */
export async function apiBaseFor(): Promise<string> {
  const origin = env().APP_URL ? appUrl() : ((await currentRequest()).origin ?? appUrl());
  return `${origin}${API_BASE}`;
}
