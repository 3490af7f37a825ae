// The demo page: every widget inside one <mission-dashboard>, talking to the
// reference server on the same origin with the demo merchant's token.
import '../src/index.js';
import { configureMissionWidgets } from '../src/index.js';

configureMissionWidgets({ headers: { Authorization: 'Bearer demo-token' } });

const dashboard = document.querySelector('mission-dashboard')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
controls.addEventListener('change', () => {
  const form = new FormData(controls);
  const lang = String(form.get('lang'));
  const theme = String(form.get('theme'));
  document.documentElement.lang = lang;
  dashboard.lang = lang;
  if (theme) dashboard.setAttribute('theme', theme);
  else dashboard.removeAttribute('theme');
});
