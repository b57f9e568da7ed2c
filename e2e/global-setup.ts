import { ensureUser, USERS } from "./support/db";
import { clearStallMarkers } from "./support/rendering";

// The seed made the admin; the editor and the writer are made here for the role journeys.
export default async function globalSetup() {
  clearStallMarkers();
  await ensureUser(USERS.editor.email, USERS.editor.name, "EDITOR");
  await ensureUser(USERS.writer.email, USERS.writer.name, "WRITER");
}
