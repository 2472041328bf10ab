// The team's layer over windmill-client: same names as the SDK, plus a log line.
import * as sdk from "windmill-client";
import { alert, logEvent } from "./log.ts";

export { task, taskScript, taskFlow, waitForApproval, workflow, getResumeUrls } from "windmill-client";

export async function step<T>(name: string, fn: () => T | Promise<T>) {
  logEvent("step", { name });
  return await sdk.step(name, fn);
}

export async function sleep(seconds: number): Promise<void> {
  logEvent("sleep", { seconds });
  await sdk.sleep(seconds);
}

export async function logStep<T>(name: string, fn: () => T | Promise<T>) {
  await alert(`step ${name} started`);
  return await sdk.step(name, fn);
}
