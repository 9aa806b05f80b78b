import "server-only";
// The one way out to the mail server (SMTP_URL). Without it, email is off: nothing is planned or sent.
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { getEnv } from "../env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per notification, so a mail sent again after a crash is recognisable as the same one. */
  messageId: string;
  /** The one-click unsubscribe address (RFC 8058). */
  unsubscribeUrl: string;
};

export type Mailer = { send(mail: OutgoingMail): Promise<void> };

let cached: { url: string; mailer: Mailer } | undefined;

export function isEmailEnabled(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/** The mailer for SMTP_URL, or null when email is not set up. */
export function getMailer(): Mailer | null {
  const { SMTP_URL: url, MAIL_FROM: from } = getEnv();
  if (!url) return null;
  if (cached?.url === url) return cached.mailer;
  // Short timeouts: a slow server delays the worker's other jobs, and a failed send is simply retried.
  const transport = nodemailer.createTransport(
    new SMTPTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
  );
  const mailer: Mailer = {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: {
          "List-Unsubscribe": `<${mail.unsubscribeUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "Auto-Submitted": "auto-generated",
        },
      });
    },
  };
  cached = { url, mailer };
  return mailer;
}
