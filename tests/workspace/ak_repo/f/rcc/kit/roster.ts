import { RestBase } from "./rest.ts";

export default class extends RestBase {
  async roster(course: string): Promise<string[]> {
    return this.request(`/courses/${course}/roster`);
  }

  courseLink(course: string): string {
    return this.link(`/courses/${course}`);
  }
}
