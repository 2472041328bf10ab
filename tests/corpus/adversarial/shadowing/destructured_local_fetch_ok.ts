// SDK: windmill-client 1.818.0 client.mjs: replay re-runs the body; `fetch` destructured from the script's own in-memory cache object does no I/O.
import { task, workflow } from "windmill-client";

type Template = { id: string; subject: string; html: string };

const loadTemplates = task(async (brand: string): Promise<Template[]> => {
  const res = await fetch(`https://cms.example.com/api/brands/${brand}/templates`);
  return await res.json();
});

const sendCampaign = task(async (templateId: string, audience: string) => ({ templateId, audience, queued: true }));

function cacheOf(templates: Template[]) {
  const byId = new Map(templates.map((t) => [t.id, t]));
  return { fetch: (id: string) => byId.get(id), size: byId.size };
}

export const main = workflow(async (brand: string, templateId: string, audience: string) => {
  const { fetch, size } = cacheOf(await loadTemplates(brand));
  const template = fetch(templateId);
  if (!template) return { error: `unknown template among ${size}` };
  return await sendCampaign(template.id, audience);
});
