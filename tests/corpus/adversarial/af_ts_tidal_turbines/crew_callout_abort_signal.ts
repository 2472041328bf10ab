// SDK: windmill-client 1.818.0 client.mjs: taskScript sends its one object argument as the step's args in the suspend payload (JSON); an AbortSignal serializes to {}, so the script gets `signal: {}` and its fetch(..., { signal }) throws a TypeError
import { taskScript, workflow, waitForApproval, step, getResumeUrls } from "windmill-client";

// An LLM agent wrapped the old Node callout service's options object as-is.
const pageCrew = taskScript("f/marine/page_crew");
const bookVessel = taskScript("f/marine/book_vessel", { timeout: 900 });

type Callout = { turbine: string; fault: string; severity: "amber" | "red" };

export const main = workflow(async (callout: Callout, supervisor: string) => {
  const urls = await step("supervisor_urls", () => getResumeUrls(supervisor));
  const controller = new AbortController();
  const paged = await pageCrew({
    turbine: callout.turbine,
    message: `${callout.severity.toUpperCase()} ${callout.fault} on ${callout.turbine}`,
    approvalPage: urls.approvalPage,
    signal: controller.signal, // expect: WAC107
  });
  const go = await waitForApproval({ timeout: 2 * 3600 });
  if (!go.approved) {
    return { turbine: callout.turbine, paged, vessel: null };
  }
  const vessel = await bookVessel({ turbine: callout.turbine, crew: paged.crew });
  return { turbine: callout.turbine, paged, vessel };
});
