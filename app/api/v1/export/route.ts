import { jsonResponse } from "@/lib/api/errors";
import { getExportResult } from "@/lib/sheets/api";

export const dynamic = "force-dynamic";

/** The map as a RACI sheet (CSV) or JSON (README.md, RACI sheets; /api/v1/openapi.json). */
export async function GET(request: Request) {
  const result = await getExportResult(request);
  if (result.status !== 200) return jsonResponse(result.status, result.body);
  return new Response(result.body, {
    status: 200,
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
