/*
 * Runs in <head> before the page is first drawn, so nothing moves when the page's own scripts
 * start later (cumulative layout shift 0, issue 8). It only marks <html>:
 * - data-scripts="on": scripts run here, so the England / Scotland switch will work;
 * - data-speech="on": this browser can read aloud, so the "Read this page aloud" button will;
 * - data-show-region: the England / Scotland choice kept on this device (src/scripts/region-switch.ts).
 * The guide styles give each tool its space from the start and show it once its script has
 * wired it up. Guide pages put this inline in their <head> (GuideEarlyScript.astro), and
 * astro.config.mjs adds its hash to the Content-Security-Policy (public/_headers lists it too).
 * Browsers too old for module scripts never run the tools, so it leaves them hidden there; with
 * storage switched off, both countries show. No comments below this one: they would be sent.
 */
(function (root) {
  if (!('noModule' in HTMLScriptElement.prototype)) return;
  root.setAttribute('data-scripts', 'on');
  if (
    window.speechSynthesis &&
    typeof window.speechSynthesis.speak === 'function' &&
    typeof window.SpeechSynthesisUtterance === 'function'
  )
    root.setAttribute('data-speech', 'on');
  try {
    var region = window.localStorage.getItem('open-isf-region');
    if (region === 'england' || region === 'scotland')
      root.setAttribute('data-show-region', region);
  } catch (storageOff) {
    void storageOff;
  }
})(document.documentElement);
