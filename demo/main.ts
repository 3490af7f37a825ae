// The demo page: every widget inside one <mission-dashboard>, talking to the
// reference server on the same origin with the demo merchant's token.
import '../src/index.js';
import { configureMissionWidgets } from '../src/index.js';

configureMissionWidgets({ headers: { Authorization: 'Bearer demo-token' } });

const dashboard = document.querySelector('mission-dashboard')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
controls.addEventListener('change', () => {
  const lang = controls.elements.namedItem('lang') as HTMLSelectElement;
  const theme = controls.elements.namedItem('theme') as HTMLSelectElement;
  document.documentElement.lang = lang.value;
  dashboard.lang = lang.value;
  if (theme.value) dashboard.setAttribute('theme', theme.value);
  else dashboard.removeAttribute('theme');
});
