import type { Metadata } from "next";
import { connection } from "next/server";
import { SubscribeForm } from "@/components/subscribe-form";
import { getSubscriber } from "@/lib/dal/distribution/subscribers";
import { cachedFacets } from "@/lib/dal/public/cache";
import { countryName } from "@/lib/domain/countries";
import { verifySubscriberToken } from "@/lib/crypto/tokens";
import { deleteSubscriberAction, unsubscribeAction, updatePreferencesAction } from "@/lib/actions/subscribe/manage";

export const metadata: Metadata = { title: "Your subscription", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string; deleted?: string }> };

export default async function PreferencesPage({ searchParams }: Props) {
  await connection();
  const { token, deleted } = await searchParams;
  if (deleted)
    return (
      <div className="reading-column">
        <h1>Your data is deleted</h1>
        <p>We no longer hold your address or anything sent to it.</p>
      </div>
    );
  const id = verifySubscriberToken(token);
  const subscriber = id ? await getSubscriber(id) : null;
  if (!subscriber || !token)
    return (
      <div className="reading-column">
        <h1>This link does not work</h1>
        <p>Use the link from one of our emails.</p>
      </div>
    );
  const facets = await cachedFacets();
  return (
    <div className="reading-column">
      <h1>Your subscription</h1>
      <p>
        {subscriber.email} ·{" "}
        {subscriber.status === "CONFIRMED"
          ? "subscribed"
          : subscriber.status === "PENDING"
            ? "waiting for confirmation"
            : "unsubscribed"}
      </p>
      <SubscribeForm
        action={updatePreferencesAction}
        token={token}
        countries={facets.countries.map((code) => ({ code, name: countryName(code) }))}
        issuers={[...new Set([...facets.issuers, ...subscriber.issuers])]}
        initial={{ ...subscriber, email: subscriber.email }}
        submitLabel="Save my choices"
      />
      <h2>Your data</h2>
      <p>
        <a href={`/api/subscribe/export?token=${token}`} download>
          Download my data
        </a>
      </p>
      {subscriber.status !== "UNSUBSCRIBED" ? (
        <form action={unsubscribeAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit">Unsubscribe</button>
        </form>
      ) : null}
      <form action={deleteSubscriberAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="danger">
          Delete my data
        </button>
      </form>
    </div>
  );
}
