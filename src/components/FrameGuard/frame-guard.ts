import { isFramedByAnotherOrigin } from "../../lib/frame-guard";

// Hide everything when another site frames this page, so nothing on it can be clicked through a
// disguise. Setting style through the DOM is allowed by the CSP (only style="" in markup is not).
if (isFramedByAnotherOrigin(window)) document.documentElement.style.setProperty("display", "none", "important");
