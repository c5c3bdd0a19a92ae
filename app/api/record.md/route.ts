// GET /api/record.md – our agreements and how they went, as a Markdown download (nothing private).
import { wordsFor } from "@/lib/i18n/translate";
import { routeOperation } from "@/lib/operations/route";
import { recordToMarkdown } from "@/lib/record/markdown";
import { getRecordOp } from "@/lib/record/operations";

export const dynamic = "force-dynamic";

export const GET = routeOperation(getRecordOp, undefined, (record) => {
  const day = new Date().toISOString().slice(0, 10);
  const name = wordsFor(record.locale, "record").t("page.fileName", { day });
  return new Response(recordToMarkdown(record), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      // An ASCII name for old clients, the reader's own (any letters) in filename* (RFC 6266).
      "Content-Disposition": `attachment; filename="our-agreements-${day}.md"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
});
