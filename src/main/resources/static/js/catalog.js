// Authoring pages answer some htmx requests that fail with a page fragment saying why: a move
// made from an outdated view (409, with the current order), a course package that does not pass
// its check (400 or 413, with every problem). Elements marked data-swap-errors show such an
// answer in place; problems in JSON still go to the toast.
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  var source = event.detail.requestConfig && event.detail.requestConfig.elt;
  var type = xhr.getResponseHeader('Content-Type') || '';
  if (xhr.status >= 400 && xhr.status < 500 && type.indexOf('text/html') === 0
      && source && source.closest && source.closest('[data-swap-errors]')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
