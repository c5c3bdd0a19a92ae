import "dotenv/config";
import { defineConfig } from "prisma/config";

// env("DATABASE_URL") would throw when unset and break `prisma generate` on a fresh clone.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
