export async function main(requester: string, system: string, hours = 4) {
  return { requester, system, hours, requested_at: new Date().toISOString() }
}
