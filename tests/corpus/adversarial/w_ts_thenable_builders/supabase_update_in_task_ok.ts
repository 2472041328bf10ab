// SDK: windmill-client 1.818.0 task() results are checkpointed; the supabase-js update runs inside the task's job only
import { task, workflow } from "windmill-client";
import { createClient } from "@supabase/supabase-js";

const createShippingLabel = task(async (orderId: string, address: string) => {
  const res = await fetch("https://labels.internal/labels", { method: "POST", body: JSON.stringify({ orderId, address }) });
  return ((await res.json()) as { trackingNumber: string }).trackingNumber;
});

const markShipped = task(async (supabaseUrl: string, serviceKey: string, orderId: string, trackingNumber: string) => {
  const supabase = createClient(supabaseUrl, serviceKey, { auth: { persistSession: false } });
  const { error } = await supabase
    .from("orders")
    .update({ status: "shipped", tracking_number: trackingNumber })
    .eq("id", orderId);
  if (error) throw new Error(error.message);
  return true;
});

export const main = workflow(async (supabaseUrl: string, serviceKey: string, orderId: string, address: string) => {
  const trackingNumber = await createShippingLabel(orderId, address);
  await markShipped(supabaseUrl, serviceKey, orderId, trackingNumber);
  return { orderId, trackingNumber };
});
