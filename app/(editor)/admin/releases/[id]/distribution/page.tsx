import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { EmbargoRequestForm, EmbargoSendButton } from "@/components/embargo-forms";
import {
  approveEmbargoSendAction,
  cancelEmbargoSendAction,
  requestEmbargoSendAction,
} from "@/lib/actions/embargo/send";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listContactLists } from "@/lib/dal/distribution/contacts";
import { getReleaseDistribution, RECIPIENTS_SHOWN } from "@/lib/dal/distribution/embargo";
import { getReleaseForEditor } from "@/lib/dal/releases";
import { formatInZone, formatUtcOffset, scheduleOffsetOf } from "@/lib/domain/dateline";

export const metadata: Metadata = { title: "Distribution" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; recipients?: string | string[] }>;
};

/** What an approval or a cancellation says once the page is back (the actions redirect here). */
function doneNotice(done: unknown, recipients: unknown): string | null {
  if (done === "cancelled") return "Send cancelled: nothing more will be sent.";
  if (done !== "approved") return null;
  const n = typeof recipients === "string" && /^\d{1,7}$/.test(recipients) ? Number(recipients) : 0;
  return `Approved: ${n} ${n === 1 ? "message is" : "messages are"} being sent.`;
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const CHANNEL: Record<string, string> = {
  ALERT: "alert",
  DIGEST: "daily digest",
  EMBARGO: "embargoed send",
  NOTICE: "notice",
};

/** A release's "Distribution" tab: who it was sent to, and sending it under embargo before publication. */
export default async function DistributionPage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { id } = await params;
  const release = id.length <= 64 ? await getReleaseForEditor(id) : null;
  if (!release) notFound();
  const [distribution, lists] = await Promise.all([getReleaseDistribution(release.id), listContactLists()]);
  const wf = release.workflow;
  const scheduled = release.status === "SCHEDULED" && wf.publishAt !== null && wf.publishAt > now();
  const zone = wf.publishZone ?? formatUtcOffset(scheduleOffsetOf(release.datelineOffsetMinutes));
  const { done, recipients } = await searchParams;
  const notice = doneNotice(done, recipients);
  return (
    <>
      <div className="page-head">
        <h1>Distribution: {release.headline}</h1>
        <nav aria-label="Release" className="inline-links">
          <Link href={`/admin/releases/${release.id}`}>Edit</Link>
          <Link href={`/admin/releases/${release.id}/history`}>History</Link>
        </nav>
      </div>

      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h2>Send under embargo</h2>
      {!scheduled ? (
        <p>
          A release can be sent to media lists before publication once it is scheduled: journalists get the full text
          and a private link, marked “EMBARGOED UNTIL” its publication time.
        </p>
      ) : !can(user.role, "embargo.request") ? (
        <p>Editors send scheduled releases under embargo.</p>
      ) : lists.length === 0 ? (
        <p>
          No media lists yet: add contacts and lists on <Link href="/admin/contacts">Contacts</Link>.
        </p>
      ) : (
        <>
          <p>
            Embargoed until {formatInZone(wf.publishAt!, zone)}. Another editor approves the send before anything goes
            out (two-person rule); each address receives this edition once.
          </p>
          <EmbargoRequestForm action={requestEmbargoSendAction} releaseId={release.id} lists={lists} />
        </>
      )}

      <h2>Embargoed sends</h2>
      {distribution.sends.length === 0 ? (
        <p>None.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Lists</th>
              <th scope="col">Edition</th>
              <th scope="col">Asked for</th>
              <th scope="col">State</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {distribution.sends.map((s) => (
              <tr key={s.id}>
                <td data-label="Lists">{s.lists.join(", ")}</td>
                <td data-label="Edition">{s.editionNumber ?? "—"}</td>
                <td data-label="Asked for">
                  {s.requestedByName ?? "—"}, {when.format(s.requestedAt)} UTC
                </td>
                <td data-label="State">
                  {s.status === "APPROVED"
                    ? `approved by ${s.approvedByName ?? "—"}${s.approvedAt ? `, ${when.format(s.approvedAt)} UTC` : ""}`
                    : s.status === "REQUESTED"
                      ? "awaiting approval"
                      : "cancelled"}
                </td>
                <td data-label="Action">
                  {s.status === "REQUESTED" && s.requestedById !== user.id && can(user.role, "embargo.approve") ? (
                    <EmbargoSendButton
                      action={approveEmbargoSendAction}
                      releaseId={release.id}
                      sendId={s.id}
                      label="Approve send"
                    />
                  ) : null}
                  {s.status !== "CANCELLED" && can(user.role, "embargo.request") ? (
                    <EmbargoSendButton
                      action={cancelEmbargoSendAction}
                      releaseId={release.id}
                      sendId={s.id}
                      label="Cancel send"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="recipients-heading">Recipients</h2>
      {distribution.total === 0 ? (
        <p>Nothing has been sent about this release.</p>
      ) : (
        <>
          <p>
            {distribution.counts
              .map((c) => `${c.count} ${CHANNEL[c.channel] ?? c.channel} ${c.status.toLowerCase()}`)
              .join(" · ")}
            {distribution.total > RECIPIENTS_SHOWN ? ` (the newest ${RECIPIENTS_SHOWN} are listed)` : ""}
          </p>
          <table className="data" aria-labelledby="recipients-heading">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Message</th>
                <th scope="col">Status</th>
                <th scope="col">Sent</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {distribution.recipients.map((r, i) => (
                <tr key={`${r.email}-${r.channel}-${i}`}>
                  <td data-label="Recipient">{r.email}</td>
                  <td data-label="Message">{CHANNEL[r.channel] ?? r.channel}</td>
                  <td data-label="Status">{r.status.toLowerCase()}</td>
                  <td data-label="Sent">{r.sentAt ? `${when.format(r.sentAt)} UTC` : "—"}</td>
                  <td data-label="Last error">{r.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
