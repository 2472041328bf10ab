// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; a supabase insert in the body adds a row each round.
import { createClient } from "@supabase/supabase-js";
import { task, workflow } from "windmill-client";

const supabase = createClient("https://xyz.supabase.co", process.env.SUPABASE_KEY ?? "");
const classify = task(async (text: string) => ({ text, label: text.includes("refund") ? "billing" : "other" }));

export const main = workflow(async (text: string) => {
  const c = await classify(text);
  await supabase.from("tickets").insert({ text: c.text, label: c.label }); // expect: WAC101
  return c;
});
