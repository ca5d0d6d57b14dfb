/* Two Words: says so when the interactive part cannot start (the WebAssembly blocked or cut
   off, or a sandboxed frame whose host sends no CORS header), instead of leaving switched-off
   controls unexplained. The words are the page's, which the build writes into a template in
   the page's language. A classic script, run before the app's module is fetched, so that it
   hears the module's load error; the app's loader calls twoWordsStartFailed() when the
   WebAssembly fails. No inline code: the page runs under a strict Content-Security-Policy. */
(function () {
  'use strict';
  function startFailed() {
    // After a panic the app's own message (#crash) says more; one message is enough.
    if (!document.body || document.getElementById('start-failed') || document.getElementById('crash')) return;
    // The words are the page's, in its language: the build writes them into a template.
    var template = document.getElementById('start-failed-template');
    if (!template || !template.content) return;
    var box = template.content.firstElementChild.cloneNode(true);
    var again = box.querySelector('[data-start-again]');
    if (again) again.href = location.href;
    document.body.appendChild(box);
  }
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && target.type === 'module') {
      if (document.body) startFailed();
      else document.addEventListener('DOMContentLoaded', startFailed);
    }
  }, true);
  window.twoWordsStartFailed = startFailed;
})();
