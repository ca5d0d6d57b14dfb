/* Two Words: the share dialog and the QR codes. The build writes the dialog (#share-dialog) and
   the code's places ([data-qr-slot]) in the page's words; the app's Share button calls
   twoWordsShare(link), and with qr=1 the app calls twoWordsQr(link) as the view changes. Each
   code is made on this device by qr.wasm, a WebAssembly module of its own fetched the first
   time a code is asked for. A script rather than more of the app's WebAssembly: this is work on
   the page, which a script does in far fewer bytes. No inline code: the page runs under a
   strict Content-Security-Policy. Without this script (the single file) the dialog still gives
   the link, and says that no code can be made. */
(function () {
  'use strict';
  var here = document.currentScript ? document.currentScript.src : location.href;
  var CLASSROOM = 'https://classroom.google.com/share?url=';
  var encoder = null;
  var latest = 0;

  function load() {
    if (!encoder) {
      encoder = fetch(new URL('qr.wasm', here))
        .then(function (response) {
          if (!response.ok) throw new Error('qr.wasm: HTTP ' + response.status);
          return response.arrayBuffer();
        })
        .then(function (bytes) { return WebAssembly.instantiate(bytes, {}); })
        .then(function (result) { return result.instance.exports; });
      // A failed fetch is tried again at the next request.
      encoder.catch(function () { encoder = null; });
    }
    return encoder;
  }

  /* The code's side in modules and the path of its dark modules; side 0 when no code can hold
     the text. The encoder reads the text's UTF-8 bytes from its own memory. */
  function encode(text) {
    return load().then(function (qr) {
      var bytes = new TextEncoder().encode(text);
      var input = qr.input(bytes.length);
      new Uint8Array(qr.memory.buffer, input, bytes.length).set(bytes);
      var side = qr.encode();
      var path = new TextDecoder().decode(new Uint8Array(qr.memory.buffer, qr.output(), qr.output_length()));
      return { side: side, path: path };
    });
  }

  /* Draws the link's code into every place for one, black on white as scanners expect; where
     none can be made, the place's sentence says so. A code for a link already left is dropped. */
  function draw(link) {
    var number = ++latest;
    function show(svg) {
      if (number !== latest) return;
      document.querySelectorAll('[data-qr-slot]').forEach(function (slot) {
        var code = slot.querySelector('.qr');
        var unavailable = slot.querySelector('.qr-unavailable');
        if (code) {
          code.innerHTML = svg;
          if (svg) code.setAttribute('data-qr-text', link);
          else code.removeAttribute('data-qr-text');
          code.hidden = !svg;
        }
        if (unavailable) unavailable.hidden = Boolean(svg);
      });
    }
    encode(link).then(function (made) {
      var side = made.side;
      show(side > 0 && side <= 185 && made.path
        ? '<svg viewBox="0 0 ' + side + ' ' + side + '" aria-hidden="true" shape-rendering="crispEdges">'
          + '<rect width="' + side + '" height="' + side + '" fill="#fff"/><path d="' + made.path + '" fill="#000"/></svg>'
        : '');
    }, function () { show(''); });
  }

  window.twoWordsQr = draw;

  window.twoWordsShare = function (link) {
    var dialog = document.getElementById('share-dialog');
    if (!dialog) return;
    dialog.querySelector('#share-link').value = link;
    var classroom = dialog.querySelector('[data-action="classroom"]');
    classroom.href = CLASSROOM + encodeURIComponent(link);
    classroom.hidden = false;
    dialog.querySelector('[data-action="copy-share-link"]').hidden = false;
    dialog.querySelector('[data-copy-status]').textContent = '';
    draw(link);
    if (!dialog.open) dialog.showModal();
  };

  // Copying the link says whether the browser allowed it, in the words the build wrote.
  document.addEventListener('click', function (event) {
    if (!event.target.closest || !event.target.closest('[data-action="copy-share-link"]')) return;
    var link = document.getElementById('share-link').value;
    function say(which) {
      var status = document.querySelector('[data-copy-status]');
      var words = document.querySelector(which);
      if (status && words) status.textContent = words.textContent;
    }
    var copied = navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
    copied.then(function () { say('[data-copied]'); }, function () { say('[data-copy-refused]'); });
  });
})();
