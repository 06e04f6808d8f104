// The item editor's lists (choices, answers, stems, gaps, stages...): "Add" copies the list's
// template with the next free index and a fresh option id; "Remove" drops a row. Without
// scripts the form still works: it always offers blank rows, and blank rows are ignored.
(function () {
  var letters = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

  function newId() {
    var id = '';
    var random = new Uint32Array(5);
    window.crypto.getRandomValues(random);
    for (var i = 0; i < 5; i++) {
      id += letters.charAt(random[i] % letters.length);
    }
    return id;
  }

  function enable(root) {
    root.querySelectorAll('[data-add-row], [data-remove-row]').forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var list = add.closest('[data-list]');
      var template = list.querySelector(':scope > template[data-row-template]');
      var rows = list.querySelector(':scope > [data-rows]');
      var next = parseInt(list.getAttribute('data-next') || '0', 10);
      var html = template.innerHTML.split('NEWINDEX').join(String(next)).split('NEWID').join(newId());
      rows.insertAdjacentHTML('beforeend', html);
      list.setAttribute('data-next', String(next + 1));
      var added = rows.lastElementChild;
      enable(added);
      var first = added.querySelector('input, textarea, select');
      if (first) {
        first.focus();
      }
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      var row = remove.closest('[data-row]');
      var container = row.closest('[data-list]');
      row.remove();
      var focus = container && container.querySelector('[data-add-row]');
      if (focus) {
        focus.focus();
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-list]').forEach(enable);
  });
})();
