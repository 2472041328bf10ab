export async function main(table: string, polls: number) {
  return `${table} exported after ${polls} polls`
}
