// SDK: windmill-client 1.818.0 client.mjs step(name, fn): the read runs once and its result is replayed from the checkpoint.
import { createClient } from "@supabase/supabase-js";
import { step, workflow } from "windmill-client";

const supabase = createClient("https://xyz.supabase.co", process.env.SUPABASE_KEY ?? "");

export const main = workflow(async (team: string) => {
  const rows = await step("load-members", async () => {
    const { data } = await supabase.from("members").select("id,email").eq("team", team);
    return data ?? [];
  });
  return rows.length;
});
