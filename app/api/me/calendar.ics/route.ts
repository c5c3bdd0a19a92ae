// GET /api/me/calendar.ics – my check-in and review times as a one-off .ics download.
import { downloadCalendarOp } from "@/lib/calendar/operations";
import { ICS_CONTENT_TYPE, ICS_FILENAME } from "@/lib/calendar/constants";
import { routeOperation } from "@/lib/operations/route";

export const dynamic = "force-dynamic";

export const GET = routeOperation(
  downloadCalendarOp,
  undefined,
  ({ ics }) =>
    new Response(ics, {
      headers: {
        "Content-Type": ICS_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${ICS_FILENAME}"`,
        "Cache-Control": "no-store",
      },
    }),
);
