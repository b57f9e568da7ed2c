import { ensureUser, USERS } from "./support/db";

// The seed made the admin; the editor and the writer are made here for the role journeys.
export default async function globalSetup() {
  await ensureUser(USERS.editor.email, USERS.editor.name, "EDITOR");
  await ensureUser(USERS.writer.email, USERS.writer.name, "WRITER");
}
