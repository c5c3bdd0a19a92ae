// `npm run db:seed` (never at boot): a demo couple with six weeks of shared life, for newcomers
// and for screens that need data. Refuses to run in production.
import "dotenv/config";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { DEMO, seedDemoCouple } from "./seed/demo-couple";

async function main() {
  if (env().NODE_ENV === "production") {
    console.error("[seed] NODE_ENV is production: the demo couple is for development and trying Steady out. Nothing was written.");
    process.exitCode = 1;
    return;
  }
  await seedDemoCouple();
  console.log("[seed] A demo couple with six weeks of agreements, check-ins, pauses and reviews is ready. Sign in as either:");
  for (const p of [DEMO.a, DEMO.b]) console.log(`[seed]   ${p.name}: ${p.email} / ${p.password}`);
}

main()
  .catch((err: unknown) => {
    console.error(`[seed] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
