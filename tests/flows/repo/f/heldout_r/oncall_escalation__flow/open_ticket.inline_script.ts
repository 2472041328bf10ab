export async function main(incident: { id: string; title?: string }, levels_paged: number) {
  return { ticket: `PM-${incident.id}`, levels_paged }
}
