export async function main(user_id: string, team: string, start_date: string) {
  return { user_id, team, start_date };
}
