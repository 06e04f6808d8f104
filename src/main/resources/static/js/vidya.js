// Shows the detail of an RFC 9457 problem returned to an htmx request in the toast region,
// and moves focus to the main region after an htmx page swap.
document.addEventListener('htmx:responseError', function (event) {
  var toast = document.getElementById('toast');
  if (!toast) { return; }
  var message = 'Something went wrong.';
  try {
    var problem = JSON.parse(event.detail.xhr.responseText);
    message = problem.detail || message;
    if (problem.errors) {
      message += ' ' + problem.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
    }
  } catch (ignored) { /* not a problem body */ }
  toast.textContent = message;
  toast.classList.add('visible');
  setTimeout(function () { toast.classList.remove('visible'); }, 6000);
});

// Selects marked data-autosubmit submit their form when changed (inline handlers are barred by
// the content security policy).
document.addEventListener('change', function (event) {
  var target = event.target;
  if (target.matches && target.matches('select[data-autosubmit]') && target.form) {
    target.form.requestSubmit();
  }
});

// Code examples in lessons are highlighted when highlight.js is on the page, also after htmx swaps.
function highlightCode(root) {
  if (window.hljs) {
    root.querySelectorAll('pre code[class*="language-"]:not([data-highlighted])').forEach(function (el) {
      window.hljs.highlightElement(el);
    });
  }
}
window.addEventListener('load', function () { highlightCode(document); });
document.addEventListener('htmx:afterSwap', function (event) { highlightCode(event.target); });
