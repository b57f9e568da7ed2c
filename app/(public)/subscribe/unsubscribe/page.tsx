import type { Metadata } from "next";
import { verifySubscriberToken } from "@/lib/crypto/tokens";
import { unsubscribeAction } from "@/lib/actions/subscribe/manage";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string; invalid?: string }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done, invalid } = await searchParams;
  if (done)
    return (
      <div className="reading-column">
        <h1>You are unsubscribed</h1>
        <p>No more emails will be sent to this address.</p>
      </div>
    );
  if (invalid || !verifySubscriberToken(token))
    return (
      <div className="reading-column">
        <h1>This link does not work</h1>
        <p>Use the unsubscribe link from one of our emails.</p>
      </div>
    );
  return (
    <div className="reading-column">
      <h1>Unsubscribe</h1>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">Unsubscribe</button>
      </form>
    </div>
  );
}
