import { hooks } from "./ts_hooks.ts";

hooks.deploy = async (payload) => {
  const response = await fetch("https://deploy.example/hook", {
    method: "POST",
    body: JSON.stringify(payload),
  });
  return response.status;
};

hooks.noop = async (payload) => payload;
