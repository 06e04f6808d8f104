// Keeps a test open without a connection: the test page, its scripts and styles, and the paper.
// Scope: /attempts/. Pages come from the network when it answers and from this cache when it does
// not; the paper never changes for an attempt, so its copy is used first. The attempt's state is not
// kept here: the page keeps its own copy with the server's clock offset, in IndexedDB.
'use strict';

var CACHE = 'vidya-attempt-v1';
var PAGE = /^\/attempts\/[0-9a-fA-F-]{36}$/;
var PAPER = /^\/attempts\/[0-9a-fA-F-]{36}\/paper$/;
var ASSETS = /^\/(css\/|js\/|webjars\/alpinejs\/)/;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function keepable(path) {
  return PAGE.test(path) || PAPER.test(path) || ASSETS.test(path);
}

function store(request, response) {
  // Redirects (to the sign-in page) and errors are never kept in place of the test.
  if (!response || !response.ok || response.redirected || response.type !== 'basic') {
    return response;
  }
  var copy = response.clone();
  caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
  return response;
}

// The page asks to keep what it loaded before this worker controlled it.
self.addEventListener('message', function (event) {
  var message = event.data || {};
  if (message.type !== 'keep' || !Array.isArray(message.urls)) { return; }
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(message.urls.filter(function (url) {
      return typeof url === 'string' && keepable(new URL(url, self.location.origin).pathname);
    }).map(function (url) {
      return cache.match(url).then(function (found) {
        if (found && PAPER.test(new URL(url, self.location.origin).pathname)) { return null; }
        return fetch(url, { credentials: 'same-origin' }).then(function (response) {
          return store(new Request(url), response);
        }).catch(function () { return null; });
      });
    }));
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || !keepable(url.pathname)) { return; }
  var key = url.pathname;
  if (PAPER.test(url.pathname)) {
    event.respondWith(caches.match(key).then(function (found) {
      return found || fetch(request).then(function (response) { return store(new Request(key), response); });
    }));
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    return store(new Request(key), response);
  }).catch(function () {
    return caches.match(key).then(function (found) {
      return found || Response.error();
    });
  }));
});
