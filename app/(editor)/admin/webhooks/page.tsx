import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { UserAdminOnly } from "@/components/user-admin-only";
import { WebhookActiveButton, WebhookCreateForm } from "@/components/webhook-forms";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/dal/distribution/webhooks";
import { createWebhookAction } from "@/lib/actions/webhooks/create";
import { setWebhookActiveAction } from "@/lib/actions/webhooks/set-active";

export const metadata: Metadata = { title: "Webhooks" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function WebhooksPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "webhooks.manage")) return <UserAdminOnly what="webhooks" />;
  const [endpoints, deliveries] = await Promise.all([listWebhookEndpoints(), listWebhookDeliveries()]);
  return (
    <>
      <h1>Webhooks</h1>
      <p>
        Each endpoint receives the open API&apos;s JSON of a release when it is published, updated, withdrawn or
        unpublished, signed per the Standard Webhooks specification (<code>webhook-id</code>,{" "}
        <code>webhook-timestamp</code>, <code>webhook-signature</code>). Failed deliveries are retried with growing
        delays for about a day; an endpoint that keeps failing is switched off and administrators get an email.
      </p>
      <h2>Add an endpoint</h2>
      <WebhookCreateForm action={createWebhookAction} />
      <h2>Endpoints</h2>
      {endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">State</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={e.id}>
                <td data-label="URL">
                  {e.url}
                  {e.description ? <div className="hint">{e.description}</div> : null}
                </td>
                <td data-label="Events">{e.events.join(", ")}</td>
                <td data-label="State">
                  {e.active ? "active" : `switched off${e.disabledReason ? `: ${e.disabledReason}` : ""}`}
                </td>
                <td data-label="Action">
                  <WebhookActiveButton action={setWebhookActiveAction} id={e.id} active={e.active} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Delivery log</h2>
      {deliveries.length === 0 ? (
        <p>Nothing delivered yet.</p>
      ) : (
        deliveries.map((d) => (
          <details key={d.id}>
            <summary>
              {when.format(d.createdAt)} UTC · {d.eventType} → {d.endpointUrl} · {d.status.toLowerCase()} · {d.attempts}{" "}
              attempt{d.attempts === 1 ? "" : "s"}
            </summary>
            {d.log.map((l) => (
              <div key={l.attempt}>
                <h3>
                  Attempt {l.attempt}: {l.status ?? l.error}
                </h3>
                <pre>{l.request}</pre>
                {l.response !== null ? <pre>{l.response}</pre> : null}
              </div>
            ))}
          </details>
        ))
      )}
    </>
  );
}
