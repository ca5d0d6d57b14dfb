/* Two Words: says so when the interactive part cannot start (the WebAssembly blocked or cut
   off, or a sandboxed frame whose host sends no CORS header), instead of leaving switched-off
   controls unexplained; and in a frame WordPress made, answers WordPress (below). The words are the page's, which the build writes into a template in
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

  // In a frame WordPress made (its secret after "#?secret=", letters and digits only, as the app
  // reads it for the heights it sends), what the app's heights alone do not do. WordPress hides
  // the frame until it hears a height, and a browser need not lay out a hidden frame from
  // another site, so the app's observer of its size may stay silent until then: the height is
  // told once the page has loaded, and again when WordPress's script, which may start later,
  // asks ("ready"). And the frame is sandboxed without popups or navigation of the article, so
  // a link out of it (data-link-out) asks WordPress to open it ("link"), which it does for a
  // link to the frame's own host.
  var secret = (/\?secret=([^&#]*)/.exec(location.hash) || [])[1];
  if (window.parent !== window && /^[A-Za-z0-9]{1,64}$/.test(secret || '')) {
    var tell = function (message, value) {
      window.parent.postMessage({ secret: secret, message: message, value: value }, '*');
    };
    var tellHeight = function () {
      tell('height', Math.ceil(document.documentElement.getBoundingClientRect().height));
    };
    window.addEventListener('load', tellHeight);
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.source === window.parent && data && data.message === 'ready' && data.secret === secret) {
        tellHeight();
      }
    });
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[data-link-out]');
      if (link) {
        event.preventDefault();
        tell('link', link.href);
      }
    });
  }
})();
