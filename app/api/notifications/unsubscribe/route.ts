// The unsubscribe endpoint: the one-click POST of RFC 8058 (List-Unsubscribe-Post) and the confirmation form of
// /unsubscribe both land here. A GET only shows that page: mail scanners fetch links, and must not unsubscribe.
import { type NextRequest, NextResponse } from "next/server";
import { applyUnsubscribeLink } from "@/lib/notifications/unsubscribe";

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const ok = await applyUnsubscribeLink(token);
  if (!ok) return new NextResponse("This unsubscribe link is not valid.", { status: 400 });
  // A mail client's one-click POST just needs a success; a person's form post goes back to the page.
  const isForm = request.headers.get("content-type")?.includes("application/x-www-form-urlencoded") ?? false;
  const body = isForm ? await request.formData() : null;
  if (body?.get("List-Unsubscribe") === "One-Click" || !isForm)
    return new NextResponse("Unsubscribed.", { status: 200 });
  const page = new URL("/unsubscribe", request.nextUrl);
  page.searchParams.set("token", token);
  page.searchParams.set("done", "1");
  return NextResponse.redirect(page, 303);
}

export function GET(request: NextRequest) {
  const page = new URL("/unsubscribe", request.nextUrl);
  page.search = request.nextUrl.search;
  return NextResponse.redirect(page, 303);
}
