// The app's notion of "now". Production reads the system clock; the e2e suite can shift it (only
// when PRESSROOM_TEST_HOOKS=1, through /api/test/clock) to test schedules and embargoes without sleeping.
// Kept on globalThis: route handlers, pages and the scheduler may each bundle their own copy of this module.
const state = globalThis as unknown as { __pressroomClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (state.__pressroomClockOffsetMs ?? 0));
}

export function setClockOffset(ms: number): void {
  state.__pressroomClockOffsetMs = ms;
}
