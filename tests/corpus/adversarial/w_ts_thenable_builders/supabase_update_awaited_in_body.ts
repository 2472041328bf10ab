// SDK: windmill-client 1.818.0 replays the body each round; a supabase-js filter builder runs its request when awaited
import { task, workflow } from "windmill-client";
import { createClient } from "@supabase/supabase-js";

const createShippingLabel = task(async (orderId: string, address: string) => {
  const res = await fetch("https://labels.internal/labels", { method: "POST", body: JSON.stringify({ orderId, address }) });
  return ((await res.json()) as { trackingNumber: string }).trackingNumber;
});

export const main = workflow(async (supabaseUrl: string, serviceKey: string, orderId: string, address: string) => {
  const supabase = createClient(supabaseUrl, serviceKey, { auth: { persistSession: false } });
  const trackingNumber = await createShippingLabel(orderId, address);
  const { error } = await supabase // expect: WAC101
    .from("orders")
    .update({ status: "shipped", tracking_number: trackingNumber })
    .eq("id", orderId);
  if (error) throw new Error(error.message);
  return { orderId, trackingNumber };
});
