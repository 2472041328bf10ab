export async function main(
  channel: string,
  text: string,
  severity: "info" | "page" = "info",
) {
  const hook = Deno.env.get("OPS_WEBHOOK") ?? "";
  const prefix = severity === "page" ? ":rotating_light: " : "";
  const res = await fetch(hook, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ channel, text: prefix + text }),
  });
  return { delivered: res.ok, status: res.status };
}
