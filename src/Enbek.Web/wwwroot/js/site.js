// Kazakh letters for keyboards that lack them: a button inserts its letter into the last focused text field.
(function () {
  var last = null;
  document.addEventListener('focusin', function (e) {
    if (e.target.matches('input[type=text], input:not([type]), textarea')) { last = e.target; }
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-letter]');
    if (!button || !last) { return; }
    e.preventDefault();
    var start = last.selectionStart || last.value.length, end = last.selectionEnd || start;
    last.value = last.value.slice(0, start) + button.dataset.letter + last.value.slice(end);
    last.focus();
    last.setSelectionRange(start + 1, start + 1);
  });
})();
