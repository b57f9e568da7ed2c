import type { Metadata } from "next";
import { SubscribeForm } from "@/components/subscribe-form";
import { cachedFacets } from "@/lib/dal/public/cache";
import { countryName } from "@/lib/domain/countries";
import { CONSENT_TEXT } from "@/lib/validation/subscribe";
import { subscribeAction } from "@/lib/actions/subscribe/subscribe";

export const metadata: Metadata = { title: "Subscribe" };

export default async function SubscribePage() {
  const facets = await cachedFacets();
  return (
    <div className="reading-column">
      <h1>Subscribe to press releases</h1>
      <p>Get an email when a release you follow is published. You will first receive a link to confirm.</p>
      <SubscribeForm
        action={subscribeAction}
        countries={facets.countries.map((code) => ({ code, name: countryName(code) }))}
        issuers={facets.issuers}
        initial={{ email: "", everything: false, countries: [], issuers: [], topics: [], frequency: "IMMEDIATE" }}
        consentText={CONSENT_TEXT}
        submitLabel="Subscribe"
      />
    </div>
  );
}
