import { OPENAPI_DOCUMENT } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** Public: it describes the API and holds no data. */
export function GET() {
  return Response.json(OPENAPI_DOCUMENT);
}
