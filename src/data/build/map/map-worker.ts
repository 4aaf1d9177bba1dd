/**
 * The projects' map documents, computed in a worker thread while the content build's main thread
 * writes the other documents: the maps are most of a large build's CPU (projecting and simplifying
 * Natural Earth's lines for each project), and the writing waits mostly on the file system, so on
 * two cores the build takes about as long as the longer of the two instead of both.
 *
 * One worker: each holds Natural Earth's countries at the scales it draws from (some 300 MB).
 * This module is the worker's script too (dist/content-map-worker.js, an entry of its own), so
 * that it is found beside itself wherever the build's other modules are bundled.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ProjectMap } from '../../project-map.js';
import type { Project } from '../../schema.js';
import { MissingPackagesError } from '../../missing-packages.js';
import { mapDocument } from './map-document.js';

/** What the worker is given. */
interface Task {
  readonly iomWidgetsMapWorker: true;
  readonly projects: readonly Project[];
  readonly format: number;
}

/** What the worker posts: a document, or the failure that ended it. */
type Message =
  | { readonly kind: 'document'; readonly document: ProjectMap }
  | { readonly kind: 'missing-packages'; readonly missing: readonly string[]; readonly task: string }
  | { readonly kind: 'error'; readonly message: string; readonly stack: string | undefined };

const isTask = (data: unknown): data is Task => (data as Partial<Task> | null)?.iomWidgetsMapWorker === true;

/** In the worker: computes each project's map document, in order, and posts it. */
const serve = async ({ projects, format }: Task) => {
  const post = (message: Message) => parentPort!.postMessage(message);
  try {
    for (const project of projects) post({ kind: 'document', document: await mapDocument(project, format) });
  } catch (error) {
    if (error instanceof MissingPackagesError) post({ kind: 'missing-packages', missing: error.missing, task: error.task });
    else post({ kind: 'error', message: String((error as Error)?.message ?? error), stack: (error as Error)?.stack });
  }
};

if (!isMainThread && isTask(workerData)) void serve(workerData);

/** The error a failure message stands for, as the main thread throws it. */
const errorOf = (message: Exclude<Message, { kind: 'document' }>): Error => {
  if (message.kind === 'missing-packages') return new MissingPackagesError(message.missing, message.task);
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
};

/** Map documents being computed in a worker thread. */
export interface MapDocuments {
  /**
   * Each project's map document, in the projects' order, as it is ready. Rejects when one fails:
   * with a MissingPackagesError when the map packages are not installed.
   */
  readonly documents: AsyncIterable<ProjectMap>;
  /** Ends the worker, whether or not every document was read. */
  readonly stop: () => Promise<void>;
}

/** The name of this module's file in dist/ (vite.config.ts). */
const workerFile = '/content-map-worker.js';

/** The map documents of `projects` computed here, one after another, on the calling thread. */
const inThisThread = (projects: readonly Project[], format: number): MapDocuments => ({
  documents: (async function* () {
    for (const project of projects) yield await mapDocument(project, format);
  })(),
  stop: async () => {},
});

/**
 * Starts computing the map documents of `projects` in a worker thread, at once. Where this
 * module is not its own file (an app bundled the content build into one of its own, which a
 * worker would run whole), or where no worker can start, they are computed on the calling thread.
 */
export const startMapDocuments = (projects: readonly Project[], format: number): MapDocuments => {
  if (!projects.length) return inThisThread(projects, format);
  const ownFile = new URL(import.meta.url);
  if (ownFile.protocol !== 'file:' || !ownFile.pathname.endsWith(workerFile)) return inThisThread(projects, format);
  const task: Task = { iomWidgetsMapWorker: true, projects, format };
  let worker: Worker;
  try {
    worker = new Worker(ownFile, { workerData: task });
  } catch {
    return inThisThread(projects, format);
  }
  const arrived: Message[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: Message) => {
    arrived.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  // Node delivers the messages a worker posted before its 'exit'.
  worker.on('exit', (code) => {
    failure ??= new Error(`the map documents' worker stopped (exit code ${code}) before its last document`);
    notify();
  });
  async function* documents(): AsyncGenerator<ProjectMap> {
    for (let yielded = 0; yielded < projects.length; ) {
      const message = arrived.shift();
      if (message?.kind === 'document') {
        yielded += 1;
        yield message.document;
      } else if (message) throw errorOf(message);
      else if (failure) throw failure;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return { documents: documents(), stop: async () => void (await worker.terminate()) };
};
