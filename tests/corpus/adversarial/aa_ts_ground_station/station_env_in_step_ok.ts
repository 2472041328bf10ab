// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the callback runs once and its result is replayed from the checkpoint, so the environment is read once for the whole run.
import { task, step, workflow } from "windmill-client";

const scheduleContact = task(async function scheduleContact(station: string, scid: number, band: string) {
  const res = await fetch(`https://scheduler.internal/api/contacts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ station, scid, band }),
  });
  return (await res.json()) as { contact_id: string };
});

const archiveContact = task(async function archiveContact(contactId: string, bucket: string) {
  const target = Bun.env.ARCHIVE_HOST ?? "archive.internal";
  await fetch(`https://${target}/${bucket}/contacts/${contactId}`, { method: "PUT" });
  return { archived: contactId };
});

export const main = workflow(async (scid: number, band: "S" | "X" = "S") => {
  const cfg = await step("station_config", () => ({
    station: Bun.env.GS_DEFAULT_STATION ?? "svalbard-1",
    archive: process.env["GS_ARCHIVE_ENABLED"] === "1",
  }));
  const contact = await scheduleContact(cfg.station, scid, band);
  if (cfg.archive) {
    await archiveContact(contact.contact_id, "contacts-archive");
  }
  return await step("done", () => ({ contact: contact.contact_id, station: cfg.station }));
});
