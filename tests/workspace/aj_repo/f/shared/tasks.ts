// Tasks shared by the TypeScript lab workflows.
import { task, taskScript } from "windmill-client";
import { send } from "./fhir.ts";
import type { Resource } from "./fhir.ts";
import notify from "./notify.ts";

export const postBundle = task(async (bundle: Resource) => {
  return await send(bundle);
});

export const pageClinician = task(async (clinicianId: string, text: string, urgency: string = "routine") => {
  return await notify.page(clinicianId, text, urgency);
});

export const consentLookup = taskScript("f/lab_ops/consent_lookup");
