import { unreachable, withClient } from "../connection-check";
import { withDatabase } from "../target";

/**
 * Creates the database named by `url` when the server says it does not exist, as
 * `prisma migrate deploy` does. Returns whether it was created.
 */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw unreachable(url, error);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  try {
    await withClient(withDatabase(url, "postgres"), (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    return true;
  } catch (error) {
    // A concurrent deploy created it first (duplicate database, or the catalog's unique index).
    if (["42P04", "23505"].includes((error as { code?: string }).code ?? "")) return false;
    throw error;
  }
}
