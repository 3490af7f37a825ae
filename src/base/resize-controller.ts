import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The content-box size of the host, kept current by a ResizeObserver; the host
 * re-renders (once per frame at most) when it changes. Charts draw for this size.
 */
export class ResizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer?: ResizeObserver;
  #frame = 0;
  width = 0;
  height = 0;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { inlineSize, blockSize } = entry.contentBoxSize[0] ?? { inlineSize: 0, blockSize: 0 };
      if (Math.round(inlineSize) === this.width && Math.round(blockSize) === this.height) return;
      this.width = Math.round(inlineSize);
      this.height = Math.round(blockSize);
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }
}
