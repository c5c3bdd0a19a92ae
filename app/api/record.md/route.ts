// GET /api/record.md – our agreements and how they went, as a Markdown download (nothing private).
import { routeOperation } from "@/lib/operations/route";
import { recordToMarkdown } from "@/lib/record/markdown";
import { getRecordOp } from "@/lib/record/operations";

export const dynamic = "force-dynamic";

export const GET = routeOperation(getRecordOp, undefined, (record) => {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(recordToMarkdown(record), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="our-agreements-${day}.md"`,
      "Cache-Control": "no-store",
    },
  });
});
