// Every enhancement the pages load, as one small module; the pages work without it.
import './share-link';
import './embed-code';
import './scheme-switch';
import './popover-fallback';
import './offline';
import './since-visit';
import './edition-link';
import './print-styles';
