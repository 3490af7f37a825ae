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

// A mission's detail icon shows it in <mission-detail>; a profile button says who was picked.
const detail = document.querySelector('mission-detail')!;
const selection = document.querySelector<HTMLElement>('#selection')!;
dashboard.addEventListener('mission-select', (event) => {
  detail.missionId = event.detail.id;
  detail.scrollIntoView({ behavior: 'smooth', block: 'center' });
});
dashboard.addEventListener('customer-select', (event) => {
  selection.textContent = `Customer ${event.detail.id} selected (a CRM page would open here).`;
});
