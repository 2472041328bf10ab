export async function main(statuspage: { token: string }, title: string, ticket?: string) {
  return { posted: true, title, ticket: ticket ?? null }
}
