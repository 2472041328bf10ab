type Notion = { token: string };

export async function main(notion: Notion, page_id: string, newsletter_id: string, crm_list_id: string | null) {
  const res = await fetch(`https://api.notion.com/v1/pages/${page_id}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${notion.token}`, "Notion-Version": "2022-06-28", "Content-Type": "application/json" },
    body: JSON.stringify({
      properties: {
        Status: { select: { name: "Launched" } },
        "Mailchimp ID": { rich_text: [{ text: { content: newsletter_id } }] },
        "HubSpot list": { rich_text: [{ text: { content: crm_list_id ?? "-" } }] },
      },
    }),
  });
  if (!res.ok) throw new Error(`Notion: ${res.status}`);
  return { page_id };
}
