import { register } from "./ts_registry.ts";

register("hook", async (payload) => {
  const response = await fetch("https://hooks.example/in", {
    method: "POST",
    body: JSON.stringify(payload),
  });
  return response.status;
});

register("echo", async (payload) => payload);
