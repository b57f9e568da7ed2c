import "server-only";
import { Prisma } from "@prisma/client";
import { db, type Tx } from "../db";
import { AUDIT_PAGE_SIZE, encodeAuditCursor, type AuditCursor, type AuditFilters } from "../validation/user";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out_everywhere"
  | "release.create"
  | "release.save"
  | "release.publish"
  | "release.unpublish"
  | "release.submit"
  | "release.approve"
  | "release.reject"
  | "release.schedule"
  | "release.publish_due"
  | "release.force_publish"
  | "release.withdraw"
  | "release.authors"
  | "release.confirm_review"
  | "release.consistency_override"
  | "release.translate"
  | "release.translation_confirmed"
  | "release.preview_create"
  | "release.preview_revoke"
  | "user.create"
  | "user.role_change"
  | "user.deactivate"
  | "user.reactivate"
  | "user.password_change"
  | "webhook.create"
  | "webhook.enable"
  | "webhook.disable"
  | "webhook.delete"
  | "embargo.request"
  | "embargo.approve"
  | "media.replace"
  | "media.delete"
  | "embargo.cancel"
  | "contacts.import"
  | "contacts.delete"
  | "contacts.list_create"
  | "contacts.list_delete";

export interface AuditInput {
  action: AuditAction;
  actorId?: string | null;
  releaseId?: string | null;
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log; inside a transaction when given one, so the entry lands with the change. */
export async function recordAudit(entry: AuditInput, tx?: Tx): Promise<void> {
  await (tx ?? db()).auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      releaseId: entry.releaseId ?? null,
      detail: entry.detail,
    },
  });
}

// ---------- reading the log (admin audit page) ----------

export interface AuditEntryDTO {
  id: string;
  action: string;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  /** The release and its newest edition's headline, when the entry is about a release. */
  release: { id: string; headline: string | null } | null;
  /** Top-level detail fields as text, in stored order. */
  detail: Array<{ key: string; value: string }>;
}

export interface AuditPage {
  entries: AuditEntryDTO[];
  /** Cursors for the neighbouring pages; null when there is none. */
  newer: string | null;
  older: string | null;
}

const entrySelect = {
  id: true,
  action: true,
  createdAt: true,
  detail: true,
  actor: { select: { id: true, name: true, email: true } },
  release: { select: { id: true, editions: { orderBy: { number: "desc" }, take: 1, select: { headline: true } } } },
} satisfies Prisma.AuditEntrySelect;

// Defence in depth: no audit entry should ever carry a secret, but if one did it is not shown.
const SECRET_KEY = /password|hash|secret|token/i;

function detailFields(detail: Prisma.JsonValue | null): AuditEntryDTO["detail"] {
  if (detail === null || detail === undefined) return [];
  if (typeof detail !== "object" || Array.isArray(detail)) return [{ key: "detail", value: JSON.stringify(detail) }];
  return Object.entries(detail)
    .filter(([key]) => !SECRET_KEY.test(key))
    .map(([key, value]) => ({ key, value: typeof value === "string" ? value : JSON.stringify(value) }));
}

function toEntryDTO(row: Prisma.AuditEntryGetPayload<{ select: typeof entrySelect }>): AuditEntryDTO {
  return {
    id: row.id,
    action: row.action,
    createdAt: row.createdAt,
    actor: row.actor,
    release: row.release ? { id: row.release.id, headline: row.release.editions[0]?.headline ?? null } : null,
    detail: detailFields(row.detail),
  };
}

function filterWhere(filters: AuditFilters): Prisma.AuditEntryWhereInput[] {
  const where: Prisma.AuditEntryWhereInput[] = [];
  if (filters.userId) {
    where.push({ OR: [{ actorId: filters.userId }, { detail: { path: ["userId"], equals: filters.userId } }] });
  }
  if (filters.action) where.push({ action: filters.action });
  if (filters.release) {
    where.push({
      release: {
        OR: [
          { id: filters.release },
          { editions: { some: { headline: { contains: filters.release, mode: "insensitive" } } } },
        ],
      },
    });
  }
  if (filters.from) where.push({ createdAt: { gte: filters.from } });
  if (filters.toExclusive) where.push({ createdAt: { lt: filters.toExclusive } });
  return where;
}

/** Entries strictly older (or newer) than the cursor, in (createdAt, id) order. */
function cursorWhere(cursor: AuditCursor, direction: "lt" | "gt"): Prisma.AuditEntryWhereInput {
  return {
    OR: [
      { createdAt: { [direction]: cursor.createdAt } },
      { createdAt: cursor.createdAt, id: { [direction]: cursor.id } },
    ],
  };
}

/**
 * One page of the append-only log, newest first, with keyset pagination on (createdAt, id): pages
 * stay stable while new entries arrive, and a deep page costs the same as the first.
 */
export async function listAuditEntries(filters: AuditFilters): Promise<AuditPage> {
  const where = filterWhere(filters);
  const goingNewer = Boolean(filters.after && !filters.before);
  if (filters.before) where.push(cursorWhere(filters.before, "lt"));
  else if (filters.after) where.push(cursorWhere(filters.after, "gt"));
  const order = goingNewer ? "asc" : "desc";

  const rows = await db().auditEntry.findMany({
    where: { AND: where },
    select: entrySelect,
    orderBy: [{ createdAt: order }, { id: order }],
    take: AUDIT_PAGE_SIZE + 1, // one more than shown: tells whether another page follows
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (goingNewer) page.reverse();
  const entries = page.map(toEntryDTO);
  const cursorOf = (entry: AuditEntryDTO | undefined) => (entry ? encodeAuditCursor(entry) : null);

  // Coming from a cursor means the page on that side exists (unless this page is empty).
  const newer = goingNewer ? (more ? cursorOf(entries[0]) : null) : filters.before ? cursorOf(entries[0]) : null;
  const older = goingNewer ? cursorOf(entries.at(-1)) : more ? cursorOf(entries.at(-1)) : null;
  return { entries, newer, older };
}

/** The actions present in the log, for the filter's choices (new kinds of entry appear by themselves). */
export async function listAuditActions(): Promise<string[]> {
  // GROUP BY in SQL (Prisma's `distinct` would read every row and de-duplicate in memory).
  const rows = await db().auditEntry.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
