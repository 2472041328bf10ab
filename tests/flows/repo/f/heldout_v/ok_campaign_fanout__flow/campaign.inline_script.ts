type Notion = { token: string };

export async function main(notion: Notion, page_id: string) {
  const headers = { Authorization: `Bearer ${notion.token}`, "Notion-Version": "2022-06-28" };
  const page = await (await fetch(`https://api.notion.com/v1/pages/${page_id}`, { headers })).json();
  const title: string = page.properties.Name.title.map((t: { plain_text: string }) => t.plain_text).join("");
  const teaser: string = page.properties.Teaser.rich_text.map((t: { plain_text: string }) => t.plain_text).join("");
  const blocks = await (await fetch(`https://api.notion.com/v1/blocks/${page_id}/children`, { headers })).json();
  const html = blocks.results
    .filter((b: { type: string }) => b.type === "paragraph")
    .map((b: any) => `<p>${b.paragraph.rich_text.map((t: { plain_text: string }) => t.plain_text).join("")}</p>`)
    .join("\n");
  return { title, teaser, html };
}
