type Clearbit = {
  apiKey: string
}

export async function main(clearbit: Clearbit, domain: string) {
  const res = await fetch(`https://company.clearbit.com/v2/companies/find?domain=${domain}`, {
    headers: { Authorization: `Bearer ${clearbit.apiKey}` },
  })
  if (!res.ok) {
    throw new Error(`clearbit ${res.status}`)
  }
  const company = await res.json()
  return { company, domain }
}
