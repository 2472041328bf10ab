export async function main(title: string, body: string, labels: string[] = [], assignee?: string) {
  return { title, body, labels, assignee: assignee ?? null };
}
