export async function main(github: { token: string }, login?: string) {
  if (!login) return { invited: false }
  return { invited: true, login }
}
