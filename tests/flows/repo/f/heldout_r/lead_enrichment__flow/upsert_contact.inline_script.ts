import * as wmill from "windmill-client"

type Hubspot = {
  token: string
}

export async function main(hubspot: Hubspot, email: string, properties: Record<string, unknown>) {
  const res = await fetch(
    `https://api.hubapi.com/crm/v3/objects/contacts/${encodeURIComponent(email)}?idProperty=email`,
    {
      method: "PATCH",
      headers: { Authorization: `Bearer ${hubspot.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ properties }),
    },
  )
  return { status: res.status, run: wmill.getWorkspace() }
}
