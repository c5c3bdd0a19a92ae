// GET /api/me/export – everything I can see and wrote, as a JSON download.
import { exportDataOp } from "@/lib/accounts/operations";
import { routeOperation } from "@/lib/operations/route";

export const dynamic = "force-dynamic";

export const GET = routeOperation(exportDataOp, undefined, (data) => {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="steady-export-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
