// The immersive lesson view: time on the lesson and keyboard navigation between lessons.
(function () {
  'use strict';

  // ---- time on the lesson
  // While the page is visible, heartbeats report the seconds since the last one (at most 60;
  // the server credits no more than the time that really passed). Hidden tabs report nothing.
  var main = document.querySelector('[data-lesson-progress]');
  if (main) {
    var url = main.getAttribute('data-progress-url');
    var csrfParam = main.getAttribute('data-csrf-param');
    var csrfToken = main.getAttribute('data-csrf-token');
    var INTERVAL_MS = 30000;
    var MAX_SECONDS = 60;
    var visibleSince = document.visibilityState === 'visible' ? Date.now() : null;
    var pendingMs = 0;

    var collect = function () {
      if (visibleSince !== null) {
        var now = Date.now();
        pendingMs += now - visibleSince;
        visibleSince = now;
      }
    };

    var send = function (closing) {
      collect();
      var seconds = Math.min(MAX_SECONDS, Math.floor(pendingMs / 1000));
      if (seconds < 1) { return; }
      pendingMs -= seconds * 1000;
      if (pendingMs > MAX_SECONDS * 1000) { pendingMs = 0; }
      var body = new URLSearchParams();
      body.append('event', 'heartbeat');
      body.append('seconds', String(seconds));
      if (csrfParam && csrfToken) { body.append(csrfParam, csrfToken); }
      fetch(url, {
        method: 'POST',
        body: body,
        credentials: 'same-origin',
        keepalive: closing === true,
        headers: { 'Accept': 'application/json' }
      }).catch(function () { /* offline: this time is not counted */ });
    };

    setInterval(function () {
      if (document.visibilityState === 'visible') { send(false); }
    }, INTERVAL_MS);

    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        send(true);
        visibleSince = null;
      } else {
        visibleSince = Date.now();
      }
    });
    window.addEventListener('pagehide', function () { send(true); });
  }

  // ---- keyboard navigation
  // ArrowLeft or k: previous lesson; ArrowRight or j: next lesson. Not while typing in a field,
  // nor with a modifier key held (those belong to the browser and assistive technology).
  var isTyping = function (el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  };

  document.addEventListener('keydown', function (event) {
    if (!document.body.classList.contains('immersive')) { return; }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    if (isTyping(document.activeElement)) { return; }
    var rel = null;
    if (event.key === 'ArrowLeft' || event.key === 'k') { rel = 'prev'; }
    if (event.key === 'ArrowRight' || event.key === 'j') { rel = 'next'; }
    if (!rel) { return; }
    var link = document.querySelector('a[rel="' + rel + '"]');
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });
}());
