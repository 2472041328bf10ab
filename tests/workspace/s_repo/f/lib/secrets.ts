// SDK: windmill-client 1.818.0 getVariable() fetches the variable from the Windmill API
import { getVariable } from "windmill-client";

export async function stripeKey(): Promise<string> {
  return await getVariable("f/billing/stripe_key");
}

export function redact(key: string): string {
  return key.length > 8 ? `${key.slice(0, 8)}…` : "…";
}
