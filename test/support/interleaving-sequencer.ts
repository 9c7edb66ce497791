import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Takes the projects' files in turn (the largest of each first) instead of one project after
 * another. The integration and e2e tiers each have one local runtime, a single Node process:
 * run back to back, two files at a time queue on one runtime while the other idles; in turn, each
 * runtime mostly serves one file and the two share the cores.
 */
export default class InterleavingSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = (file: TestSpecification) => statSync(file.moduleId).size;
    const byProject = new Map<string, TestSpecification[]>();
    for (const file of files) {
      const queue = byProject.get(file.project.name) ?? [];
      queue.push(file);
      byProject.set(file.project.name, queue);
    }
    const queues = [...byProject.values()].map((queue) => queue.sort((a, b) => size(b) - size(a)));
    const order: TestSpecification[] = [];
    while (queues.some((queue) => queue.length > 0)) {
      for (const queue of queues) {
        const next = queue.shift();
        if (next) order.push(next);
      }
    }
    return order;
  }
}
