// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the insert runs again each round.
import { createClient } from "@supabase/supabase-js";
import { task, workflow } from "windmill-client";

const supabase = createClient("https://x.supabase.co", "anon-key");
const enrich = task(async (email: string) => ({ email, company: "Acme" }));

export const main = workflow(async (email: string) => {
  const lead = await enrich(email);
  await supabase.from("leads").insert(lead); // expect: WAC101
  return lead;
});
