// The job worker alone (what instrumentation starts inside the app), for scripts/distribution/kill-test.ts.
import { startJobs } from "@/lib/jobs/worker";
void startJobs();
