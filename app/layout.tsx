import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import Link from "@/components/ui/link";
import { getSessionUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Throughline", template: "%s · Throughline" },
  description: "Who owns each moment of your customer's journey.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the session also makes every page dynamic, which the per-request CSP nonce (proxy.ts) needs.
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-screen-2xl items-center gap-6 px-6 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
              Throughline
            </Link>
            {user ? (
              <div className="ml-auto flex items-center gap-3 text-sm">
                <span className="text-slate-700">
                  Signed in as{" "}
                  <Link href="/account" className="font-medium text-slate-900 hover:underline">
                    {user.name}
                  </Link>
                </span>
                <SignOutButton />
              </div>
            ) : null}
          </div>
        </header>
        <main id="main" className="mx-auto max-w-screen-2xl px-6 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
