/* Two Words: says so when the interactive part cannot start (the WebAssembly blocked or cut
   off, or a sandboxed frame whose host sends no CORS header), instead of leaving switched-off
   controls unexplained. A classic script, run before the app's module is fetched, so that it
   hears the module's load error; the app's loader calls twoWordsStartFailed() when the
   WebAssembly fails. No inline code: the page runs under a strict Content-Security-Policy. */
(function () {
  'use strict';
  function startFailed() {
    // After a panic the app's own message (#crash) says more; one message is enough.
    if (!document.body || document.getElementById('start-failed') || document.getElementById('crash')) return;
    var box = document.createElement('div');
    box.id = 'start-failed';
    box.className = 'start-failed';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = 'The interactive part of this explainer could not start here, so its controls are switched off.';
    text.appendChild(strong);
    text.appendChild(document.createTextNode(' What you see is its default view, prepared in advance. '));
    var again = document.createElement('a');
    again.href = location.href;
    again.textContent = 'Try again';
    text.appendChild(again);
    box.appendChild(text);
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
