// The first-run page, opened once on install (lib/background/first-run.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import '../../components/theme.css';
import '../../components/options/options.css';

const host = {
  sampleUrl: browser.runtime.getURL('/sample.html'),
  openSettings: () => void browser.runtime.openOptionsPage(),
};
render(<Welcome host={host} />, document.getElementById('app')!);
