import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per call (cached) rather than at import, so building the app needs no secret.
const handler = (request: NextRequest, context: Context) => NextAuth(request, context, getAuthOptions());

export { handler as GET, handler as POST };
