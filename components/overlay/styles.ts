/**
 * The overlay's CSS as one string, for its shadow root: tokens (with `:root` turned into `:host`, as WXT does),
 * the shared primitives and the overlay's own rules. Inlined into the script rather than loaded as a file: no
 * fetch at start-up, and no web-accessible resource a page could probe to detect the extension.
 */
import tokensCss from '../../assets/styles/tokens.css?inline';
import uiCss from '../ui/ui.css?inline';
import overlayCss from './overlay.css?inline';

export const OVERLAY_CSS = [tokensCss.replaceAll(':root', ':host'), uiCss, overlayCss].join('\n');
