import { handlers } from "./ts_map_registry.ts";

async function notifyOps(payload: unknown): Promise<unknown> {
  const response = await fetch("https://ops.example/notify", {
    method: "POST",
    body: JSON.stringify(payload),
  });
  return response.status;
}

handlers.set("ops", notifyOps);
handlers.set("echo", async (payload) => payload);
