// SDK: windmill-client 1.818.0 taskScript(): one object argument is passed as the child's kwargs; f/growth/export_contacts takes list_id and format.
import { taskScript, workflow } from "windmill-client";

const exportContacts = taskScript("f/growth/export_contacts");
const archive = taskScript("f/growth/campaign_archive", { timeout: 600 });

export const main = workflow(async (listId: string, campaign: string) => {
  const contacts = await exportContacts({ list_id: listId, format: "json" });
  const archived = await archive({ campaign, dir: `/tmp/campaigns/${campaign}` });
  return { contacts: contacts?.url ?? null, archived };
});
