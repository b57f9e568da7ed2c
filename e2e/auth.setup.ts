import { test as setup } from "@playwright/test";
import { authFile } from "./support/auth-state";
import { ROLE_NAMES } from "./support/db";
import { signInWithForm } from "./support/pages";

// Each role signs in through the form once per run; the specs start signed in from the saved
// session (support/pages.ts signIn). auth.spec.ts and the account specs still test the form itself.
for (const role of ROLE_NAMES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInWithForm(page, role);
    await page.context().storageState({ path: authFile(role) });
  });
}
