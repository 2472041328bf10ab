import * as wmill from "windmill-client";

type Hubspot = {
  token: string;
};

const BASE = "https://api.hubapi.com";

function headers(r: Hubspot) {
  return { Authorization: `Bearer ${r.token}` };
}

/**
 * Create a contact
 * @param email the contact email
 */
export async function main(
  hubspot: Hubspot,
  email: string,
  firstname = "",
  lastname?: string,
  properties: Record<string, string> = {},
  archived = false,
  limit: number = 100,
) {
  const res = await fetch(`${BASE}/crm/v3/objects/contacts`, {
    method: "POST",
    headers: headers(hubspot),
    body: JSON.stringify({ properties: { email, firstname, lastname, ...properties } }),
  });
  return res.json();
}
