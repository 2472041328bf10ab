// SDK: windmill-client 1.818.0 client.mjs: the module-level client only builds a configuration; the insert runs once inside the task.
import { createClient } from "@supabase/supabase-js";
import { task, workflow } from "windmill-client";

const supabase = createClient("https://x.supabase.co", "anon-key");
const enrich = task(async (email: string) => ({ email, company: "Acme" }));
const saveLead = task(async (email: string, company: string) => {
  const { error } = await supabase.from("leads").insert({ email, company });
  return { saved: !error };
});

export const main = workflow(async (email: string) => {
  const lead = await enrich(email);
  return await saveLead(lead.email, lead.company);
});
