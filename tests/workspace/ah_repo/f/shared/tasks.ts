import { task } from "windmill-client";

export const rollback = task(async (service: string, toVersion: string) => {
  const res = await fetch(`https://deployer.internal.example/v1/${service}/rollback`, {
    method: "POST",
    body: JSON.stringify({ version: toVersion }),
  });
  if (!res.ok) throw new Error(`rollback of ${service} failed: ${res.status}`);
  return { service, version: toVersion };
});

export const notifyChannel = task(async (channel: string, text: string) => {
  await fetch("https://hooks.slack.example/sre", {
    method: "POST",
    body: JSON.stringify({ channel, text }),
  });
});

export const currentVersion = task(async (service: string) => {
  const res = await fetch(`https://deployer.internal.example/v1/${service}`);
  const body = await res.json();
  return body.version as string;
});
