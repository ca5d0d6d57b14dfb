/* Two Words, host-page script: resizes every iframe[data-two-words] on this page to the height
   its content reports. It trusts a message only from the frame's own window (event.source),
   reads only a bounded number from it, and has no dependencies. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'two-words:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > 100000) return;
    var frames = document.querySelectorAll('iframe[data-two-words]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
