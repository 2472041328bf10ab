import * as wmill from "windmill-client";

export async function main(cursor: string | null, since: number) {
  const zd = await wmill.getResource("f/support/zendesk");
  const url = cursor
    ? `https://${zd.subdomain}.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=${cursor}`
    : `https://${zd.subdomain}.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time=${since}`;
  const resp = await fetch(url, { headers: { Authorization: `Bearer ${zd.token}` } });
  if (!resp.ok) throw new Error(`zendesk ${resp.status}`);
  const page = await resp.json();
  await wmill.writeS3File({ s3: `zendesk/tickets/${page.after_cursor ?? "last"}.json` }, JSON.stringify(page.tickets));
  return { after_cursor: page.after_cursor as string | null, end_of_stream: page.end_of_stream as boolean };
}
