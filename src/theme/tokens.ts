import { css } from 'lit';

/**
 * Design tokens. Each public `--mission-*` custom property (set by the page)
 * is mirrored by a private `--_*` one that falls back to the built-in value,
 * light or dark by `color-scheme`: the page's `prefers-color-scheme` unless
 * `theme="light|dark"` or `--mission-color-scheme` says otherwise.
 *
 * The four type colours keep at least 3:1 contrast against the surface in
 * both themes (checked by test/elements/theme.test.ts).
 */
export const tokens = css`
  :host {
    color-scheme: var(--mission-color-scheme, light dark);
    --_surface: var(--mission-color-surface, light-dark(#ffffff, #17191e));
    --_surface-raised: var(--mission-color-surface-raised, light-dark(#f5f6f8, #22252c));
    --_text: var(--mission-color-text, light-dark(#1b1d22, #eef0f4));
    --_muted: var(--mission-color-muted, light-dark(#565c69, #a9b0bd));
    --_border: var(--mission-color-border, light-dark(#d5d8df, #3a3f4b));
    --_positive: var(--mission-color-positive, light-dark(#0a7a3e, #4ade80));
    --_negative: var(--mission-color-negative, light-dark(#b91c1c, #f87171));
    --_focus: var(--mission-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_classic: var(--mission-color-classic, light-dark(#2563eb, #60a5fa));
    --_content: var(--mission-color-content, light-dark(#c026d3, #e879f9));
    --_review: var(--mission-color-review, light-dark(#b45309, #fbbf24));
    --_engagement: var(--mission-color-engagement, light-dark(#047857, #34d399));
    --_font: var(--mission-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--mission-font-size, 0.875rem);
    --_space-xs: var(--mission-space-xs, 0.25rem);
    --_space-s: var(--mission-space-s, 0.5rem);
    --_space-m: var(--mission-space-m, 1rem);
    --_space-l: var(--mission-space-l, 1.5rem);
    --_radius: var(--mission-radius, 0.5rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([theme='light']) {
    color-scheme: light;
    --mission-color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --mission-color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_positive: CanvasText;
      --_negative: CanvasText;
      --_focus: Highlight;
      --_classic: Highlight;
      --_content: LinkText;
      --_review: VisitedText;
      --_engagement: CanvasText;
    }
  }
`;

/** Pieces every widget uses: state boxes, buttons, focus ring, screen-reader-only text. */
export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    position: relative;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-height: 6rem;
    padding: var(--_space-m);
    color: var(--_muted);
    text-align: center;
  }
  .state[data-state='error'] {
    color: var(--_text);
  }
  .state strong {
    color: var(--_negative);
  }
  .skeleton {
    width: 100%;
    /* Each widget sets its ready height, so the page does not jump when data arrives. */
    height: var(--_skeleton-height, 4rem);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-raised), var(--_border), var(--_surface-raised));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space-xs) var(--_space-s);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_muted);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: 18rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
    pointer-events: none;
  }
  .up {
    color: var(--_positive);
  }
  .down {
    color: var(--_negative);
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
