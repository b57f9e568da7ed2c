import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuditFilters } from "@/components/audit-filters";
import { AuditPagination, AuditTable } from "@/components/audit-table";
import { UserAdminOnly } from "@/components/user-admin-only";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listAuditActions, listAuditEntries } from "@/lib/dal/audit";
import { listUsers } from "@/lib/dal/users";
import { parseAuditQuery, type SearchParams } from "@/lib/validation/user";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "audit.view")) return <UserAdminOnly what="the audit log" />;

  // Whatever the query string holds, this yields usable filters plus messages for what was dropped.
  const { values, filters, errors } = parseAuditQuery(await searchParams);
  const [page, users, actions] = await Promise.all([listAuditEntries(filters), listUsers(), listAuditActions()]);

  return (
    <>
      <h1>Audit log</h1>
      <AuditFilters values={values} errors={errors} users={users} actions={actions} />
      <AuditTable entries={page.entries} />
      <AuditPagination
        values={values}
        newer={page.newer}
        older={page.older}
        paged={Boolean(filters.before || filters.after)}
      />
    </>
  );
}
