import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { UserAdminOnly } from "@/components/user-admin-only";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listOutbox, readOutboxMessage } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<{ file?: string | string[] }> };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function OutboxPage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "outbox.view")) return <UserAdminOnly what="the outbox" />;
  const { file } = await searchParams;
  const open = typeof file === "string" ? await readOutboxMessage(file) : null;
  const items = await listOutbox();
  return (
    <>
      <h1>Outbox</h1>
      <p>
        {env().SMTP_URL
          ? "Mail goes to the SMTP server (SMTP_URL); this page shows only messages written before it was set."
          : "No SMTP_URL is set, so every email is written to the outbox directory instead of being sent. The newest are listed here."}
      </p>
      {open ? (
        <section aria-labelledby="message">
          <h2 id="message">{open.subject}</h2>
          <pre className="mail-headers">{open.headers}</pre>
          <pre className="mail-text">{open.text}</pre>
          <p>
            <Link href="/admin/outbox">Back to the outbox</Link>
          </p>
        </section>
      ) : null}
      {items.length === 0 ? (
        <p>The outbox is empty.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Written (UTC)</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.file}>
                <td data-label="Written">{when.format(item.at)}</td>
                <td data-label="To">{item.to}</td>
                <td data-label="Subject">
                  <Link href={`/admin/outbox?file=${item.file}`}>{item.subject || "(no subject)"}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
