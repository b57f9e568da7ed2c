// A release's media contact (issue 12.6): the person journalists call about it. Stored as three
// nullable edition fields; every public view (page, JSON-LD, ninjs, API) reads it through
// mediaContactOf so "no contact" means the same thing everywhere.

export interface MediaContact {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface IssuerMediaContact extends MediaContact {
  issuer: string;
}

interface MediaContactFields {
  mediaContactName: string | null;
  mediaContactEmail: string | null;
  mediaContactPhone: string | null;
}

/** The contact, or null when the release names none (a name is required with an email or phone). */
export function mediaContactOf(release: MediaContactFields): MediaContact | null {
  if (!release.mediaContactName) return null;
  return { name: release.mediaContactName, email: release.mediaContactEmail, phone: release.mediaContactPhone };
}

const issuerKey = (issuer: string) => issuer.trim().replace(/\s+/g, " ").toLowerCase();

/** The contact of this issuer's last release, matched however the issuer's name was capitalised or spaced. */
export function defaultMediaContact(issuer: string, contacts: readonly IssuerMediaContact[]): MediaContact | null {
  const key = issuerKey(issuer);
  if (!key) return null;
  const found = contacts.find((c) => issuerKey(c.issuer) === key);
  return found ? { name: found.name, email: found.email, phone: found.phone } : null;
}

/** "tel:" needs the digits and a leading + only ("+994 (12) 492-92-27" → "tel:+994124929227"). */
export function telHref(phone: string): string {
  const [number] = phone.split(/\s*(?:ext\.?|x)\s*/i);
  return `tel:${(number ?? "").replace(/[^\d+]/g, "")}`;
}

/** The contact as the release form holds it (strings; "" for empty). */
export interface MediaContactValues {
  mediaContactName: string;
  mediaContactEmail: string;
  mediaContactPhone: string;
}

const asValues = (contact: MediaContact | null): MediaContactValues => ({
  mediaContactName: contact?.name ?? "",
  mediaContactEmail: contact?.email ?? "",
  mediaContactPhone: contact?.phone ?? "",
});

const sameValues = (a: MediaContactValues, b: MediaContactValues) =>
  a.mediaContactName.trim() === b.mediaContactName.trim() &&
  a.mediaContactEmail.trim() === b.mediaContactEmail.trim() &&
  a.mediaContactPhone.trim() === b.mediaContactPhone.trim();

/**
 * The form's contact after its Issuer changed from `before` to `after`: the new issuer's last contact
 * while the fields are empty or still hold the previous issuer's default; anything the writer typed
 * themselves is kept.
 */
export function contactAfterIssuerChange(
  current: MediaContactValues,
  before: string,
  after: string,
  contacts: readonly IssuerMediaContact[],
): MediaContactValues {
  const untouched =
    sameValues(current, asValues(null)) || sameValues(current, asValues(defaultMediaContact(before, contacts)));
  return untouched ? asValues(defaultMediaContact(after, contacts)) : current;
}
