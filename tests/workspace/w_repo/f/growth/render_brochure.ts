// SDK: windmill-client 1.818.0 taskScript(): one object argument is the child's kwargs; a single string argument becomes { arg0: ... }, which f/growth/export_contacts's main does not take.
import { taskScript, workflow } from "windmill-client";

const exportContacts = taskScript("f/growth/export_contacts");
const renderPdf = taskScript("f/growth/render_pdf", { timeout: 600 }); // expect: WAC401

export const main = workflow(async (listId: string, template: string) => {
  const contacts = await exportContacts(listId); // expect: WAC301
  const pdf = await renderPdf({ template, source: contacts.url });
  return { contacts: contacts.url, pdf };
});
