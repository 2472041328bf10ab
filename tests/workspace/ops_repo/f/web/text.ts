export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const truncate = (text: string, max = 140): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
