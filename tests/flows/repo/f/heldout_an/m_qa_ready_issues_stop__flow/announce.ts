export async function main(project: string, keys: string[]) {
  return { project, channel: "#qa", text: `${keys.length} issues ready for QA: ${keys.join(", ")}` };
}
