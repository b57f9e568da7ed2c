// IPTC ninjs ("News in JSON") 3.x for one public release, for newsroom systems that ingest wires.
// Pure: the route hands in plain data (a structural subset of the DAL's ReleaseDTO) and the site's
// address; nothing here reads the database, the request or the clock.
//
// Property names follow the ninjs 3.x JSON Schema (camelCase since 3.0: firstCreated, versionCreated,
// pubStatus, infoSources…), checked against ninjs-schema_3.3.json. Only properties that schema defines
// are produced, and lib/api/schemas.ts validates every document before it is sent.
import { countryName } from "./countries";
import { toOffsetIso } from "./dateline";
import { markdownToHtml } from "./feeds";
import { mediaContactOf, telHref } from "./media-contact";
import { ninjsAssociations, type NinjsAssociation } from "./ninjs-media";
import { versionAssociations, type NinjsVersionAssociation, type NinjsVersionRef } from "./ninjs-versions";
import type { ReaderMedia } from "./media/reader";
import type { ReleaseContent } from "./release-content";
import { releasePath } from "./release-path";
import { releaseDates, releaseDescription, releaseUrls } from "./structured-data";

const NINJS_VERSION = "3.3";
export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#";

/** IPTC Genre NewsCode for a press release (http://cv.iptc.org/newscodes/genre/). */
export const PRESS_RELEASE_GENRE = {
  name: "Press Release",
  uri: "http://cv.iptc.org/newscodes/genre/Press_Release",
} as const;

/** ninjs 3.x `pubStatus`: the schema's enum is usable | withheld | canceled (a withdrawal is "canceled"). */
export type NinjsPubStatus = "usable" | "withheld" | "canceled";

export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

