// Embeds one console page and sizes the frame to its content. Everything a portal needs is here:
//  1. the frame's src: any console page with ?embed=1 (no header or navigation; links stay in the frame);
//  2. a message listener that accepts only the console's origin and frame, and applies the height it sends;
//  3. a hello for browsers that do not tell a frame its parent's origin (Firefox), so the console may answer.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var consoleOrigin = new URL(params.get('console') || 'http://127.0.0.1:3000').origin;
  var page = params.get('page') || '/remote-clusters';
  var frame = document.getElementById('console-frame');
  var height = document.querySelector('[data-test-subj="portalHeight"]');
  var route = document.querySelector('[data-test-subj="portalRoute"]');
  var count = document.querySelector('[data-test-subj="portalMessageCount"]');
  var received = 0;

  window.addEventListener('message', function (event) {
    // Anything else could be a page pretending to be the console: ignore it.
    if (event.origin !== consoleOrigin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.source !== 'remote-clusters-console' || data.type !== 'rcc:frame') return;
    received += 1;
    frame.style.height = data.height + 'px';
    height.textContent = String(data.height);
    route.textContent = data.route;
    count.textContent = String(received);
  });

  // Chromium and Safari give the console location.ancestorOrigins; other browsers need the portal to say hello.
  var browserNamesAncestors = 'ancestorOrigins' in window.location;
  frame.addEventListener('load', function () {
    if (browserNamesAncestors) return;
    // A few times: the console listens once its page has started, which may be after the load event.
    [0, 500, 1500, 3000].forEach(function (delay) {
      setTimeout(function () {
        frame.contentWindow.postMessage({ type: 'rcc:hello' }, consoleOrigin);
      }, delay);
    });
  });

  frame.src = consoleOrigin + page + (page.indexOf('?') === -1 ? '?' : '&') + 'embed=1';
})();
