// The settings page (options_ui, in a tab of its own).
import { render } from 'preact';
import { browserHost } from '../../components/options/host';
import { Options } from '../../components/options/Options';
import '../../components/theme.css';
import '../../components/options/options.css';

render(<Options host={browserHost} />, document.getElementById('app')!);
