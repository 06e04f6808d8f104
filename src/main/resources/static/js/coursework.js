// The rubric editor of the assignment form: add and remove criteria and levels, keeping the
// field names (criteria[i].levels[j].points) and label ids in order. Without this script the
// form still works with the empty rows the server adds.
(function () {
  function renumber(editor) {
    editor.querySelectorAll('[data-criterion]').forEach(function (criterion, i) {
      criterion.querySelectorAll(':scope > .form-grid input[data-name]').forEach(function (input) {
        setName(input, 'criteria[' + i + '].' + input.dataset.name, 'criteria' + i + '-' + input.dataset.name);
      });
      var label = criterion.querySelector('label[data-pattern]');
      if (label) { label.textContent = label.dataset.pattern.replace('{0}', String(i + 1)); }
      criterion.querySelectorAll('[data-level]').forEach(function (level, j) {
        level.querySelectorAll('input[data-name]').forEach(function (input) {
          setName(input, 'criteria[' + i + '].levels[' + j + '].' + input.dataset.name,
            'criteria' + i + '-levels' + j + '-' + input.dataset.name);
        });
      });
    });
  }

  function setName(input, name, id) {
    var label = input.id ? input.closest('div').querySelector('label[for="' + input.id + '"]') : null;
    input.name = name;
    input.id = id;
    if (label) { label.htmlFor = id; }
  }

  function blank(element) {
    element.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    element.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
    return element;
  }

  function setUp(editor) {
    editor.querySelectorAll('[hidden][data-add-level], [hidden][data-remove-criterion], [hidden][data-add-criterion]')
      .forEach(function (button) { button.hidden = false; });
    editor.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || !editor.contains(button)) { return; }
      var criterion = button.closest('[data-criterion]');
      if (button.hasAttribute('data-add-level')) {
        var levels = criterion.querySelector('[data-levels]');
        var levelCount = levels.querySelectorAll('[data-level]').length;
        if (levelCount >= 6) { return; }
        var level = blank(levels.querySelector('[data-level]:last-child').cloneNode(true));
        levels.appendChild(level);
        renumber(editor);
        level.querySelector('input').focus();
      } else if (button.hasAttribute('data-remove-criterion')) {
        var all = editor.querySelectorAll('[data-criterion]');
        if (all.length === 1) {
          blank(criterion);
        } else {
          var next = criterion.nextElementSibling || criterion.previousElementSibling;
          criterion.remove();
          renumber(editor);
          next.querySelector('input').focus();
        }
      } else if (button.hasAttribute('data-add-criterion')) {
        var list = editor.querySelector('[data-criteria]');
        if (list.querySelectorAll('[data-criterion]').length >= 10) { return; }
        var copy = blank(list.querySelector('[data-criterion]:last-child').cloneNode(true));
        list.appendChild(copy);
        renumber(editor);
        copy.querySelector('input').focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-rubric-editor]').forEach(setUp);
  });
})();