/** The shape ninjs uses for people, organisations, places and subjects (the properties we fill). */
export interface NinjsEntity {
  name?: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsInfoSource {
  name?: string;
  role?: string;
  uri?: string;
}

export interface NinjsDocument {
  uri: string;
  standard: { name: "ninjs"; version: string; schema: string };
  type: "text";
  representationType: "full" | "partial";
  version?: string;
  firstCreated?: string;
  versionCreated: string;
  contentCreated?: string;
  pubStatus: NinjsPubStatus;
  language: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsText[];
  by?: string;
  located?: string;
  edNote?: string;
  people?: NinjsEntity[];
  organisations?: NinjsEntity[];
  places?: NinjsEntity[];
  subjects?: NinjsEntity[];
  genres?: Array<{ name: string; uri: string }>;
  infoSources?: NinjsInfoSource[];
  /** The release's pictures and attachments (issue 13), and its other language versions (issue 14). */
  associations?: Array<NinjsAssociation | NinjsVersionAssociation>;
}

export interface NinjsReleaseInput extends ReleaseContent {
  slug: string;
  /** Issue 14: the version's language, and for a translation its original (whose slug is its address). */
  language?: string;
  translationOf?: { slug: string } | null;
  /** Issue 14: every public version of the release, this one included (the original first). */
  versions?: readonly NinjsVersionRef[];
  /** The live edition's number: the ninjs `version` (a correction makes a new one). */
  editionNumber: number;
  publishedAt: Date | null;
  editionPublishedAt: Date | null;
  agreements: Array<{ parties: string[] }>;
  quotes: Array<{
    speaker: { name: string; slug: string };
    speakerRole: string | null;
    speakerOrganisation: string | null;
  }>;
  /** The live edition's images and attachments (issue 13); absent or empty: no associations. */
  media?: ReaderMedia[];
}

export interface NinjsContext {
  /** The site's origin without a trailing slash. */
  siteUrl: string;
  /** The publisher (this newsroom). */
  siteName: string;
}

const LANGUAGE = "en";

function standard(): NinjsDocument["standard"] {
  return { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_URI };
}

/** Organisations once each by name; one that plays several parts gets them all in `rel` ("issuer party"). */
function organisations(entries: Array<{ name: string; rel: string }>): NinjsEntity[] {
  const byName = new Map<string, { name: string; rels: string[] }>();
  for (const { name, rel } of entries) {
    const key = name.trim().toLowerCase();
    if (!key) continue;
    const entry = byName.get(key) ?? { name: name.trim(), rels: [] };
    if (!entry.rels.includes(rel)) entry.rels.push(rel);
    byName.set(key, entry);
  }
  return [...byName.values()].map((o) => ({ name: o.name, rel: o.rels.join(" ") }));
}

/**
 * A live release as a full ninjs item. The release page's URL is its `uri` (stable across corrections);
 * `version` is the live edition's number.
 */
export function releaseToNinjs(release: NinjsReleaseInput, context: NinjsContext): NinjsDocument {
  const path = releasePath({
    slug: release.slug,
    language: release.language ?? LANGUAGE,
    translationOf: release.translationOf ?? null,
  });
  const page = releaseUrls(context.siteUrl, release.slug, release.editionNumber, path).page;
  const dates = releaseDates(release);
  const description = releaseDescription(release);

  // Speakers once each; their role and organisation as given in this release go in `rel`, the only
  // place ninjs 3.x leaves for them ("quoted as Press Secretary, Ministry of …").
  const people = new Map<string, NinjsEntity>();
  for (const quote of release.quotes) {
    if (people.has(quote.speaker.slug)) continue;
    const as = [quote.speakerRole, quote.speakerOrganisation]
      .filter((part): part is string => Boolean(part))
      .join(", ");
    people.set(quote.speaker.slug, {
      name: quote.speaker.name,
      rel: as ? `quoted as ${as}` : "quoted",
      uri: `${context.siteUrl}/people/${quote.speaker.slug}`,
      literal: quote.speaker.slug,
    });
  }

  const places: NinjsEntity[] = [];
  if (release.datelinePlace) places.push({ name: release.datelinePlace, rel: "dateline" });
  for (const code of release.countries) places.push({ name: countryName(code), rel: "country", literal: code });

  const infoSources: NinjsInfoSource[] = [{ name: release.issuer, role: "originator" }];
  if (release.sourceCredit) infoSources.push({ name: release.sourceCredit, role: "credit" });
  infoSources.push({ name: context.siteName, role: "publisher", uri: context.siteUrl });

  const doc: NinjsDocument = {
    uri: page,
    standard: standard(),
    type: "text",
    representationType: "full",
    version: String(release.editionNumber),
    firstCreated: dates.published,
    versionCreated: dates.modified,
    // ninjs wants a date-time: a date-only dateline (issue 15) has none to give, so none is invented.
    ...(release.datelineOffsetMinutes === null
      ? {}
      : { contentCreated: toOffsetIso(release.datelineAt, release.datelineOffsetMinutes) }),
    pubStatus: "usable",
    language: release.language ?? LANGUAGE,
    headlines: [{ role: "main", value: release.headline }],
    bodies: [
      { role: "main", contentType: "text/markdown", value: release.body },
      { role: "main", contentType: "text/html", value: markdownToHtml(release.body) },
    ],
    by: release.issuer,
    genres: [{ ...PRESS_RELEASE_GENRE }],
    infoSources,
  };
  if (description) doc.descriptions = [{ role: "summary", contentType: "text/plain", value: description }];
  if (release.datelinePlace) doc.located = release.datelinePlace;
  // ninjs has no contact field: the media contact is a person with that relation (its address as
  // the uri) and, for the receiving desk, the editorial note wire services use for contact details.
  const contact = mediaContactOf(release);
  const contactPeople: NinjsEntity[] = [];
  if (contact) {
    const uri = contact.email ? `mailto:${contact.email}` : contact.phone ? telHref(contact.phone) : undefined;
    contactPeople.push({ name: contact.name, rel: "media contact", ...(uri ? { uri } : {}) });
    doc.edNote = `Media contact: ${[contact.name, contact.email, contact.phone].filter(Boolean).join(", ")}`;
  }
  const allPeople = [...people.values(), ...contactPeople];
  if (allPeople.length > 0) doc.people = allPeople;
  doc.organisations = organisations([
    { name: release.issuer, rel: "issuer" },
    ...release.agreements.flatMap((a) => a.parties.map((name) => ({ name, rel: "party" }))),
    ...release.quotes.flatMap((q) =>
      q.speakerOrganisation ? [{ name: q.speakerOrganisation, rel: "affiliation" }] : [],
    ),
  ]);
  if (places.length > 0) doc.places = places;
  if (release.topics.length > 0) doc.subjects = release.topics.map((topic) => ({ name: topic, rel: "topic" }));
  const associations = [
    ...ninjsAssociations(release.media ?? [], context.siteUrl),
    ...versionAssociations(release.versions ?? [], { translation: Boolean(release.translationOf) }, context.siteUrl),
  ];
  if (associations.length > 0) doc.associations = associations;
  return doc;
}

/**
 * A withdrawn release as a ninjs kill notice: pubStatus "canceled", the headline for identification,
 * the reason for the receiving desk, and none of the withdrawn content. A translation's notice is at
 * its own address and in its language (issue 14: `path`, `language`).
 */
export function withdrawnToNinjs(
  withdrawn: { slug: string; headline: string; reason: string; withdrawnAt: Date; path?: string; language?: string },
  context: NinjsContext,
): NinjsDocument {
  return {
    uri: releaseUrls(context.siteUrl, withdrawn.slug, 0, withdrawn.path).page,
    standard: standard(),
    type: "text",
    representationType: "partial",
    versionCreated: withdrawn.withdrawnAt.toISOString(),
    pubStatus: "canceled",
    language: withdrawn.language ?? LANGUAGE,
    headlines: [{ role: "main", value: withdrawn.headline }],
    edNote: withdrawn.reason ? `Withdrawn: ${withdrawn.reason}` : "Withdrawn.",
    genres: [{ ...PRESS_RELEASE_GENRE }],
    infoSources: [{ name: context.siteName, role: "publisher", uri: context.siteUrl }],
  };
}
