import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type * as v from 'valibot';
import { getConfig } from './config.js';
import { MissionDataError, isAbortError } from './errors.js';
import { fetchJson, resourceUrl, type Query } from './request.js';
import { sharedRequest } from './request-cache.js';
import { validate } from './validate.js';

/** Where an element's data comes from, as computed by the element at each update. */
export type ResourceSource =
  /** Neither `data` nor `endpoint`: nothing to show yet, nothing to report. */
  | { kind: 'idle' }
  /** Data handed to the element: validated, never fetched. */
  | { kind: 'data'; data: unknown }
  | { kind: 'fetch'; endpoint: string; path: string; query: Query }
  /** The element's own inputs are wrong (e.g. `from` after `to`). */
  | { kind: 'invalid'; message: string };

export type ResourceState = 'idle' | 'loading' | 'error' | 'ready';

/** What an element reads of a resource to render it. */
export interface ResourceView<V> {
  readonly state: ResourceState;
  /** The validated data; only meaningful when `state` is `ready`. */
  readonly value: V | undefined;
  /** The readable error message when `state` is `error`. */
  readonly errorMessage: string;
  /** What kind of failure, when `state` is `error`: picks the title and whether a retry can help. */
  readonly errorKind: MissionDataError['kind'];
  /** Asks again, bypassing the shared cache. */
  retry(): void;
}

/** `data-error` event detail. */
export interface DataErrorDetail {
  /** HTTP status when the server answered, else 0. */
  status: number;
  message: string;
  resource: string;
  kind: MissionDataError['kind'];
}

type Args = readonly [kind: ResourceSource['kind'], key: unknown, reloads: number];

/**
 * Gets one resource for an element: from its `data` property or its endpoint,
 * validated against the contract. Built on @lit/task, so a newer request always
 * wins and an older one is aborted; shared between elements through the request
 * cache; aborted when the element leaves the page. Errors are shown by the
 * element and fired as a `data-error` event.
 */
export class ResourceController<S extends v.GenericSchema>
  implements ReactiveController, ResourceView<v.InferOutput<S>>
{
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #resource: string;
  readonly #schema: S;
  readonly #source: () => ResourceSource;
  #reloads = 0;
  #fresh = false;
  #current: ResourceSource = { kind: 'idle' };
  readonly #task: Task<Args, v.InferOutput<S> | undefined>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { resource: string; schema: S; source: () => ResourceSource },
  ) {
    this.#host = host;
    this.#resource = options.resource;
    this.#schema = options.schema;
    this.#source = options.source;
    this.#task = new Task(host, {
      args: () => this.#args(),
      task: (_args, { signal }) => this.#run(signal),
      onError: (error) => this.#report(error),
    });
    host.addController(this);
  }

  #args(): Args {
    const source = this.#source();
    this.#current = source;
    let key: unknown;
    switch (source.kind) {
      case 'data':
        key = source.data;
        break;
      case 'fetch':
        try {
          key = resourceUrl(source.endpoint, source.path, source.query);
        } catch (error) {
          this.#current = { kind: 'invalid', message: (error as Error).message };
          key = this.#current.message;
        }
        break;
      case 'invalid':
        key = source.message;
        break;
      case 'idle':
        key = undefined;
    }
    return [this.#current.kind, key, this.#reloads];
  }

  async #run(signal: AbortSignal): Promise<v.InferOutput<S> | undefined> {
    const source = this.#current;
    const fresh = this.#fresh;
    this.#fresh = false;
    switch (source.kind) {
      case 'idle':
        return undefined;
      case 'invalid':
        throw new MissionDataError('config', `${this.#resource}: ${source.message}`, 0, this.#resource);
      case 'data':
        return validate(`${this.#resource} data`, this.#schema, source.data);
      case 'fetch': {
        const config = getConfig();
        const url = resourceUrl(source.endpoint, source.path, source.query);
        const key = JSON.stringify([url, config.credentials, config.headers]);
        const json = await sharedRequest(key, signal, { ttl: config.cacheTtl, fresh }, (shared) =>
          fetchJson(url, this.#resource, shared, config),
        );
        return validate(this.#resource, this.#schema, json);
      }
    }
  }

  #report(error: unknown): void {
    if (isAbortError(error)) return;
    const dataError =
      error instanceof MissionDataError
        ? error
        : new MissionDataError('invalid', `${this.#resource}: ${String(error)}`, 0, this.#resource);
    const detail: DataErrorDetail = {
      status: dataError.status,
      message: dataError.message,
      resource: this.#resource,
      kind: dataError.kind,
    };
    this.#host.dispatchEvent(new CustomEvent('data-error', { detail, bubbles: true, composed: true }));
  }

  #abortedOnDisconnect = false;

  hostDisconnected(): void {
    // Leaving the page gives up the request; coming back asks again.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#task.abort();
      this.#reloads++;
      this.#abortedOnDisconnect = true;
    }
  }

  hostConnected(): void {
    if (this.#abortedOnDisconnect) {
      this.#abortedOnDisconnect = false;
      this.#host.requestUpdate();
    }
  }

  /** Asks again, bypassing the shared cache (the retry button). */
  retry(): void {
    this.#fresh = true;
    this.#reloads++;
    this.#host.requestUpdate();
  }

  get state(): ResourceState {
    switch (this.#task.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.#task.error) ? 'loading' : 'error';
      case TaskStatus.COMPLETE:
        return this.#task.value === undefined ? 'idle' : 'ready';
    }
  }

  /** The validated data; only meaningful when `state` is `ready`. */
  get value(): v.InferOutput<S> | undefined {
    return this.#task.value;
  }

  get errorKind(): MissionDataError['kind'] {
    const error = this.#task.error;
    return error instanceof MissionDataError ? error.kind : 'invalid';
  }

  /** The readable error message when `state` is `error`. */
  get errorMessage(): string {
    const error = this.#task.error;
    return error instanceof Error ? error.message : String(error);
  }
}
