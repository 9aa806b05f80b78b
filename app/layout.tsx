import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Throughline", template: "%s · Throughline" },
  description: "Who owns each moment of your customer's journey.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
          </div>
        </header>
        <main id="main" className="mx-auto max-w-screen-2xl px-6 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
