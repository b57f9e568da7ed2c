import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContactAddForm, ContactDeleteButton, ContactImportForm, ContactListForm } from "@/components/contact-forms";
import { UserAdminOnly } from "@/components/user-admin-only";
import { addContactAction } from "@/lib/actions/contacts/add-contact";
import { createContactListAction } from "@/lib/actions/contacts/create-list";
import { deleteContactAction, deleteContactListAction } from "@/lib/actions/contacts/delete-contact";
import { importContactsAction } from "@/lib/actions/contacts/import-contacts";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listContactLists, listContacts } from "@/lib/dal/distribution/contacts";

export const metadata: Metadata = { title: "Media contacts" };

type Props = { searchParams: Promise<{ q?: string | string[]; list?: string | string[] }> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : "");

export default async function ContactsPage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "contacts.manage")) return <UserAdminOnly what="media contacts" who="editors and admins" />;
  const params = await searchParams;
  const q = one(params.q);
  const lists = await listContactLists();
  const list = lists.find((l) => l.id === one(params.list)) ?? null;
  const contacts = await listContacts({ q, listId: list?.id });
  return (
    <>
      <h1>Media contacts</h1>
      <p>
        Journalists and newsrooms who receive releases under embargo (“Send under embargo” on a scheduled release).{" "}
        <a href="/admin/contacts/export" download>
          Export CSV
        </a>
      </p>

      <h2>Lists</h2>
      {lists.length === 0 ? (
        <p>No lists yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Members</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id}>
                <td data-label="List">
                  <Link href={`/admin/contacts?list=${l.id}`}>{l.name}</Link>
                </td>
                <td data-label="Members">{l.members}</td>
                <td data-label="Action">
                  <ContactDeleteButton
                    action={deleteContactListAction}
                    field="listId"
                    id={l.id}
                    label={`Delete list ${l.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ContactListForm action={createContactListAction} />

      <h2>Add a contact</h2>
      <ContactAddForm action={addContactAction} lists={lists.map((l) => l.name)} />

      <h2>Import from CSV</h2>
      <ContactImportForm action={importContactsAction} />

      <h2 id="contacts-heading">{list ? `Contacts in “${list.name}”` : "Contacts"}</h2>
      <form method="get" role="search" aria-label="Contacts" className="inline-form">
        {list ? <input type="hidden" name="list" value={list.id} /> : null}
        <div className="field">
          <label htmlFor="contacts-q">Search contacts</label>
          <input id="contacts-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit">Search</button>
        {q || list ? <Link href="/admin/contacts">Show all</Link> : null}
      </form>
      {contacts.length === 0 ? (
        <p>No contacts{q || list ? " match" : " yet"}.</p>
      ) : (
        <table className="data" aria-labelledby="contacts-heading">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Outlet</th>
              <th scope="col">Email</th>
              <th scope="col">Languages</th>
              <th scope="col">Beats</th>
              <th scope="col">Lists</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td data-label="Name">{c.name}</td>
                <td data-label="Outlet">{c.outlet}</td>
                <td data-label="Email">{c.email}</td>
                <td data-label="Languages">{c.languages.join(", ")}</td>
                <td data-label="Beats">{c.beats.join(", ")}</td>
                <td data-label="Lists">{c.lists.join(", ")}</td>
                <td data-label="Action">
                  <ContactDeleteButton
                    action={deleteContactAction}
                    field="contactId"
                    id={c.id}
                    label={`Delete ${c.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
