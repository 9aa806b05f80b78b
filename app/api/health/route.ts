import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  return NextResponse.json(
    { status: result.ok ? "ok" : "error", database: result.kind },
    { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
