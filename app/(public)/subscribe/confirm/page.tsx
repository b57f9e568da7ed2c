import type { Metadata } from "next";
import { connection } from "next/server";
import { isValidConfirmToken } from "@/lib/dal/distribution/subscribers";
import { confirmSubscriptionAction } from "@/lib/actions/subscribe/manage";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string; invalid?: string }> };

// Opening the link shows a button: mail scanners that fetch links must not subscribe anyone.
export default async function ConfirmPage({ searchParams }: Props) {
  await connection();
  const { token, done, invalid } = await searchParams;
  if (done) return <Notice title="Subscription confirmed" text="You will receive the releases you chose." />;
  const valid = !invalid && typeof token === "string" && token.length < 100 && (await isValidConfirmToken(token));
  if (!valid)
    return (
      <Notice
        title="This confirmation link does not work"
        text="It may have expired (links last 48 hours) or been used already. Subscribe again to get a new one."
      />
    );
  return (
    <div className="reading-column">
      <h1>Confirm your subscription</h1>
      <form action={confirmSubscriptionAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">Confirm subscription</button>
      </form>
    </div>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <div className="reading-column">
      <h1>{title}</h1>
      <p>{text}</p>
    </div>
  );
}
