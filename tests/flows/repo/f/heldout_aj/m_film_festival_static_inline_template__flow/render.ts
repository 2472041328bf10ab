export async function main(
  template: string,
  screenings: { title: string; venue: string; starts: string }[],
  crews: { venue: string; crew: string[] }[],
) {
  const rows = screenings
    .map((s) => `<tr><td>${s.starts}</td><td>${s.title}</td><td>${s.venue}</td></tr>`)
    .join("");
  const crewNote = crews.map((c) => `${c.venue}: ${c.crew.length} volunteers`).join(", ");
  return template.replace("<!-- schedule -->", `<table>${rows}</table><p>${crewNote}</p>`);
}
