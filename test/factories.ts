// Shared by the unit tests that write releases.

/**
 * Test releases are not written to agree with their bodies (countries named, speakers quoted …), so
 * steps behind the consistency gate (submit, schedule, publish) give this reason to go ahead anyway,
 * the way an editor would. Tests of the gate itself pass no reason.
 */
export const TEST_OVERRIDE = "unit-test data: structure not checked against the body";
